import { describe, expect, it } from 'vitest';
import { blameHits } from './blame.patterns.ts';
import { neutralRecord } from './blame.records.round36.ts';
import { maskSpans, personSpans } from './person-references.ts';

/**
 * Issue 16, round 36: records that name people as actors — a review question about what someone had, a tracker's
 * activity record, a template's prompt about a hypothetical reader — are no judgement (blame.records.round36.ts).
 * Sentences written for these tests.
 */
const record = (s: string): boolean => {
  const spans = personSpans(s);
  return neutralRecord(maskSpans(s, spans), s, spans);
};

describe('records that name people as actors (round 36)', () => {
  it.each([
    'Did the charge nurse have the access she needed?',
    'Did anyone lack the permissions or context they needed?',
    'Did the dispatcher have what they needed? Mostly. The map layer was an hour old.',
    'Tomasz Kowal created the issue · 2025-03-02T08:15:00Z',
    'Tomasz Kowal changed the status from Open to In Progress',
    'Ines assigned the ticket to Rui',
    'Describe it for someone who joined the team yesterday.',
    '"I signed off the first batch. I did not know a second batch was queued", said Hamid.',
    'Lucia wrote in the review: "I should have asked who else reads that table before I renamed it."',
  ])('"%s" is a record', (s) => {
    expect(record(s)).toBe(true);
    expect(blameHits(s)).toEqual([]);
  });
  it.each([
    'Did anyone bother to check the config?',
    'Did nobody have the sense to check the valve?',
    'Tomasz closed the incident too early.',
    'Tomasz created the issue by skipping the check.',
    'Ines changed the threshold without telling anyone.',
    'Someone forgot to write it down.',
    'Lucia wrote in the review: "Hamid should have asked who else reads that table."',
    '"I signed off the first batch", said Hamid, "and Lucia never checked it."',
  ])('"%s" is not a record', (s) => {
    expect(record(s)).toBe(false);
  });
  it('a fault caused by a person is still blame', () => {
    expect(blameHits('Tomasz created the issue by skipping the check.').length).toBeGreaterThan(0);
  });
});
