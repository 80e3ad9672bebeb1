import { describe, expect, it } from 'vitest';
import { growthRatio } from '../../../test/support/cpu-time.ts';
import { blameHits } from './blame.patterns.ts';
import { personSpans } from './person-references.ts';

/**
 * Issue 16, round 33: shifts and watches named as the people on them (person-shifts.ts). Sentences written for these
 * tests, each with its twin where the same name is a time or a thing.
 */
const people = (s: string): string[] => personSpans(s).map((p) => s.slice(p.start, p.end));

describe('a watch named by its hours is its crew when it acts, a time when it is only a time (round 33)', () => {
  it('a past tense or a modal after the span', () => {
    expect(people('The 8-to-12 skipped the radar check twice.')).toEqual(['The 8-to-12']);
    expect(people('The 8-to-12 was calm and the radar showed nothing.')).toEqual([]);
  });
  it('an -ing act after the span, and the agent after "by"', () => {
    expect(people('Nice to see the 8-to-12 ignoring the night orders again.')).toEqual(['the 8-to-12']);
    expect(people('Careless lookout by the 8-to-12 put us inside the fishing fleet.')).toEqual(['the 8-to-12']);
  });
  it('who on the watch', () => {
    expect(people('Who on the 8-to-12 decided the fog signal could wait?')).toEqual(['the 8-to-12']);
  });
});

describe('a shift named by its word is its crew when it acts (round 33)', () => {
  it('capitalised where the clause opens, then its act', () => {
    expect(people('Graveyard should have counted the rack before the fill.')).toEqual(['Graveyard']);
    expect(people('The graveyard flooded after the storm.')).toEqual([]);
  });
  it('a noun after it keeps it a time: the swing of the boom, graveyard hours', () => {
    expect(people('The swing of the boom caught the rail.')).toEqual([]);
    expect(people('Swing hours were cut in March.')).toEqual([]);
  });
});

describe("a rig's tour is its crew when it acts; a visit is not (round 33)", () => {
  it('a tour then a modal or a past tense', () => {
    expect(people('Evening tour should have flow-checked before tripping out.')).toEqual(['Evening tour']);
    expect(people('We took a morning tour of the gas plant after lunch.')).toEqual([]);
  });
});

describe('blame on a shift, and its blameless twin (round 33)', () => {
  it.each([
    ['Swing left the cage keys in the drawer again, as usual.', 'Swing handed the cage keys to graveyard at midnight as planned.'],
    ['The 8-to-12 forgot to log the alteration, as usual.', 'The 8-to-12 logged the alteration and called the master.'],
  ])('%s', (judged, plain) => {
    expect(blameHits(judged).length).toBeGreaterThan(0);
    expect(blameHits(plain)).toEqual([]);
  });
});

describe('the round-33 shift reading stays linear (round 33)', () => {
  const inputs: Record<string, (n: number) => string> = {
    'shifts and watches': (n) => 'the 12-to-4 forgot and Swing left while morning tour watched by graveyard '.repeat(Math.ceil(n / 74)),
  };
  it.each(Object.keys(inputs))('%s: t(4n)/t(n) stays near 4', (name) => {
    expect(growthRatio(inputs[name]!, (t) => personSpans(t))).toBeLessThan(12);
    expect(growthRatio(inputs[name]!, (t) => blameHits(t, undefined, 'prose'))).toBeLessThan(12);
  });
});
