import { describe, expect, it } from 'vitest';
import { affectedInImpact, countedAffected } from './blame.impact.round37.ts';
import type { BlameHit } from './blame.patterns.ts';

/**
 * Issue 16, round 37: in the Impact section a model finding whose people are all a group the incident reached is
 * dropped (blame.impact.round37.ts); a singular person, a rule's form or a judgement said outright keeps it.
 * Sentences written for these tests.
 */
const model: BlameHit = { form: 'judging-words', phrase: '', start: 0, end: 10 };

describe('groups the incident reached, in the Impact section (round 37)', () => {
  it.each([
    'Several research teams received files labelled with the wrong samples.',
    '212 of them missed their connecting ferries.',
    'Members who paid in cash that morning did not see the credit until Tuesday.',
    'Some subscribers said they could not load the new episodes for an hour.',
    'Outreach staff lost most of the afternoon re-housing people.',
  ])('"%s" is an effect, not a judgement', (s) => {
    expect(affectedInImpact(model, s)).toBe(true);
  });
  it.each([
    'The night clerk sent invoices with the wrong plot numbers.',
    'Several engineers should have checked the plot numbers.',
    'Some dispatchers ignored the alert for an hour.',
    'Marta missed the connecting ferry.',
  ])('"%s" keeps its finding', (s) => {
    expect(affectedInImpact(model, s)).toBe(false);
  });
  it("a rule's form is never dropped", () => {
    expect(affectedInImpact({ ...model, form: 'should-have' }, 'Several research teams received files labelled with the wrong samples.')).toBe(false);
  });
});

describe('a count of the people an omission reached, in the Impact or Summary section (round 37)', () => {
  const omission: BlameHit = { form: 'omission-verb', phrase: '', start: 0, end: 10 };
  it.each(['212 of them missed their connecting ferries.', 'Several research teams received files labelled with the wrong plots.', 'Several research groups got their files later than promised.'])(
    '"%s" is an effect',
    (s) => expect(countedAffected(omission, s)).toBe(true),
  );
  it.each([
    'The night clerk missed the second alert.',
    'Two engineers skipped the review and forgot the canary.',
    'Developers did not run the migration check.',
    'Several engineers should have checked the plot numbers.',
  ])('"%s" keeps its finding', (s) => expect(countedAffected(omission, s)).toBe(false));
  it('the model\'s form is read by the other gate', () => {
    expect(countedAffected(model, '212 of them missed their connecting ferries.')).toBe(false);
  });
});
