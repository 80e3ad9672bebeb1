import { describe, expect, it } from 'vitest';
import { growthRatio } from '../../../test/support/cpu-time.ts';
import { blameHits, isPraise } from './blame.patterns.ts';
import { blameFeatures, onlyActedOn } from './blame.features.ts';
import { clearsPerson, rejectsReading } from './blame.rejection.ts';
import { maskPersons, personSpans } from './person-references.ts';

/**
 * Issue 16, round 12. A counterfactual whose only people are acted on (the patients of a passive) is not a judgement
 * of them, whatever the model makes of its other words. The sentences are written for these tests; each negative has
 * a near twin that still blames. Leave one writer out after this round's commits (23 folds, commit dfd2b63): pooled
 * 0.949 / 0.882 -> 0.952 / 0.884; held-out 0.991 / 0.982, unchanged.
 */
const flagged = (s: string): boolean => blameHits(s).length > 0;
const actedOn = (s: string): boolean => onlyActedOn(s, maskPersons(s));

describe('a counterfactual whose only people are acted on is not judged (round 12)', () => {
  it.each([
    'Had the duty engineer been alerted sooner, the queue would have drained before the morning peak.',
    'If the night nurse had been told about the new pump, the dose would have been checked twice.',
    'Had the courier been sent the new address, the parcel would have arrived on Tuesday.',
    'The backlog would have cleared overnight had the warehouse lead been paged at midnight.',
  ])('only acted on in "%s"', (s) => {
    expect(actedOn(s)).toBe(true);
    expect(flagged(s)).toBe(false);
  });

  it.each([
    'Had the duty engineer read the alert, the queue would have drained before the morning peak.',
    'Had the duty engineer been alerted sooner, he would have ignored it anyway.',
    'Had the lazy intern been supervised, the queue would have drained before the morning peak.',
    'The duty engineer was alerted at 02:10 and the queue drained before the morning peak.',
  ])('hard twin: a person acts, is judged, or no counterfactual, in "%s"', (s) => {
    expect(actedOn(s)).toBe(false);
  });

  it('the acting twins still blame', () => {
    expect(flagged('Had the duty engineer read the alert, the queue would have drained in minutes.')).toBe(true);
    expect(flagged('Had the lazy intern been supervised, the queue would have drained.')).toBe(true);
  });
});

describe('a bare plural role after "by" is a person reference (round 12)', () => {
  const refs = (s: string): string[] => personSpans(s).map((p) => s.slice(p.start, p.end));
  it.each([
    ['Failure by store managers to apply the POS patch left 212 pharmacies exposed.', 'store managers'],
    ['The firewall was opened by contractors without a ticket.', 'contractors'],
    ['Limits were raised by shift supervisors without any sign-off.', 'shift supervisors'],
  ])('reads the agent in "%s"', (s, who) => {
    expect(refs(s)).toContain(who);
  });

  it.each([
    'The job was run by schedulers at night.',
    'Traffic was served by load balancers and routers.',
    'The incident was noticed by users before the alert fired.',
    'The files were read by parsers before the upload.',
    'First-message sends by new members dropped 38% against the same Monday a week earlier.',
  ])('hard twin: things or the people served after "by" in "%s"', (s) => {
    expect(personSpans(s)).toEqual([]);
  });
});

describe('"thanks to X, …" is a cause, praise only when the outcome was good (round 12)', () => {
  it.each([
    'Thanks to the DBA, the claims database spent Sunday in single-user mode.',
    'Thanks to Greg, we got to explain a double charge to 12,000 customers.',
  ])('not set aside as praise: "%s"', (s) => {
    expect(isPraise(s)).toBe(false);
  });

  it.each([
    "Thanks to Priya's quick rollback, the queue recovered.",
    'Many thanks to Priya for the calm handover at 06:00.',
    'Thanks, Priya, for the clear timeline.',
  ])('hard twin: sincere praise in "%s"', (s) => {
    expect(isPraise(s)).toBe(true);
  });
});

