import { describe, expect, it } from 'vitest';
import { neutralRow, thingsErrors, timedRow } from './blame.records.round37.ts';
import type { BlameHit } from './blame.patterns.ts';

/**
 * Issue 16, round 37: a model finding in a timed row that records a neutral act is dropped unless the row carries a
 * judgement word of its own; the human-error form on a capitalised noun compound ("Telemetry errors") is a thing's
 * errors (blame.records.round37.ts). Rows written for these tests.
 */
const model: BlameHit = { form: 'judging-words', phrase: '', start: 0, end: 10 };

describe('timed rows of who did what (round 37)', () => {
  it.each(['| 09:14 | Front desk at the Northgate depot notices the boards are blank and phones Ines. |', '- 13:51 — A utility crew digging on the B2210 cuts a cable carrying our uplink.', '| 3 Mar 10:02 | Omar sends two drivers to the yard |'])(
    '"%s" is a timed row',
    (row) => expect(timedRow(row)).toBe(true),
  );
  it.each(['Front desk phones Ines at the depot.', '| Owner | Due |'])('"%s" is not a timed row', (row) => expect(timedRow(row)).toBe(false));

  it.each(['Front desk at the Northgate depot notices the boards are blank and phones Ines.', 'Omar sends two drivers to the yard to reset the gates.'])(
    '"%s" records a neutral act',
    (s) => expect(neutralRow(model, s)).toBe(true),
  );
  it.each([
    'Omar finally sends two drivers to the yard, 40 minutes late.',
    'The gate reset was started a second time by the yard lead.',
    'Schedule got changed by the one person who always knows better.',
    'Omar, did you not get the page? This one is on you.',
    'Let us just say Omar has an idea of testing all his own.',
    'Omar did not answer the page.',
  ])('"%s" carries a judgement of its own', (s) => expect(neutralRow(model, s)).toBe(false));
  it("a rule's form is never a neutral record", () => {
    expect(neutralRow({ ...model, form: 'should-have' }, 'Omar sends two drivers to the yard.')).toBe(false);
  });
});

describe("a thing's errors read as a name's (round 37)", () => {
  it.each(['Telemetry errors', 'Interface errors', 'Known error'])('"%s" is a thing\'s errors', (phrase) => {
    expect(thingsErrors({ form: 'human-error', phrase, start: 0, end: phrase.length })).toBe(true);
  });
  it.each(['Human error', 'Operator errors', "Dave's error"])('"%s" keeps its finding', (phrase) => {
    expect(thingsErrors({ form: 'human-error', phrase, start: 0, end: phrase.length })).toBe(false);
  });
});
