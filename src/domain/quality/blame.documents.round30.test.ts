import { describe, expect, it } from 'vitest';
import { growthRatio } from '../../../test/support/cpu-time.ts';
import { blameHits, ruleHits } from './blame.patterns.ts';
import { personSpans } from './person-references.ts';
import { namesSystem } from './person-systems.ts';

/**
 * Issue 16, round 30: blame in whole documents. A machine named by an agent noun the lexicon does not list (guessed by
 * its suffix) is a system by its structure (person-systems.ts), and the model has read the neutral prose of clean
 * documents. Sentences written for these tests: new systems, people and domains; each shape has a positive and a negative.
 */
const people = (s: string): string[] => personSpans(s).map((p) => s.slice(p.start, p.end));
const forms = (s: string): string[] => ruleHits(s).map((h) => h.form);
const prose = (s: string): string[] => blameHits(s, undefined, 'prose').map((h) => h.form);

describe('a machine named by an agent noun in a compound (round 30)', () => {
  it('reads a guessed agent noun after a number, a code or a system word as a system (failure-to, should-have)', () => {
    expect(people('The shard 12 indexer fails to load it and restarts every few seconds.')).toEqual([]);
    expect(forms('The shard 12 indexer fails to load it and restarts every few seconds.')).toEqual([]);
    expect(people('The replay importer should have skipped the broken record and carried on.')).toEqual([]);
    expect(forms('The replay importer should have skipped the broken record and carried on.')).toEqual([]);
  });
  it('keeps a role of the lexicon, or a guessed one after a person\'s qualifier, a person', () => {
    expect(forms('The night auditor should have checked the totals before closing the day.')).toEqual(['should-have']);
    expect(forms('The external assessor failed to check the second cabinet.')).toEqual(['failure-to']);
    expect(forms('The new courier forgot to scan the returned parcels.')).not.toEqual([]);
    expect(people('The release manager pushed the config without a second approval.')).toEqual(['The release manager']);
    expect(people('The duty-desk editor published the story early.')).toEqual(['The duty-desk editor']);
    expect(people('Our tireless coordinator approved the change from the airport.')).toEqual(['Our tireless coordinator']);
  });
});

describe('an agent noun made from a verb in -ise / -ize (round 30)', () => {
  it('is a system ("the tokeniser\'s error"), but for the one who organises', () => {
    expect(people("The fraud-score tokeniser's error names the missing column.")).toEqual([]);
    expect(prose("The fraud-score tokeniser's error names the missing column.")).toEqual([]);
    expect(people('The organiser forgot the badges.')).toEqual(['The organiser']);
  });
});

describe('a thing by its last hyphenated part, or a span run over a thing and its verb (round 30, omission)', () => {
  it('drops "the cross-region transfer" and "the billing adapter forwards partner"', () => {
    const s = 'The cross-region transfer check trusts the replica without checking its age; the billing adapter forwards partner fields without validating them.';
    expect(people(s)).not.toContain('The cross-region transfer');
    expect(people(s).some((p) => /adapter/.test(p))).toBe(false);
    expect(forms(s)).toEqual([]);
  });
  it('keeps an omission by a person', () => {
    expect(forms('Tomasz had deleted the backup a week earlier without telling anyone.')).toEqual(['omission-verb']);
  });
  it('tells the span apart by itself', () => {
    const s = 'The partition 7 projector stalled; the new courier forgot the parcels.';
    const spans = personSpans(s);
    expect(spans.map((p) => s.slice(p.start, p.end))).toEqual(['the new courier']);
    expect(namesSystem('the card adapter forwards partner fields', { start: 0, end: 32, possessive: false })).toBe(true);
    expect(namesSystem('the new courier forgot', { start: 0, end: 15, possessive: false })).toBe(false);
  });
});

describe('neutral prose of a whole document (round 30, the model with clean documents as negatives)', () => {
  it('does not judge a plain account with a person in it', () => {
    expect(prose('Mobile payments read the main ledger, not the cache.')).toEqual([]);
    expect(prose('Kofi had run the migration on staging a month earlier and knew it was safe to repeat.')).toEqual([]);
    expect(prose('Thanks to Leila Haddad and the clinic desk, who answered more than 600 calls with patience.')).toEqual([]);
  });
  it('still judges blame written the same way', () => {
    expect(prose("Thanks to Bruno's careless restart, the queue lost an hour of orders.")).not.toEqual([]);
    expect(prose('Priya should have rolled back before touching the schema.')).toEqual(['should-have']);
  });
});

describe('the round-30 readings stay linear (round 30)', () => {
  const inputs: Record<string, (n: number) => string> = {
    'system compounds': (n) => 'the partition 7 projector the card adapter forwards partner '.repeat(Math.ceil(n / 59)),
    'guessed agents and qualifiers': (n) => 'The standby planner the night auditor the tokeniser '.repeat(Math.ceil(n / 52)),
  };
  it.each(Object.keys(inputs))('%s: t(4n)/t(n) stays near 4', (name) => {
    expect(growthRatio(inputs[name]!, (t) => personSpans(t))).toBeLessThan(12);
    expect(growthRatio(inputs[name]!, (t) => blameHits(t, undefined, 'prose'))).toBeLessThan(12);
  });
});
