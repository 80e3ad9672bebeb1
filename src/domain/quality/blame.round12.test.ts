import { describe, expect, it } from 'vitest';
import { growthRatio } from '../../../test/support/cpu-time.ts';
import { onlyActedOn } from './blame.features.ts';
import { blameHits } from './blame.patterns.ts';
import { maskPersons, personSpans } from './person-references.ts';

/**
 * Issue 16, round 12. A counterfactual whose only people are acted on (the patients of a passive) is not a judgement
 * of them, whatever the model makes of its other words. The sentences are written for these tests; each negative has
 * a near twin that still blames.
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
  ])('hard twin: things or the people served after "by" in "%s"', (s) => {
    expect(personSpans(s)).toEqual([]);
  });
});

describe('the round-12 readings take linear time on adversarial input', () => {
  const inputs: Record<string, (n: number) => string> = {
    'patients without a counterfactual': (n) => 'Ana was told Ben had been paged '.repeat(n / 32),
    'counterfactuals without a person': (n) => 'had would have could have if had '.repeat(n / 34),
    'one long line of one character': (n) => '§'.repeat(n),
    'by and modifiers without a role': (n) => 'by store store by night shift '.repeat(n / 30),
  };
  it.each(Object.keys(inputs))('onlyActedOn and the person references, %s: t(4n) / t(n) stays under 12', (name) => {
    expect(growthRatio(inputs[name]!, (t) => onlyActedOn(t, maskPersons(t)))).toBeLessThan(12);
  });
});
