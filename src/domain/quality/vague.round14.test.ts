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

/**
 * Round 14 (coordinator): the item's own tracker key, in front ("[DOC-7] …", "LAB-31: …", "OPS-5 Tidy …") or in brackets
 * at the end, names the item, not a thing the action changes; a key inside the action ("Close out LAB-31 by …") still
 * is an artefact.
 */
describe("an item's own tracker key does not make it specific (round 14)", () => {
  it.each(['[DOC-7] Improve the onboarding docs', 'LAB-31: Look into sensor drift', 'OPS-5 Ensure deploys are safer', 'Streamline the handover (HAND-40)'])('"%s" is vague', (item) => {
    expect(actionItemVagueness(item)).not.toBeNull();
  });

  it.each([
    '[DOC-7] Add the rollback steps to runbooks/orders.md',
    'LAB-31: Alert when sensor drift exceeds 0.5 °C for 10 minutes',
    'Close out LAB-31 by recalibrating the freezer probes',
    'Raise the gateway timeout to 3 s in gateway.yaml (OPS-5)',
  ])('twin: "%s" is specific', (item) => {
    expect(actionItemVagueness(item)).toBeNull();
  });

  it('long keys and items stay linear: t(4n)/t(n) stays near 4', () => {
    expect(growthRatio((n) => `[OPS-1] ${'look into '.repeat(n / 10)}(OPS-2)`, (t) => actionItemVagueness(t))).toBeLessThan(12);
    expect(growthRatio((n) => `${'A-1 '.repeat(n / 4)}Improve`, (t) => actionItemVagueness(t))).toBeLessThan(12);
  });
});
