import { describe, expect, it } from 'vitest';
import { growthRatio } from '../../../test/support/cpu-time.ts';
import { actionItemVagueness } from './vague.patterns.ts';

/**
 * Issue 16, round 13: a check a named system makes before an act ("Make the release job wait for the checksum upload
 * before tagging") is its own completion criterion: done when the system refuses the act without it. Read at run time,
 * after the rules: a person's double-check before an act stays an aim.
 */
describe('a system gate before an act is specific (round 13)', () => {
  it.each([
    'Make the release job wait for the checksum upload before tagging the build',
    'Have the deploy script verify the schema version before running migrations',
    'Check in CI that every feature flag has an owner before a release is merged',
    'Make the billing pipeline refuse empty rate files before publishing invoices',
  ])('"%s" is not vague', (item) => {
    expect(actionItemVagueness(item)).toBeNull();
  });

  it.each([
    'Double-check the rate files before publishing invoices',
    'Make sure the pipeline is more robust before releasing',
    'Be more careful before tagging the build',
  ])('hard twin: "%s" stays vague', (item) => {
    expect(actionItemVagueness(item)).not.toBeNull();
  });

  it('a long item of many words before "before": t(4n)/t(n) stays near 4', () => {
    expect(growthRatio((n) => `Make the release job wait for ${'the upload '.repeat(n / 11)}`, (t) => actionItemVagueness(t))).toBeLessThan(12);
  });
});
