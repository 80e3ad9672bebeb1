import { describe, expect, it } from 'vitest';
import { GOOD_POSTMORTEM, withSection } from '../../../test/factories/quality-doc.ts';
import { DEFAULT_QUALITY_CONFIG, lintPostmortem } from '../../domain/quality/index.ts';
import { parsePostmortem } from './parse-postmortem.ts';
import { halfDayOf } from './half-day.ts';

/**
 * Issue 16, round 39: the half of the day in words beside a 12-hour clock ("下午 1:05", "오후 1:05", "1:05 de la tarde")
 * is its meridiem: after "12:50" in the same half, "1:05" is five past one in the afternoon, in order.
 */
const orderFindings = (rows: readonly string[]): number => {
  const text = withSection('Timeline', ['| Time | Event |', '|---|---|', ...rows.map((r) => `| ${r} |`)].join('\n'), GOOD_POSTMORTEM);
  return lintPostmortem(parsePostmortem(text).doc, text, { config: DEFAULT_QUALITY_CONFIG }).filter((f) => f.rule === 'timeline-order').length;
};

describe('the half of the day in words is the clock\'s meridiem (round 39)', () => {
  it.each([
    ['下午 12:50', '下午 1:05', '下午 1:09'],
    ['午後 12:50', '午後 1:05', '午後 1:09'],
    ['오후 12:50', '오후 1:05', '오후 1:09'],
    ['12:50 de la tarde', '1:05 de la tarde', '1:09 de la tarde'],
    ['12:50 nachmittags', '1:05 nachmittags', '1:09 nachmittags'],
  ])('reads "%s", "%s", "%s" in order', (a, b, c) => {
    expect(orderFindings([`${a} | Kiln door opened`, `${b} | Decided to cool the kiln`, `${c} | Kiln at 200 °C`])).toBe(0);
  });

  it('hard negative: a morning word keeps "1:05" before "11:50" out of order ("上午 11:50" then "上午 1:05")', () => {
    expect(orderFindings(['上午 11:40 | Kiln door opened', '上午 11:50 | Decided to cool the kiln', '上午 1:05 | Kiln at 200 °C'])).toBe(1);
  });

  it('names no half for a 24-hour clock\'s words or for both halves at once', () => {
    expect(halfDayOf('14:05')).toBeNull();
    expect(halfDayOf('上午 11:50 / 下午 1:05')).toBeNull();
    expect(halfDayOf('3:10 de la tarde')).toBe('pm');
    expect(halfDayOf('오전 9:10')).toBe('am');
  });
});

describe('a clock with its half of the day in words is precise (round 39)', () => {
  it.each(['1:05 de la tarde', '1:05 nachmittags', '下午 1:05', '오후 1:05'])('does not report "%s" as imprecise', (time) => {
    const text = withSection('Timeline', ['| Time | Event |', '|---|---|', `| ${time} | Kiln door opened |`, '| 1:08 | Kiln at 200 °C |'].join('\n'), GOOD_POSTMORTEM);
    expect(lintPostmortem(parsePostmortem(text).doc, text, { config: DEFAULT_QUALITY_CONFIG }).filter((f) => f.rule === 'timeline-precision')).toEqual([]);
  });
});
