import { describe, expect, it } from 'vitest';
import { findBlame } from './blame.patterns.ts';
import { praisedOutcome } from './blame.praised-outcome.round39.ts';
import { withInitialismSubjects } from './blame.initialism-subjects.round39.ts';
import { personSpans } from './person-references.ts';

/**
 * Issue 16, round 39: blame recall. Sincere praise of an outcome told with "without" / "never" is no blame, its twin
 * that skips a step still is; an admonition assigned to a person in an action item is blame; an initialism opening its
 * clause is a person for the model's reading. Sentences written for these tests, in other trades than the round's sets.
 */

describe('sincere praise of an outcome with "without" or "never"', () => {
  it.each([
    'I was the one who moved the archive to the new cluster without losing a single record.',
    'Ngozi swapped the brewhouse valve without dropping a batch, and the cellar kept pouring.',
    'The crane crew landed the last truss without a single scratch on the cladding. Lovely work.',
    'Our planner rebuilt the delivery routes overnight without any downtime for the drivers.',
    'Thank you to the night baker, who ran both ovens on one burner without the customers ever seeing a gap.',
    'Farid never gave up on the leak and found it behind the third panel at dawn.',
    'The dispatcher never once lost her nerve while the radio channel kept dropping.',
  ])('"%s" is praise, not blame', (s) => {
    expect(praisedOutcome(s)).toBe(true);
    expect(findBlame(s)).toBeNull();
  });

  it.each([
    'I was the one who moved the archive to the new cluster without testing the restore.',
    'Ngozi swapped the brewhouse valve without a second check of the seals.',
    'The crane crew lifted the truss without any wind speed check, which is how the panel cracked.',
    'Farid never checked the pressure log before he left.',
    'The dispatcher never stopped to ask whether the channel was clear.',
    'Unlike the other planner, Ivo rebuilt the routes without losing a van — and then he forgot to publish them.',
  ])('"%s" is not read as praise', (s) => {
    expect(praisedOutcome(s)).toBe(false);
  });

  it('keeps the blame of a step skipped next to an outcome praised', () => {
    expect(findBlame('I was the one who pushed the firmware without testing it on a spare unit.')).not.toBeNull();
  });

  it('does not read a loss noun that modifies a check as an outcome ("without any customer impact check")', () => {
    expect(praisedOutcome('The planner closed the change without any customer impact check.')).toBe(false);
  });
});

describe('an admonition assigned to a person, as an action item writes it', () => {
  it.each([
    ['Maria to be more careful with the cutover checklist', 'Maria to be more careful'],
    ['Tom to be retrained on lock-out procedures', 'Tom to be retrained'],
    ['The trainee to pay closer attention to the boiler gauges', 'The trainee to pay closer attention'],
    ['Tom needs to take more care when loading the kiln', 'Tom needs to take more care'],
  ])('"%s" blames', (s, phrase) => {
    expect(findBlame(s)).toBe(phrase);
  });

  it.each([
    'Tom to update the lock-out checklist by Friday',
    'Maria to be trained on the new ticketing console',
    'The trainee to pay the kiln supplier invoice',
    'Tom to take the spare burner to the workshop',
    'Maria to shadow a senior dispatcher for two weeks',
  ])('"%s" is a plain assignment (no blame from the form)', (s) => {
    expect(findBlame(s)).toBeNull();
  });
});

describe('an initialism opening its clause, read as a person for the model', () => {
  const read = (s: string): string[] => withInitialismSubjects(s, personSpans(s)).map((sp) => s.slice(sp.start, sp.end));
  const found = (s: string): string[] => personSpans(s).map((sp) => s.slice(sp.start, sp.end));

  it.each([
    ['The KP left the fryer on all night.', 'The KP'],
    ['KP left the fryer on all night.', 'KP'],
    ['BOH skipped the temperature log.', 'BOH'],
    ['03:10 night FOH cleared the bookings without checking the deposits.', 'night FOH'],
    ['The AO closed the hatch early, and the PO signed the log anyway.', 'the PO'],
    ['Shift change at 06:00: the AO handed over at the gate.', 'the AO'],
  ])('"%s" reads %s as a person', (s, who) => {
    expect(read(s)).toContain(who);
  });

  it.each([
    'The PLC dropped its setpoint after the brownout.',
    'The BMS forgot the overnight schedule.',
    'The API returned errors for an hour.',
    'The KDS module printed every ticket twice.',
    'The QM screen froze, and the QM screen is what the line reads.',
    'We upgraded the KDS on Tuesday.',
    'Tickets from FOH arrive in the kitchen queue.',
  ])('"%s" adds no one', (s) => {
    expect(read(s)).toEqual(found(s));
  });
});
