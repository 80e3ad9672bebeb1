import { describe, expect, it } from 'vitest';
import { blameHits } from './blame.patterns.ts';
import { personSpans } from './person-references.ts';

/**
 * Structure the blame analysis reads (issue 16, third round): who counts as a person, what after
 * the act is a reason for it and what only comments on it, and when kind words are praise. The
 * sentences are written for these tests, not taken from the labelled sets in test/fixtures/quality/.
 */
const refs = (s: string): string[] => personSpans(s).map((p) => s.slice(p.start, p.end));
const blames = (s: string): boolean => blameHits(s).length > 0;

describe('person references', () => {
  it.each([
    ['The IT technician reimaged the wrong laptop.', 'The IT technician'],
    ['06:20 Warehouse team closes the dock doors.', 'Warehouse team'],
    ['Night shift logs the freezer reading.', 'Night shift'],
    ['The support agent reset the account.', 'The support agent'],
    ['The lab assistant labelled the trays.', 'The lab assistant'],
  ])('finds a role or group in "%s"', (s, ref) => {
    expect(refs(s)).toContain(ref);
  });

  it.each([
    'Several customers wrote in about double charges.',
    'Mobile users were unable to open the basket for an hour.',
    'Patients on ward 4 waited an hour for the evening round.',
  ])('does not take the people a service serves for people to blame: "%s"', (s) => {
    expect(refs(s)).toEqual([]);
  });

  it.each([
    ["Thanks to legal's decision to wait, the notice went out late.", "legal"],
    ['03:15 night porter props the fire door open.', 'night porter'],
    ['Once more, devops left the debug flag on.', 'devops'],
  ])('finds a department or role where it acts: "%s"', (s, ref) => {
    expect(refs(s)).toContain(ref);
  });

  it('does not take an event ending in -over for an agent ("the cutover", "the handover")', () => {
    expect(refs('During the cutover the handover notes were lost.')).toEqual([]);
  });

  it('keeps a software agent a thing ("the monitoring agent")', () => {
    expect(refs('The monitoring agent restarted at 04:10.')).toEqual([]);
  });
});

describe('a reason for the act, or a comment on it', () => {
  it('a ", which …" clause that says what the act led to is not a reason: still blame', () => {
    expect(blames('Bartek skipped the canary stage, which is why the whole fleet got the bad build.')).toBe(true);
    expect(blames('Inés ignored the capacity warning, which tells you everything.')).toBe(true);
  });

  it('a ", which …" clause that explains the act by the system stays a reason: no blame', () => {
    expect(blames('The on-call missed the page, which had gone to a number disconnected in May.')).toBe(false);
  });

  it('", as usual" is a habit, not a reason: still blame', () => {
    expect(blames('The vendor desk skipped the handover note, as usual.')).toBe(true);
  });
});

describe('kind words', () => {
  it('sincere praise with a praise frame is not judged', () => {
    expect(blames('Great catch by Femi, who spotted the expired certificate before the renewal window closed.')).toBe(false);
    expect(blames('Thanks to Anouk for staying on the bridge until the queue drained.')).toBe(false);
  });

  it('kind words without a praise frame are judged when the model is sure: sarcasm', () => {
    expect(blames('Laszlo overrode the interlock because he thought he knew better.')).toBe(true);
  });

  it('kind words without a praise frame and without a judgement stay clean', () => {
    expect(blames('Wen reproduced the fault in staging within ten minutes of joining the call.')).toBe(false);
  });
});

describe('a person as the whole cause', () => {
  it.each(['Root cause: Priya, obviously.', 'The root cause was the night porter.', "This one's on Matteo."])('flags "%s" as fault-noun', (s) => {
    expect(blameHits(s).map((h) => h.form)).toContain('fault-noun');
  });

  it.each(['Root cause: the retry budget, shared by every tenant.', 'The root cause was the expired certificate.', "This one's on the old runbook."])('leaves "%s" clean', (s) => {
    expect(blames(s)).toBe(false);
  });
});

describe('rejections', () => {
  it('"doesn\'t believe in" said of a person is not a rejection of blame', () => {
    expect(blames('The release broke because Kasper doesn\'t believe in writing tests.')).toBe(true);
  });

  it('"we don\'t believe" still rejects', () => {
    expect(blames('We don\'t believe Kasper should have caught the typo.')).toBe(false);
  });
});
