import { describe, expect, it } from 'vitest';
import { growthRatio } from '../../../test/support/cpu-time.ts';
import { namesOnlyTrigger } from './surface-cause.ts';

/**
 * Issue 16, round 11: triggers in the words the new writers used — a job run in the passive with the wrong argument,
 * and a certificate of a longer-named thing that expired.
 */
describe('triggers in other words (round 11)', () => {
  it.each([
    'The rebuild job was run with --source-region=eu-west while the shards live under eu-south.',
    'The backfill was started against the production database instead of the replica.',
    'The signing certificate for the firmware build farm expired on 18 November, so 5.4.0 was built on the fallback farm.',
  ])('"%s" names only a trigger', (cause) => {
    expect(namesOnlyTrigger(cause)).toBe(true);
  });

  it.each([
    'The rebuild job was run with --source-region=eu-west because the runbook had no check on the region flag.',
    'The signing certificate for the firmware build farm expired on 18 November, and nothing alerted on its expiry.',
    'The job was run on schedule and finished in 20 minutes.',
  ])('hard negative: "%s" goes deeper or names no trigger', (cause) => {
    expect(namesOnlyTrigger(cause)).toBe(false);
  });
});

describe('the round-11 trigger patterns run in linear time', () => {
  it.each([
    ['passive run', (n: number) => `${'job was run '.repeat(n / 12)}with`],
    ['certificate of many words', (n: number) => `certificate for ${'farm '.repeat(n / 5)}expired`],
  ])('%s: t(4n)/t(n) stays near 4', (_, input) => {
    expect(growthRatio(input, (t) => { for (let k = 0; k < 10; k++) namesOnlyTrigger(t); })).toBeLessThan(12);
  });
});
