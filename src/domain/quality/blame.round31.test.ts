import { describe, expect, it } from 'vitest';
import { growthRatio } from '../../../test/support/cpu-time.ts';
import { blameHits } from './blame.patterns.ts';
import { plainCommitment } from './blame.gates.round31.ts';
import { maskSpans, personSpans } from './person-references.ts';

/**
 * Issue 16, round 31: with the sixty-fourth to sixty-sixth voices trained on, shapes the blame model is not to judge on
 * its own, and forms it must keep. Sentences written for these tests: new names, systems and domains; each with a
 * positive and a negative.
 */
const masked = (s: string): string => maskSpans(s, personSpans(s));

describe("a person's plain commitment held to a date is an owner, not a judgement (round 31)", () => {
  it('reads who will do what by when', () => {
    expect(plainCommitment(masked('Oskar Lind will circulate a draft of the new checklist on 2027-02-11.'))).toBe(true);
    expect(plainCommitment(masked('Mireille will publish the relabelling plan in the wiki by Thursday.'))).toBe(true);
    expect(plainCommitment(masked('Then Ayo will book the load test for the end of the sprint.'))).toBe(true);
    expect(blameHits('Oskar Lind will circulate a draft of the new checklist on 2027-02-11.', undefined, 'prose')).toEqual([]);
  });
  it('keeps a turned commitment, a second person, or no date', () => {
    expect(plainCommitment(masked('Oskar will not repeat that blunder by Friday.'))).toBe(false);
    expect(plainCommitment(masked('Oskar will finally read the checklist by Friday.'))).toBe(false);
    expect(plainCommitment(masked('Mireille will retrain the night packer by Thursday.'))).toBe(false);
    expect(plainCommitment(masked('Mireille will check what Oskar broke by Thursday.'))).toBe(false);
    expect(plainCommitment(masked('Mireille will circulate the checklist.'))).toBe(false);
    expect(plainCommitment(masked('Oskar will sort it out by Friday, apparently 🙄'))).toBe(false);
  });
});

const people = (s: string): string[] => personSpans(s).map((p) => s.slice(p.start, p.end));

describe('a crew named by its letter joined to its word is people when its verb follows (round 31)', () => {
  it('reads the crew as people before a modal, an auxiliary or a past tense', () => {
    expect(people('D-watch should have logged the pressure drop before the handover.')).toEqual(['D-watch']);
    expect(people('C-crew skipped the second torque check on the flange.')).toEqual(['C-crew']);
    expect(blameHits('D-watch should have logged the pressure drop before the handover.', undefined, 'prose')).not.toEqual([]);
  });
  it('keeps the crew a modifier before a noun, and plain work plain', () => {
    expect(people('D-watch handover sheets were stored in the wrong folder.')).toEqual([]);
    expect(people('The C-crew roster is published every week.')).toEqual([]);
    expect(blameHits('C-crew restarted the compressor after the pressure recovered.', undefined, 'prose')).toEqual([]);
  });
});

describe('the round-31 readings stay linear (round 31)', () => {
  const inputs: Record<string, (n: number) => string> = {
    'lettered crews': (n) => 'D-watch should have logged C-crew skipped the '.repeat(Math.ceil(n / 46)),
    commitments: (n) => 'Oskar Lind will circulate a draft on 2027-02-11 by Friday and '.repeat(Math.ceil(n / 62)),
  };
  it.each(Object.keys(inputs))('%s: t(4n)/t(n) stays near 4', (name) => {
    expect(growthRatio(inputs[name]!, (t) => plainCommitment(masked(t)))).toBeLessThan(12);
    expect(growthRatio(inputs[name]!, (t) => blameHits(t, undefined, 'prose'))).toBeLessThan(12);
  });
});

describe('knowing an act was safe from having done it before is a reasoned act (round 31)', () => {
  it('does not judge it', () => {
    expect(blameHits('Ines had restored the snapshot on the test cluster in May and knew it was safe to repeat.', undefined, 'prose')).toEqual([]);
    expect(blameHits('Tariq had rehearsed the rollback twice and knew it was reversible, so he started it at 14:05.', undefined, 'prose')).toEqual([]);
  });
  it('keeps knowledge held against the person', () => {
    expect(blameHits('Ines knew the restore was safe, yet she skipped the checksum step.', undefined, 'prose')).not.toEqual([]);
    expect(blameHits('Tariq knew it was risky but pushed the rollback anyway.', undefined, 'prose')).not.toEqual([]);
  });
  it('stays linear', () => {
    const input = (n: number): string => 'Ines had restored it and knew it was safe to repeat '.repeat(Math.ceil(n / 52));
    expect(growthRatio(input, (t) => blameHits(t, undefined, 'prose'))).toBeLessThan(12);
  });
});
