import { describe, expect, it } from 'vitest';
import { cpuMs } from '../../../test/support/cpu-time.ts';
import { blameFeatures } from './blame.features.ts';
import { blameHits } from './blame.patterns.ts';
import { stanceFeatures } from './blame.stance.ts';
import { maskPersons } from './person-references.ts';

/**
 * Issue 16, round 9: "eventually" followed by what the delay waited on — a thing's event, no person — tells the
 * time, not a concession that takes back. The sentences are written for these tests; each positive has a
 * hard-negative twin.
 */
const names = (s: string): string[] => blameFeatures(s, null).map((f) => f.name);
const flagged = (s: string): boolean => blameHits(s).length > 0;

describe('a delay explained by a thing is no concession (round 9)', () => {
  it.each([
    'Hamid answered the page eventually, after the pager app updated.',
    'Noor restarted the consumer eventually, once the lock on the table cleared.',
    'The on-call acknowledged the alert eventually, when the phone regained signal.',
  ])('hard negative: no stance:concession+P in "%s"', (s) => {
    expect(names(s)).not.toContain('stance:concession+P');
  });

  it.each([
    'Hamid answered the page eventually.',
    'Hamid answered the page eventually, two hours in.',
    'Hamid answered the page eventually, once Priya had phoned him twice.',
  ])('a delay left unexplained, or waiting on a person, is still a concession: "%s"', (s) => {
    expect(names(s)).toContain('stance:concession+P');
  });

  it('hard negative: the detector leaves "Hamid answered the page eventually, after the pager app updated." clean', () => {
    expect(flagged('Hamid answered the page eventually, after the pager app updated.')).toBe(false);
  });

  it('flags its twin "To be fair to Hamid, he did answer the page eventually, two hours in."', () => {
    expect(flagged('To be fair to Hamid, he did answer the page eventually, two hours in.')).toBe(true);
  });
});

describe('the explained delay takes linear time on adversarial input (round 9)', () => {
  const inputs: Record<string, (n: number) => string> = {
    'eventually after, repeated': (n) => 'Dana eventually, after eventually, after '.repeat(n / 41),
    'eventually with no end': (n) => `Dana eventually, after ${'the app '.repeat(n / 8)}`,
  };
  const run = (text: string): unknown => stanceFeatures(text, maskPersons(text), true, []);
  const best = (text: string): number => Math.min(...[0, 1, 2].map(() => cpuMs(() => run(text))));
  it.each(Object.keys(inputs))('%s: t(4n) / t(n) stays under 12', (name) => {
    const input = inputs[name]!;
    best(input(1000));
    let n = 2000;
    let t = best(input(n));
    while (t < 10 && n < 2000 * 64) {
      n *= 2;
      t = best(input(n));
    }
    expect(best(input(4 * n)) / Math.max(t, 0.5)).toBeLessThan(12);
  });
});
