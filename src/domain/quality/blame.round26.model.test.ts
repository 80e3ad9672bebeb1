import { describe, expect, it } from 'vitest';
import { growthRatio } from '../../../test/support/cpu-time.ts';
import { blameFeatures } from './blame.features.ts';
import { blameHits } from './blame.patterns.ts';
import { withoutAssignment } from './vague.assignment.ts';

/**
 * Issue 16, round 26: the structures the blame model lacked when the forty-third to fifty-first voices joined its training
 * (blame.features.round26.ts), and the readings that kept neutral lines clean (an owner field, a hyphenated compound
 * opening a sentence, a time stamp after a sentence, a person denied as a kind of being, a shift before an agent noun).
 * Sentences written for these tests: new names, systems and domains; each form has a positive and a negative.
 */
const names = (s: string): Set<string> => new Set(blameFeatures(s, null).map((f) => f.name));
const judged = (s: string): boolean => blameHits(s).length > 0;

describe('a judged noun on a person\'s act (round 26)', () => {
  it('reads "a botched schema change by Priyanka" and "Tobias\'s careless merge"', () => {
    expect(names('The trigger was a botched schema change by Priyanka.').has('judged-act-by+P')).toBe(true);
    expect(names('It started with Tobias\'s careless merge.').has('judged-act-by+P')).toBe(true);
  });
  it('has no judged act when the act by the person is not judged, or the judged word is the system\'s', () => {
    expect(names('The trigger was a schema change by Priyanka.').has('judged-act-by+P')).toBe(false);
    expect(names('The bad disk was replaced; the ticket was closed by Priyanka.').has('judged-act-by+P')).toBe(false);
  });
});

describe('a person leaving a system in a wrong state (round 26)', () => {
  it('reads "left the kiln in bypass mode" and "had left the hatch open"', () => {
    expect(names('The contractor left the kiln in bypass mode overnight.').has('left-in-state+P')).toBe(true);
    expect(names('Marisol had left the loading hatch open.').has('left-in-state+P')).toBe(true);
  });
  it('has no wrong state when the person leaves a place or a thing plainly', () => {
    expect(names('Marisol left the plant at six.').has('left-in-state+P')).toBe(false);
    expect(names('The contractor left the spare keys with reception.').has('left-in-state+P')).toBe(false);
  });
});

describe('faint praise (round 26)', () => {
  it('reads a kind word held down by "enough" and a person who finally got to it', () => {
    expect(names('Osvaldo wrote a good enough summary in the end.').has('faint-praise+P')).toBe(true);
    expect(names('The queue drained once Hyejin eventually logged in.').has('faint-praise+P')).toBe(true);
  });
  it('has no faint praise in plain praise or plain timing', () => {
    expect(names('Osvaldo wrote a clear summary of the outage.').has('faint-praise+P')).toBe(false);
    expect(names('The disk was big enough for the archive, and Hyejin logged in at nine.').has('faint-praise+P')).toBe(false);
  });
});

describe('an act done without its step (round 26)', () => {
  it('reads "merged by Dariusz without running the suite"', () => {
    expect(names('The patch was merged by Dariusz without running the suite.').has('without-act+P')).toBe(true);
  });
  it('has no omission when "without" belongs to a system or to no person', () => {
    expect(names('The cache refreshed without dropping a request.').has('without-act+P')).toBe(false);
    expect(names('Dariusz restarted the broker; it came back without losing messages.').has('without-act+P')).toBe(false);
  });
});

describe('an action item whose only person is its assignment field (round 26)', () => {
  it('strips the owner, handle, key and due fields from the task', () => {
    expect(withoutAssignment('Move the rota export to the new bucket @Ines Barros')).toBe('Move the rota export to the new bucket');
    expect(withoutAssignment('FAC-88 Replace the gate sensor · Unassigned · Due 2027-01-10')).toBe('Replace the gate sensor');
    expect(withoutAssignment('Add a retry to the ledger sync (owner: Kwame Asante)')).toBe('Add a retry to the ledger sync');
    expect(withoutAssignment('Recalibrate the scales – Owner: TBD – Due: TBD')).toBe('Recalibrate the scales');
  });
  it('keeps a criterion after a dash and a short task with a name in it', () => {
    expect(withoutAssignment('Add an alarm — done when the freezer pages within 2 minutes')).toBe('Add an alarm — done when the freezer pages within 2 minutes');
    expect(withoutAssignment('Call Wanjiru')).toBe('Call Wanjiru');
  });
  it('does not judge an item whose only person is its owner, and still judges a person in the task', () => {
    expect(judged('Chase the courier for the missing manifests (owner: Kwame Asante)')).toBe(false);
    expect(judged('Make sure Kwame stops skipping the pre-flight checklist (owner: Ines Barros)')).toBe(true);
  });
});

describe('neutral lines kept clean (round 26)', () => {
  it('reads a hyphenated compound opening a sentence as a thing, not a name', () => {
    expect(judged('Drop-off lockers at the front desk are open.')).toBe(false);
    expect(judged('Jean-Luc deleted the backups without asking anyone.')).toBe(true);
  });
  it('reads a time stamp after a sentence as no verdict, and a short verdict still as one', () => {
    expect(names('The reception team updated the board. Apr 3, 09:12 UTC').has('verdict+P')).toBe(false);
    expect(names('The reception team updated the board again. Typical.').has('verdict+P')).toBe(true);
  });
  it('does not judge a person denied as a kind of being, and still judges a named one', () => {
    expect(judged('The pump is named after a river, not after a person.')).toBe(false);
    expect(judged('This was not the pump; it was Halvard who forgot to prime it.')).toBe(true);
  });
});

describe('the round-26 features stay linear (round 26)', () => {
  const inputs: Record<string, (n: number) => string> = {
    'repeated character': (n) => 'a'.repeat(n),
    'judged acts': (n) => 'a bad change by Tom '.repeat(Math.ceil(n / 20)),
    'left states': (n) => 'Tom left the valve '.repeat(Math.ceil(n / 19)),
    'without': (n) => 'Tom did it without checking '.repeat(Math.ceil(n / 28)),
    'assignment fields': (n) => '— Owner: Tom @x · Due '.repeat(Math.ceil(n / 22)),
    'brackets and NUL': (n) => '([\u0000)] '.repeat(Math.ceil(n / 6)),
  };
  it.each(Object.keys(inputs))('%s: t(4n)/t(n) stays near 4', (name) => {
    expect(growthRatio(inputs[name]!, (t) => blameFeatures(t, null))).toBeLessThan(12);
    expect(growthRatio(inputs[name]!, (t) => withoutAssignment(t))).toBeLessThan(12);
  });
});
