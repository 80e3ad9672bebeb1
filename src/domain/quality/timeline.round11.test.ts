import { describe, expect, it } from 'vitest';
import { GOOD_POSTMORTEM, withSection } from '../../../test/factories/quality-doc.ts';
import { growthRatio } from '../../../test/support/cpu-time.ts';
import { parsePostmortem } from '../../formats/postmortem/parse-postmortem.ts';
import { DEFAULT_QUALITY_CONFIG, lintPostmortem } from './index.ts';
import { spanMinutes } from './timeline.rules.ts';

/**
 * Issue 16, round 11: a range written with a 12-hour clock on either end, or with pandoc's "--", covers its interval;
 * an entry at a gap's end that says nothing came before it, or that it is the first event since the one above, explains
 * the gap — at the gap's start the same words do not.
 */
const lint = (text: string) => lintPostmortem(parsePostmortem(text).doc, text, { config: DEFAULT_QUALITY_CONFIG });
const gaps = (rows: readonly string[]): string[] => {
  const text = withSection('Timeline', rows.join('\n'), GOOD_POSTMORTEM);
  return lint(text).filter((f) => f.rule === 'timeline-gap').map((f) => text.split('\n')[f.line - 1]!.replace(/^- /, '').split(' ')[0]!);
};

describe('ranges on a 12-hour clock and in pandoc\'s dashes (round 11)', () => {
  it.each([
    ['12:05 p.m. – 1:05 p.m.', 60],
    ['11:30 am - 12:15 pm', 45],
    ['8:40 – 10:15 a.m.', 95],
    ['08:05--08:28', 23],
  ])('"%s" spans %i minutes', (asWritten, minutes) => {
    expect(spanMinutes(asWritten)).toBe(minutes);
  });

  it('reads no gap after a 12-hour range that reaches the next entry', () => {
    expect(gaps(['- 12:01 p.m. Decision: revert the filter', '- 12:05 p.m. – 1:05 p.m. Parked messages re-processed in batches', '- 1:05 p.m. Queue empty'])).toEqual([]);
  });

  it('hard negative: a gap after the 12-hour range ends is still a gap', () => {
    expect(gaps(['- 12:01 p.m. Decision: revert the filter', '- 12:05 p.m. – 12:20 p.m. Parked messages re-processed in batches', '- 1:05 p.m. Queue reported empty'])).toEqual(['1:05']);
  });
});

describe('an entry that is the first since the one above (round 11)', () => {
  it.each([
    ['- 08:40 The depot sends its first batch of the day (nothing arrives before 08:40)'],
    ['- 08:40 First delivery slot after the schedule change; no parcels are scanned'],
  ])('"%s" at the gap\'s end explains it', (end) => {
    expect(gaps(['- 08:05 Scanner firmware updated on the depot line', end])).toEqual([]);
  });

  it('hard negative: the same words at the gap\'s start explain nothing of the time after', () => {
    expect(gaps(['- 08:05 First delivery slot after the schedule change; no parcels are scanned', '- 10:40 Driver reports missing scans'])).toEqual(['10:40']);
  });

  it('hard negative: "first" with no "after" or "of the day" is no explanation', () => {
    expect(gaps(['- 08:05 Scanner firmware updated', '- 08:40 First complaint from a driver arrives by phone'])).toEqual(['08:40']);
  });
});

describe('a reading or a state at the gap\'s end (round 11)', () => {
  it.each([
    '- 08:40 p99 scan latency observed above 9 s on the depot cluster',
    '- 08:40 Li sees that the scan job is running but writing no rows',
    '- 08:40 Decision: stop the import. Job stopped, but the queued imports keep running.',
  ])('"%s" does not explain the gap before it', (end) => {
    expect(gaps(['- 08:05 On-call acknowledges the scan alert', end])).toEqual(['08:40']);
  });

  it.each([
    '- 08:40 After observing the queue for half an hour, Li restarts the consumer',
    '- 08:40 Re-import running since 08:06 finishes',
    '- 08:40 Scans held while the team was running the re-assessment',
  ])('hard negative: "%s" still explains it', (end) => {
    expect(gaps(['- 08:05 On-call acknowledges the scan alert', end])).toEqual([]);
  });
});

describe('the round-11 timeline patterns run in linear time', () => {
  it.each([
    ['12-hour range', (n: number) => `${'1:05 p.m. '.repeat(n / 10)}– 2:05`],
    ['first since', (n: number) => `first ${'slot '.repeat(n / 5)}after`],
  ])('%s: t(4n)/t(n) stays near 4', (_, input) => {
    // Repeated so that t(n) is well above the timer's noise.
    expect(growthRatio(input, (t) => { for (let k = 0; k < 20; k++) spanMinutes(t); })).toBeLessThan(12);
  });

  it('an end entry of many "is … running": t(4n)/t(n) stays near 4', () => {
    const doc = (n: number) => withSection('Timeline', `- 08:05 Job starts\n- 08:40 ${'is '.repeat(n / 3)}running`, GOOD_POSTMORTEM);
    expect(growthRatio(doc, (t) => lint(t))).toBeLessThan(12);
  });

  it('a timeline of many "first … after" entries: t(4n)/t(n) stays near 4', () => {
    const doc = (n: number) => withSection('Timeline', Array.from({ length: n / 60 }, (_, i) => `- ${String(8 + (i % 12)).padStart(2, '0')}:${String(i % 60).padStart(2, '0')} first slot after the change`).join('\n'), GOOD_POSTMORTEM);
    expect(growthRatio(doc, (t) => lint(t))).toBeLessThan(12);
  });
});
