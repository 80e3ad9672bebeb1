import { describe, expect, it } from 'vitest';
import { growthRatio } from '../../../test/support/cpu-time.ts';
import { actionItemVagueness } from './vague.patterns.ts';

/**
 * Issue 16, round 14: two readings after the rules. A kind of artefact with nothing named to keep in it ("Keep that as
 * a checklist") says neither which thing nor when it is done; a bare watch on a thing ("Track supplier price lists")
 * says neither where nor against what. Each has twins that name the thing, the place or the criterion.
 */
describe('a kind of artefact with nothing named to keep in it is vague (round 14)', () => {
  it.each(['Keep that as a checklist', 'Save this as a runbook page', 'Store them as a saved search'])('"%s" is vague', (item) => {
    expect(actionItemVagueness(item)?.kind).toBe('generic-object');
  });

  it.each(['Save the badge-reset reply as a support macro', 'Publish the cold-store restart steps as a runbook page'])('twin: "%s" is specific', (item) => {
    expect(actionItemVagueness(item)).toBeNull();
  });
});

describe('a bare watch on a thing is vague (round 14)', () => {
  it.each(['Track supplier price lists', 'Watch the tape drives', 'Monitor courier delays'])('"%s" is vague', (item) => {
    expect(actionItemVagueness(item)).not.toBeNull();
  });

  it.each([
    'Track supplier price changes on the procurement dashboard',
    'Monitor courier delays per depot with an alert above 2 hours',
    'Track the price-list sync in OPS-2231',
  ])('twin: "%s" is specific', (item) => {
    expect(actionItemVagueness(item)).toBeNull();
  });

  it('long items stay linear: t(4n)/t(n) stays near 4', () => {
    expect(growthRatio((n) => `Track ${'price lists '.repeat(n / 12)}`, (t) => actionItemVagueness(t))).toBeLessThan(12);
    expect(growthRatio((n) => `Save ${'it as '.repeat(n / 6)}a macro`, (t) => actionItemVagueness(t))).toBeLessThan(12);
  });
});
