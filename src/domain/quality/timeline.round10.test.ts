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

describe('what explains a gap, by where it stands (round 10)', () => {
  it('reads "still" at the end of a gap as the state holding through it', () => {
    expect(lines('timeline-gap', ['- 02:19 Night nurse checks the fridge log', '- 02:25 Nurse, still at the desk, calls the on-call'])).toEqual([]);
  });

  it('hard negative: "still" at the start of a gap says only how things stood then', () => {
    expect(lines('timeline-gap', ['- 09:46 Rollback done, but the CDN still serves the old page', '- 10:25 CDN cache purged'])).toEqual([1025]);
  });

  it('reads "still" with an activity at the start of a gap as explaining it', () => {
    expect(lines('timeline-gap', ['- 09:46 Rollback done, team still investigating the CDN', '- 10:25 CDN cache purged'])).toEqual([]);
  });

  it('hard negative: an action whose result is ", no change" says nothing of the time before it', () => {
    expect(lines('timeline-gap', ['- 00:07 First parcel handed to a courier', '- 00:40 On-call rolls back the planner, no change'])).toEqual([40]);
  });

  it('reads "no change" as the entry itself as explaining the gap', () => {
    expect(lines('timeline-gap', ['- 00:07 First parcel handed to a courier', '- 00:40 No change in the queue; rollback prepared'])).toEqual([]);
  });

  it('hard negative: "monitoring" as the subject of what it shows is no activity', () => {
    expect(lines('timeline-gap', ['- 09:04 Shop monitoring shows conversion at 0 %', '- 09:21 Desk phones the digital team'])).toEqual([921]);
  });

  it('reads "Monitoring shows normal traffic" at the end of a gap as what the watching found', () => {
    expect(lines('timeline-gap', ['- 09:20 Rollback complete; error rate falls', '- 09:42 Monitoring shows normal traffic; incident closed'])).toEqual([]);
  });

  it('reads monitoring as an activity as explaining the gap', () => {
    expect(lines('timeline-gap', ['- 09:04 Team monitoring the conversion after the fix', '- 09:21 Conversion back to normal'])).toEqual([]);
  });
});

describe('a day and month without a year in the order check (round 10)', () => {
  const rows = (last: string) => ['- **21 Nov 23:35** — Rollback started', '- **22 Nov 00:05** — Most locks rolled back', `- **${last}** — Partner locksmiths activated`];
  const orderLines = (md: string) => lint(md).filter((f) => f.rule === 'timeline-order').length;
  const doc = (last: string) => `# Locks\n\n## Summary\n\nLocks failed.\n\n## Timeline\n\n${rows(last).join('\n')}\n\n## Root cause\n\nNo canary for lock firmware.\n`;

  it('reports "21 Nov 23:52" below "22 Nov 00:05" as out of order', () => {
    expect(orderLines(doc('21 Nov 23:52'))).toBe(1);
  });

  it('hard negative: "22 Nov 00:20" below it is in order, across midnight', () => {
    expect(orderLines(doc('22 Nov 00:20'))).toBe(0);
  });
});

describe('the round-10 timeline patterns run in linear time', () => {
  it('spanMinutes on a long run of digits and dashes', () => {
    expect(growthRatio((n) => '1:11 - '.repeat(n / 7), (t) => spanMinutes(t))).toBeLessThan(12);
  });
  it.each([
    ['still', (n: number) => '- 09:00 x\n- 10:00 ' + 'still '.repeat(n / 6)],
    ['no change', (n: number) => '- 09:00 x\n- 10:00 ' + ', no change'.repeat(n / 11)],
    ['monitoring', (n: number) => '- 09:00 x\n- 10:00 ' + 'monitoring '.repeat(n / 11)],
    ['day-month dates', (n: number) => '- 21 Nov 23:35 x\n- ' + '21 '.repeat(n / 3) + 'Nov 23:40 y'],
    ['day-part cells', (n: number) => '| Time | Event |\n|---|---|\n' + '| early morning | x |\n'.repeat(n / 24)],
  ])('the gap and order rules on a long "%s" timeline', (_, rows) => {
    expect(growthRatio((n) => withSection('Timeline', rows(n), GOOD_POSTMORTEM), (t) => lint(t))).toBeLessThan(12);
  });
});
