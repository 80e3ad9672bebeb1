import { describe, expect, it } from 'vitest';
import { growthRatio } from '../../../test/support/cpu-time.ts';
import { blameFeatures } from './blame.features.ts';
import { blameHits } from './blame.patterns.ts';
import { clauseShapes } from './blame.clauses.ts';
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
  it.each(Object.keys(inputs))('%s: t(4n) / t(n) stays under 12', (name) => {
    expect(growthRatio(inputs[name]!, run)).toBeLessThan(12);
  });
});

describe('a passive with a person as its agent is one shape, whatever the participle (round 9)', () => {
  it.each(['The bucket was made public by the new grad.', 'The sensor thresholds were lowered by Eero without any review.', 'The flag got flipped back by the contractor.'])(
    'reads passive-by+P in "%s"',
    (s) => {
      expect(names(s)).toContain('passive-by+P');
    },
  );

  it.each(['The bucket was made public by the release script.', 'Eero lowered the sensor thresholds after the review.', 'The flag was flipped back at 14:02 by design.'])(
    'hard negative: none in "%s"',
    (s) => {
      expect(names(s)).not.toContain('passive-by+P');
    },
  );

  it('hard negative: the detector leaves a neutral passive with an agent clean ("The change was approved by Maria at 14:02.")', () => {
    expect(flagged('The change was approved by Maria at 14:02.')).toBe(false);
  });
});

describe('a plain timeline row: a clock time, a person, a verb in the present (round 9)', () => {
  it.each(['02:14 — Haruto acknowledges the page and starts investigating.', '23:50 Night shift dispatches a technician to station 7.', '[09:31] Kaveh remounts the storage volume.'])(
    'reads timeline-row-plain+P in "%s"',
    (s) => {
      expect(names(s)).toContain('timeline-row-plain+P');
    },
  );

  it.each(['Haruto acknowledges the page at 02:14.', '02:14 — the pager acknowledges the page.', '02:14 — Haruto was paged.'])('hard negative: none in "%s"', (s) => {
    expect(names(s)).not.toContain('timeline-row-plain+P');
  });

  it('the detector leaves "02:14 — Haruto acknowledges the page and starts investigating." clean and flags its twin', () => {
    expect(flagged('02:14 — Haruto acknowledges the page and starts investigating.')).toBe(false);
    expect(flagged('02:14 — Haruto ignores the page and goes back to sleep.')).toBe(true);
  });
});

describe('the clause shapes take linear time on adversarial input (round 9)', () => {
  const inputs: Record<string, (n: number) => string> = {
    'passive without an agent': (n) => 'was lowered the the the '.repeat(n / 24),
    'by with no person': (n) => 'was made by by by '.repeat(n / 18),
    'clock then words': (n) => `02:14 — ${'Dana '.repeat(n / 5)}`,
  };
  const run = (text: string): unknown => clauseShapes(text, maskPersons(text));
  it.each(Object.keys(inputs))('%s: t(4n) / t(n) stays under 12', (name) => {
    expect(growthRatio(inputs[name]!, run)).toBeLessThan(12);
  });
});
