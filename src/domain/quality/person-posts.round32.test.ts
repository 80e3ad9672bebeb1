import { describe, expect, it } from 'vitest';
import { growthRatio } from '../../../test/support/cpu-time.ts';
import { blameHits } from './blame.patterns.ts';
import { personSpans } from './person-references.ts';

/**
 * Issue 16, round 32: groups and posts named by what they are (person-posts.ts). Sentences written for these tests, in
 * pairs of the same shape: a person or a group, and a machine or a thing of the same shape.
 */
const people = (s: string): string[] => personSpans(s).map((p) => s.slice(p.start, p.end));

describe('a post written as an acronym is a person where it heads its phrase; a machine acronym is not (round 32)', () => {
  it('a known post after a determiner', () => {
    expect(people('The PE pushed the new recipe to the furnace on Friday.')).toEqual(['The PE']);
    expect(people('The MES pushed the new recipe to the furnace on Friday.')).toEqual([]);
  });
  it('a known post where a timeline row names its actor', () => {
    expect(people('| 04:10 | TD loads the backup show file |')).toEqual(['TD']);
    expect(people('| 04:10 | PLC loads the backup show file |')).toEqual([]);
  });
  it('a post acronym that qualifies a noun is not its head', () => {
    expect(people('The AM peak timetable was printed on the wrong paper.')).toEqual([]);
    expect(people('Buses left at 6 AM sharp from the garage.')).toEqual([]);
  });
  it('any acronym with "for <area>" or "who" after it', () => {
    expect(people('The QTE for diffusion should have checked the boat before loading it.')).toEqual(['The QTE']);
    expect(people('The R2R controller for diffusion should have checked the offset before applying it.')).toEqual([]);
  });
  it('a modifier or a quoted judgement between the determiner and the post', () => {
    expect(people("Our 'experienced' TD loaded an old cue list.")).toEqual(["Our 'experienced' TD"]);
    expect(people('The night ME skipped the chamber check.')).toEqual(['The night ME']);
  });
});

describe('a compound post is a person by its trade or place; a device before the head keeps it a thing (round 32)', () => {
  it('a person-only head after a trade', () => {
    expect(people('The harbour master waved the ferry out in the fog.')).toEqual(['The harbour master']);
    expect(people('The database master waved the replica through after the failover.')).toEqual([]);
  });
  it('a head that is also a customer, after a trade', () => {
    expect(people('The media buyer doubled the bids on Sunday night.')).toEqual(['The media buyer']);
    expect(people('The repeat buyer doubled the order on Sunday night.')).toEqual([]);
  });
  it("a place's possessive and a trade", () => {
    expect(people("Harbourside depot's fuel clerk skipped the dip check.")).toEqual(["Harbourside depot's fuel clerk"]);
  });
  it('a district and its number before a shared agent noun', () => {
    expect(people('The stop notice was posted by the precinct 4 inspector to the wrong address.')).toEqual(['the precinct 4 inspector']);
  });
});

describe('a group named by its function or its shift is people; the same word as a system is not (round 32)', () => {
  it('a capitalised gerund as the subject', () => {
    expect(people('Rostering skipped the review and published their summer blocks.')).toEqual(['Rostering', 'their']);
    expect(people('Rostering tool skipped the review and published the summer blocks.')).toEqual([]);
    expect(people('The blocks went out unchecked because Rostering skipped the review.')).toEqual(['Rostering']);
  });
  it('a gerund that opens the sentence needs a clue unless it names a department (its capital is its place\'s)', () => {
    expect(people('Replaying would have fed the broker stale events and risked double charges.')).toEqual([]);
    expect(people('Rostering skipped the review and published the summer blocks.')).toEqual([]);
    expect(people('Purchasing skipped the review and placed the order anyway.')).toEqual(['Purchasing']);
  });
  it('a machine-only verb keeps it a system', () => {
    expect(people('Ticketing crashed at opening and the gates stayed shut.')).toEqual([]);
  });
  it('a gerund before its object is a verb', () => {
    expect(people('Calling this a data error would miss the form that allowed it.')).toEqual([]);
  });
  it('a two-word function name', () => {
    expect(people('Visitor Services told the queue it would be ten minutes.')).toEqual(['Visitor Services']);
  });
  it('a function noun that is also a measure needs a person clue', () => {
    expect(people('Growth launched the promo and then walked away from it.')).toEqual(['Growth']);
    expect(people('The report said Surveillance is two cameras short on the east gate.')).toEqual([]);
  });
  it('a shift by its name before a verb of work, or as a party', () => {
    expect(people('Nights closed the alarms without a comment.')).toEqual(['Nights']);
    expect(people('Two nights passed without a single alarm.')).toEqual([]);
    expect(people('The handover from nights was a single line.')).toEqual(['nights']);
  });
  it('a crew or a pod by its shift or region', () => {
    expect(people('The LATAM pod left the test budget running.')).toEqual(['The LATAM pod']);
    expect(people('The nginx pod left the test port open.')).toEqual([]);
  });
  it('a handle written u/name', () => {
    expect(people('u/night_ops_kim could have read the runbook first.')).toEqual(['u/night_ops_kim']);
  });
});

describe('blame about such a group or post is found; the same about the machine is not (round 32)', () => {
  it.each([
    ['The PE for diffusion should have checked the boat before loading it.', 'The MES should have checked the boat before loading it.'],
    ['As usual, Rostering published the blocks without a review.', 'As usual, the rostering tool published the blocks without a review.'],
    ['The harbour master should have held the ferry in the fog.', 'The tide gauge should have flagged the ferry in the fog.'],
  ])('%s', (person, machine) => {
    expect(blameHits(person).length).toBeGreaterThan(0);
    expect(blameHits(machine)).toEqual([]);
  });
});

describe('the round-32 reading stays linear (round 32)', () => {
  const inputs: Record<string, (n: number) => string> = {
    'posts and compounds': (n) => 'the PE for etch and the yard master and North depot\'s fuel clerk '.repeat(Math.ceil(n / 66)),
    'groups and shifts': (n) => 'Scheduling missed it, because Guest Services told them and nights left '.repeat(Math.ceil(n / 70)),
  };
  it.each(Object.keys(inputs))('%s: t(4n)/t(n) stays near 4', (name) => {
    expect(growthRatio(inputs[name]!, (t) => personSpans(t))).toBeLessThan(12);
    expect(growthRatio(inputs[name]!, (t) => blameHits(t, undefined, 'prose'))).toBeLessThan(12);
  });
});
