import { describe, expect, it } from 'vitest';
import { GOOD_POSTMORTEM, withSection } from '../../../test/factories/quality-doc.ts';
import { growthRatio } from '../../../test/support/cpu-time.ts';
import { parsePostmortem } from '../../formats/postmortem/parse-postmortem.ts';
import { DEFAULT_QUALITY_CONFIG, lintPostmortem } from './index.ts';
import { spanMinutes } from './timeline.rules.ts';

/**
 * Issue 16, round 10: a range entry ("02:41–03:11 scheduler waits") accounts for its whole interval; an event of
 * unknown time fills a gap of up to an hour, one at an approximate clock time the gap it sits in; approximate clock
 * times are kept in the order check.
 */
const lint = (text: string) => lintPostmortem(parsePostmortem(text).doc, text, { config: DEFAULT_QUALITY_CONFIG });
const lines = (rule: string, rows: readonly string[]): number[] => {
  const text = withSection('Timeline', rows.join('\n'), GOOD_POSTMORTEM);
  return lint(text).filter((f) => f.rule === rule).map((f) => text.split('\n')[f.line - 1]!.replace(/^- /, '').slice(0, 5)).map((t) => Number(t.replace(':', '')));
};

describe('a range entry accounts for its interval (round 10)', () => {
  it.each([
    [['- 21:10 Backup job starts', '- 21:10–23:40 Backup copies the archive volume', '- 23:40 Backup job ends, checksum mismatch']],
    [['- 23:05 Courier leaves the depot', '- 23:05–00:35 Courier drives to the site', '- 00:35 Courier arrives on site']],
    [['- 09:00 Ferry schedule published', '- 09:00–10:30 Bookings open, sales normal', '- 09:40 First double booking', '- 10:30 Second double booking']],
  ])('reads no gap after the range in %j', (rows) => {
    expect(lines('timeline-gap', rows)).toEqual([]);
  });

  it('hard negative: a gap after the range ends is still a gap', () => {
    expect(lines('timeline-gap', ['- 21:10 Backup job starts', '- 21:10–21:40 Backup copies the archive volume', '- 23:40 Operator opens the backup report'])).toEqual([2340]);
  });

  it.each([['21:10–23:40', 150], ['23:50 – 01:30', 100], ['14:02', 0], ['10:00 to 10:45', 45]])('spans "%s" as %i minutes', (t, m) => {
    expect(spanMinutes(t)).toBe(m);
  });
});

describe('an event without a precise time in a gap (round 10)', () => {
  it('reads an event at an approximate clock time as filling even a long gap (timeline-precision reports it)', () => {
    expect(lines('timeline-gap', ['- 04:40 Shift lead informed by phone', '- around 06:00 Valve reset by hand', '- 06:05 Pressure falling'])).toEqual([]);
  });

  it('reads an event with no clock time as filling a gap of up to an hour', () => {
    expect(lines('timeline-gap', ['- 11:24 All chillers offline, alarm raised', '- around lunch the hall supervisor sees the alarm', '- 12:10 Technician on site'])).toEqual([]);
  });

  it('hard negative: an event with no clock time leaves most of a two-hour gap unaccounted for', () => {
    expect(lines('timeline-gap', ['- 11:24 All chillers offline, alarm raised', '- around lunch the hall supervisor sees the alarm', '- 13:15 Technician on site'])).toEqual([1315]);
  });
});

describe('approximate times in the order check (round 10)', () => {
  it.each([
    [['- 08:15 Gates open', '- ~08:40 Visitors queue at gate B', '- 08:31 Scanner at gate B reports no reads'], 831],
    [['- 09:10 Team leaves for the site', '- around 09:30 Engineer resets the reader', '- 09:20 Steward refuses entry to the van'], 920],
  ])('reports the entry below an approximate time that is earlier than it', (rows, at) => {
    expect(lines('timeline-order', rows)).toEqual([at]);
  });

  it('hard negative: approximate times in order are in order', () => {
    expect(lines('timeline-order', ['- 08:15 Gates open', '- ~08:25 Visitors queue at gate B', '- 08:31 Scanner at gate B reports no reads'])).toEqual([]);
  });

  it('hard negative: an entry with no clock ("??:??", "morning") is left out of the order', () => {
    expect(lines('timeline-order', ['- 08:15 Gates open', '- ??:?? Alarm acknowledged', '- 08:31 Scanner at gate B reports no reads'])).toEqual([]);
  });
});

describe('the round-10 timeline patterns run in linear time', () => {
  it('spanMinutes on a long run of digits and dashes', () => {
    expect(growthRatio((n) => '1:11 - '.repeat(n / 7), (t) => spanMinutes(t))).toBeLessThan(12);
  });
});
