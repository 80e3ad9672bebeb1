import { describe, expect, it } from 'vitest';
import { growthRatio } from '../../../test/support/cpu-time.ts';
import { actionItemVagueness } from './vague.patterns.ts';

/**
 * Issue 16, round 15: a repair that names its defect and where it is ("Fix the race condition in the lease renewer") is
 * as specific as a step gets: the model does not overrule it. A repair of a category ("Fix the issues in …") or of a
 * thing alone stays vague. The items are written for these tests.
 */
describe('a repair that names its defect and its place is specific (round 15)', () => {
  it.each([
    'Fix the race condition in the lease renewer',
    'Patch the memory leak in the thumbnail worker',
    'Repair the off-by-one in the retention sweeper',
    'Correct the typo in the failover hostname',
  ])('"%s" is specific', (item) => {
    expect(actionItemVagueness(item)).toBeNull();
  });

  it.each(['Fix the issues in the lease renewer', 'Fix the problems with the thumbnail worker', 'Fix the lease renewer'])('hard twin: "%s" is still vague', (item) => {
    expect(actionItemVagueness(item)).not.toBeNull();
  });

  it('a long item after "Fix the leak in the": t(4n)/t(n) stays near 4', () => {
    expect(growthRatio((n) => `Fix the leak in the ${'worker '.repeat(n / 7)}`, (t) => actionItemVagueness(t))).toBeLessThan(12);
  });
});
