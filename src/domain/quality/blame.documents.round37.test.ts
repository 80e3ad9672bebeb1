import { describe, expect, it } from 'vitest';
import { documentPeople, peopleBefore } from './blame.documents.round37.ts';
import { blameHits } from './blame.patterns.ts';
import { personSpans } from './person-references.ts';

/**
 * Issue 16, round 37: a post or a unit a document has established as a person by what one sentence says of it is a
 * person in its later sentences (blame.documents.round37.ts). Sentences written for these tests.
 */
const lines = (...texts: string[]): (readonly [number, string])[] => texts.map((t, i) => [i + 1, t] as const);
const people = (s: string, known: ReadonlySet<string>): string[] => personSpans(s, known).map((p) => s.slice(p.start, p.end));

describe('a person once, a person later', () => {
  it('a post established by a person-only predicate is a person in a later line', () => {
    const map = documentPeople(lines('The ATSA sat on it for twenty minutes.', 'The ATSA should have moved the strip to the next sector.'));
    expect(map.get('ATSA')).toBe(1);
    const known = peopleBefore(map, 2);
    expect(people('The ATSA should have moved the strip to the next sector.', known)).toEqual(['The ATSA']);
    expect(blameHits('The ATSA should have moved the strip to the next sector.', undefined, 'prose', false, known).length).toBeGreaterThan(0);
  });
  it('a plural carries to its singular ("the NOCs" → "the NOC")', () => {
    const map = documentPeople(lines('A failure by the NOCs to escalate left the edges degraded.'));
    expect(people('The NOC promoted the change without a canary.', peopleBefore(map, 2))).toEqual(['The NOC']);
  });
  it('not before it is established', () => {
    const map = documentPeople(lines('The ATSA moved the strip.', 'The ATSA sat on it for twenty minutes.'));
    expect(peopleBefore(map, 2).has('ATSA')).toBe(false);
  });
  it('a bracketed acronym after a system\'s name establishes no one', () => {
    const map = documentPeople(lines('The property-management system (PMS) assigned 23 guests to dirty rooms.', 'The PMS should have refused the key.'));
    expect(map.has('PMS')).toBe(false);
  });
  it('the same letters naming a machine stay a thing', () => {
    const known = peopleBefore(documentPeople(lines('The RM sat on it all night.')), 2);
    expect(people('The RM bot posted the release notes.', known)).toEqual([]);
    expect(people('The EMEA PoPs lagged behind.', peopleBefore(documentPeople(lines('EMEA sat on it.')), 2))).toEqual([]);
  });
});
