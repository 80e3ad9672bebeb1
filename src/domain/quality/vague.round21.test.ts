import { describe, expect, it } from 'vitest';
import { actionItemVagueness } from './vague.patterns.ts';

/**
 * Issue 16, round 21. A watch kept in a named place where it is looked at ("… on the procurement dashboard") says
 * where the watch lives; a watch on a thing in a place that is only where the thing is says neither where nor against
 * what. The items are written for these tests.
 */
describe('a watch kept on a named dashboard or tracker is specific (round 21)', () => {
  it.each(['Track courier refund changes on the logistics dashboard', 'Track freezer door openings in the pharmacy tracker'])('"%s" is specific', (item) => {
    expect(actionItemVagueness(item)).toBeNull();
  });

  it.each(['Watch disk usage on the imaging nodes', 'Monitor courier refunds'])('twin: "%s" is vague', (item) => {
    expect(actionItemVagueness(item)).not.toBeNull();
  });
});
