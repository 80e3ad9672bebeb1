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

describe('a thing kept as a named kind of artefact is specific (round 13)', () => {
  it.each([
    'Save the duplicate-refund reply as a support macro',
    'Publish the manual failover steps as a runbook page',
    'Add the slow-query check for the orders table as a CI job',
    'Turn the certificate-expiry query into a saved search',
  ])('"%s" is not vague', (item) => {
    expect(actionItemVagueness(item)).toBeNull();
  });

  it.each([
    'Save it as a template',
    'Improve the reply and keep it somewhere as a macro for later',
    'Look into saving more things as dashboards',
  ])('hard twin: "%s" stays vague', (item) => {
    expect(actionItemVagueness(item)).not.toBeNull();
  });

  it('a long item with no artefact at its end: t(4n)/t(n) stays near 4', () => {
    expect(growthRatio((n) => `Save ${'the reply as '.repeat(n / 13)}`, (t) => actionItemVagueness(t))).toBeLessThan(12);
  });
});
