import { describe, expect, it } from 'vitest';
import { GOOD_POSTMORTEM, withSection } from '../../../test/factories/quality-doc.ts';
import { parsePostmortem } from '../../formats/postmortem/parse-postmortem.ts';
import { DEFAULT_QUALITY_CONFIG, lintPostmortem } from './index.ts';
import { withoutShortPastLengths } from './timeline-gap.before.round39.ts';

/**
 * Issue 16, round 39: a length of work done before a gap's start entry ("After 20 minutes of sweeping the hall, the floor
 * is dry") tells of the time before that entry; shorter than the gap, it explains nothing of the gap.
 */
const lint = (text: string) => lintPostmortem(parsePostmortem(text).doc, text, { config: DEFAULT_QUALITY_CONFIG });
const gaps = (rows: readonly string[]): string[] => {
  const text = withSection('Timeline', ['| Time | Event |', '|---|---|', ...rows.map((r) => `| ${r} |`)].join('\n'), GOOD_POSTMORTEM);
  return lint(text).filter((f) => f.rule === 'timeline-gap').map((f) => text.split('\n')[f.line - 1]!.trim());
};

describe('a length of work done before the gap explains nothing after it (round 39)', () => {
  it.each([
    ['After 20 minutes of sweeping the hall, the floor is dry.', 'Caretaker reopens the east wing to visitors.'],
    ['Tras 10 minutos de vigilancia, el horno vuelve a su temperatura.', 'Panadería reanuda la primera hornada.'],
    ['Nach 12 Minuten Kontrolle ist die Kühlkette stabil.', 'Lager gibt die Paletten frei.'],
    ['The label reprint took 8 minutes; all parcels carry new labels.', 'Courier collects the parcels.'],
    ['냉동고 재가동 완료 (15분 소요).', '입고 재개.'],
  ])('reports the 45-minute gap after "%s"', (start, end) => {
    expect(gaps([`09:00 | Decided to pause intake at the depot`, `09:05 | ${start}`, `09:50 | ${end}`])).toEqual([`| 09:50 | ${end} |`]);
  });

  it('hard negative: a length as long as the gap still explains it ("took 45 minutes")', () => {
    expect(gaps(['09:00 | Decided to pause intake at the depot', '09:05 | Label reprint started; it took 45 minutes.', '09:50 | Courier collects the parcels.'])).toEqual([]);
  });

  it('hard negative: an activity at the start that runs on ("monitoring the drain") still explains the gap', () => {
    expect(gaps(['09:00 | Decided to pause intake at the depot', '09:05 | Pump restarted; monitoring the drain.', '09:50 | Basement dry.'])).toEqual([]);
  });
});

describe('a Swedish supine of waiting at the gap\'s end explains it (round 39)', () => {
  it('reads "Bussen har väntat på föraren" as the wait through the gap', () => {
    expect(gaps(['09:00 | Decided to pause intake at the depot', '09:05 | Sorteringen klar efter 4 minuter.', '09:50 | Bussen har väntat på föraren och kör nu.'])).toEqual([]);
  });
});

describe('withoutShortPastLengths keeps what it cannot place before the entry (round 39)', () => {
  it('keeps a length as long as the gap and drops a shorter one', () => {
    expect(withoutShortPastLengths('After 2 hours of testing the pumps hold.', 90)).toBe('After 2 hours of testing the pumps hold.');
    expect(withoutShortPastLengths('After 2 hours of testing the pumps hold.', 150).trim()).toBe('the pumps hold.');
  });
});
