import { describe, expect, it } from 'vitest';
import { actionItemVagueness } from './vague.patterns.ts';

/**
 * Issue 16, round 35: an action point's label ("AP:", "Action point:") names the item's shape, as "Action item:" and
 * "AI:" do, and is set aside before the item is read. Sentences written for these tests.
 */
describe('an action point\'s label is no part of the task (round 35)', () => {
  it.each([
    'AP: Review the weekend release timing (JB)',
    'Action point: Improve alerting on the billing queue',
    'AP: Look into the cache expiry settings',
  ])('"%s" is read as its abstract action', (s) => {
    expect(actionItemVagueness(s)?.kind).toBe('abstract-action');
  });
  it.each([
    'AP: Add an alert when the billing queue holds over 500 messages for 5 minutes (JB, 2027-08-20)',
    'Action point: Set `cache.ttl_seconds = 300` in `billing.yaml` (KM, 2027-09-01)',
  ])('"%s" stays specific', (s) => {
    expect(actionItemVagueness(s)).toBeNull();
  });
});