describe('scare quotes in single quotes (round 12)', () => {
  const quotes = (s: string): string[] => blameFeatures(s, null).filter((f) => f.name.startsWith('scare-quote')).map((f) => s.slice(f.start, f.end));
  it.each([
    ["The vendor's 'senior expert' needed two hours to find the log directory.", "'senior expert'"],
    ["Our 'experienced' release manager approved a migration with no down script.", "'experienced'"],
    ["The store team’s ‘testing’ consisted of ringing up one packet of aspirin.", '‘testing’'],
  ])('reads the quote in "%s"', (s, q) => {
    expect(quotes(s)).toContain(q);
  });

  it.each([
    "The engineers' laptops weren't on Priya's list, and it's fine.",
    "Rock 'n' roll was on the radio while Priya's team rolled back.",
  ])('hard twin: apostrophes are not quotes in "%s"', (s) => {
    expect(quotes(s)).toEqual([]);
  });
});

describe('a blame reading considered and then corrected is not the writer\'s (round 12)', () => {
  it.each([
    'It is tempting to label this human error, but the evidence points to a cell-ID field that accepts any integer.',
    'We could write that the reviewer missed it; the more useful finding is that CI gave no signal.',
    'Hindsight says "someone should have rolled back", but rollback wasn\'t possible because the migration was one-way.',
  ])('rejects the reading in "%s"', (s) => {
    expect(rejectsReading(maskPersons(s))).toBe(true);
    expect(flagged(s)).toBe(false);
  });

  it.each([
    'We could write that the reviewer missed it; the logs show he skipped the diff.',
    'It is tempting to label this human error, and the engineer did skip the check.',
  ])('hard twin: the reading is confirmed, not corrected, in "%s"', (s) => {
    expect(rejectsReading(maskPersons(s))).toBe(false);
  });

  it.each(['There is no evidence that anyone acted recklessly; the decision to proceed was reasonable.', 'We found no sign of negligence by the operator.'])(
    'a person cleared: no evidence of a fault, in "%s"',
    (s) => {
      expect(clearsPerson(maskPersons(s))).toBe(true);
    },
  );

  it('hard twin: evidence of a fault is not a clearing', () => {
    expect(clearsPerson(maskPersons('There is evidence that the operator acted recklessly.'))).toBe(false);
    expect(flagged('There is evidence that the operator acted recklessly.')).toBe(true);
  });

  it('an autoscaler is a thing, not a role', () => {
    expect(flagged('The autoscaler went rogue and scaled the ingest tier to zero.')).toBe(false);
    expect(flagged('The on-call engineer went rogue and scaled the ingest tier to zero.')).toBe(true);
  });
});

describe('the round-12 readings take linear time on adversarial input', () => {
  const inputs: Record<string, (n: number) => string> = {
    'patients without a counterfactual': (n) => 'Ana was told Ben had been paged '.repeat(n / 32),
    'counterfactuals without a person': (n) => 'had would have could have if had '.repeat(n / 34),
    'one long line of one character': (n) => '§'.repeat(n),
    'by and modifiers without a role': (n) => 'by store store by night shift '.repeat(n / 30),
    'quotes opened and never closed': (n) => "a 'b c 'd e 'f ".repeat(n / 15),
    'frames without correction': (n) => 'tempting to label we could write that hindsight says but '.repeat(n / 58),
    'no evidence without a person': (n) => 'no evidence that the the no sign of '.repeat(n / 37),
  };
  it.each(Object.keys(inputs))('onlyActedOn and the person references, %s: t(4n) / t(n) stays under 12', (name) => {
    expect(growthRatio(inputs[name]!, (t) => [onlyActedOn(t, maskPersons(t)), rejectsReading(maskPersons(t)), clearsPerson(maskPersons(t)), isPraise(t), blameFeatures(t, null)])).toBeLessThan(12);
  });
});
