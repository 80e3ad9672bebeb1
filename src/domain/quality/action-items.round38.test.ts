import { describe, expect, it } from 'vitest';
import { dottedItem } from './action-items.dotted.round38.ts';
import { actionItemVagueness } from './vague.patterns.ts';

/** Issue 16, round 38: a list item written as a tracker's dotted record is judged by its item field (action-items.dotted.round38.ts). */
describe("a tracker's dotted record (round 38)", () => {
  it.each([
    ['OPS-77 · Improve alerting · Todo · Unassigned', 'Improve alerting'],
    ['#812 · Look into the retry storm · Backlog · @lin', 'Look into the retry storm'],
    ['PAY-3 · Cap retries at 3 per request with a test for the cap · In Progress · @ana · due Mar 3', 'Cap retries at 3 per request with a test for the cap'],
  ])('"%s" is read as its item field', (line, item) => expect(dottedItem(line)).toBe(item));
  it.each(['Improve alerting · Todo · Unassigned', 'Cap retries at 3 · see the design doc', 'OPS-77'])('"%s" is read as it is', (line) => expect(dottedItem(line)).toBe(line));
  it('so a vague item behind its key is judged vague, and a specific one is not', () => {
    expect(actionItemVagueness(dottedItem('OPS-77 · Improve alerting · Todo · Unassigned'))).not.toBeNull();
    expect(actionItemVagueness(dottedItem('OPS-78 · Alert when the queue depth stays above 500 for 5 minutes · Todo · @kim'))).toBeNull();
  });
});
