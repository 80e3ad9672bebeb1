import { describe, expect, it } from 'vitest';
import { blameHits } from './blame.patterns.ts';
import { clearsPerson } from './blame.rejection.ts';
import { maskSpans, personSpans } from './person-references.ts';

/**
 * Issue 16, round 36: a counterfactual about a person that is negated or shared clears them (blame.exoneration.ts);
 * its blaming twins stay judged. Sentences written for these tests (new names and trades, none from a labelled set).
 */
const masked = (s: string): string => maskSpans(s, personSpans(s));

describe('a negated or shared counterfactual clears the person (round 36)', () => {
  it.each([
    'There was nothing more the night porter could have done.',
    'Honestly there was little else Oksana could have done with that dashboard.',
    'No one could have caught this from the graphs we had.',
    'None of us would have spotted the swapped labels.',
    'Tariq could not have known the relay was already tripped.',
    'The duty pharmacist couldn’t reasonably have seen the second order.',
    'Bea could not have done anything differently with the information on the screen.',
    'Anyone in her position would have made the same call.',
    'Any of us would have done the same at four in the morning.',
    'I would have done the same in his place.',
    'It wasn’t on the harbour pilot to check the tide tables twice.',
    'It was not their job to reconcile the two ledgers.',
    'The agency nurse was never asked to count the second cabinet.',
    'Kofi did exactly what the runbook said.',
    'Nobody on the night shift made a mistake in loading the trays; the scale read light.',
    'None of these quotes is a failing of the person who gave it.',
    'It would be easy to read the radio log and think the skipper ignored the call.',
    'This wasn’t human error: the form had no field for the second dose.',
    'The review follows our blameless format; it does not grade anyone’s choices.',
    'We are not here to blame the relief skipper for the late call.',
  ])('"%s" is not blame', (s) => {
    expect(blameHits(s)).toEqual([]);
  });
});

describe('the blaming twins stay judged (round 36)', () => {
  it.each([
    'Tariq could have done more to stop the second batch.',
    'The night porter couldn’t have cared less about the alarm.',
    'Any competent engineer would have caught this.',
    'No one could have caught this except Omar, who ignored the alert.',
    'It was on Priya to check the replica, and she skipped it.',
    'Kofi did exactly what the runbook said not to do.',
    'The panel graded the relief skipper’s choices harshly.',
  ])('"%s" is not cleared', (s) => {
    expect(clearsPerson(masked(s))).toBe(false);
  });
  it.each([
    'Tariq could have done more to stop the second batch.',
    'Any competent engineer would have caught this.',
    'It was on Priya to check the replica, and she skipped it.',
  ])('"%s" is still blame', (s) => {
    expect(blameHits(s).length).toBeGreaterThan(0);
  });
  it('nothing the person did (no counterfactual) is not read as a rejection', () => {
    expect(clearsPerson(masked('Nothing Dev did helped the queue drain.'))).toBe(false);
  });
});
