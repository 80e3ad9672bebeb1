import { describe, expect, it } from 'vitest';
import { growthRatio } from '../../../test/support/cpu-time.ts';
import { isDefensive } from './defensive.rule.ts';
import { DEEPER } from './surface-cause.ts';

/**
 * Issue 16, round 11: defences in the words the new writers used — control disclaimed with an adverb, "nothing X could
 * have done", a part that "did exactly what it is supposed to do", a component named without an article that "worked
 * as designed" — and a "nothing … could have caught" that excuses rather than names the gap.
 */
describe('defensive writing in other words (round 11)', () => {
  it.each([
    'The freight outage was ultimately out of our control as the carrier changed its API.',
    'This was a carrier issue and entirely out of our control.',
    'There was nothing Dispatch could have done differently on the night.',
    'The driver followed the checklist to the letter, so nothing more could have been done.',
    'To be fair, the router did exactly what it is supposed to do when a scan is missing.',
    'Kafka worked as designed and moved the partition leader.',
    'We followed the release process correctly and nothing in our pipeline could have caught this.',
  ])('flags "%s"', (sentence) => {
    expect(isDefensive(sentence)).toBe(true);
  });

  it.each([
    'It was not out of our control: the carrier announced the change a month ahead.',
    'Nothing in our pipeline caught the missing field, so the bad scan went out.',
    'Maria did what she was asked to do and then paged the carrier.',
    'Nothing arrived from the carrier before 08:40.',
    'The Router team worked on the fix until 02:00.',
  ])('hard negative: leaves "%s"', (sentence) => {
    expect(isDefensive(sentence)).toBe(false);
  });

  it('"nothing in our X caught it" names a missing safeguard; "nothing in our X could have caught it" does not', () => {
    expect(DEEPER.test('nothing in our pipeline caught it')).toBe(true);
    expect(DEEPER.test('nothing in our pipeline could have caught it')).toBe(false);
  });
});

describe('the round-11 defensive patterns run in linear time', () => {
  it.each([
    ['nothing … could', (n: number) => `nothing ${'more '.repeat(n / 5)}could have done`],
    ['capitalised words', (n: number) => `${'Kafka '.repeat(n / 6)}worked as designed`],
    ['not out of', (n: number) => `${'not '.repeat(n / 4)}out of our control`],
  ])('%s: t(4n)/t(n) stays near 4', (_, input) => {
    expect(growthRatio(input, (t) => isDefensive(t))).toBeLessThan(12);
  });

  it('nothing in our … words: t(4n)/t(n) stays near 4', () => {
    expect(growthRatio((n) => `nothing in our ${'pipeline '.repeat(n / 9)}caught`, (t) => DEEPER.test(t))).toBeLessThan(12);
  });
});
