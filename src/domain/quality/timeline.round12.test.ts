import { describe, expect, it } from 'vitest';
import { GOOD_POSTMORTEM, withSection } from '../../../test/factories/quality-doc.ts';
import { growthRatio } from '../../../test/support/cpu-time.ts';
import { parsePostmortem } from '../../formats/postmortem/parse-postmortem.ts';
import { DEFAULT_QUALITY_CONFIG, lintPostmortem } from './index.ts';

/**
 * Issue 16, round 12: what explains a gap. An entry that completes a run ("processing (running since 23:50)
 * completes") tells of the time before it, so at a gap's start its run words do not explain the time after it; a length
 * written as a modifier ("a 30-minute watch period", "on its 30-minute poll") explains a gap about as long as itself,
 * not one of another length ("two 5-minute windows" in a 22-minute gap).
 */
const lint = (text: string) => lintPostmortem(parsePostmortem(text).doc, text, { config: DEFAULT_QUALITY_CONFIG });
const gaps = (rows: readonly string[]): string[] => {
  const text = withSection('Timeline', rows.join('\n'), GOOD_POSTMORTEM);
  return lint(text).filter((f) => f.rule === 'timeline-gap').map((f) => text.split('\n')[f.line - 1]!.replace(/^- /, '').split(' ')[0]!);
};

describe('a completed run at a gap\'s start explains the time before it, not after (round 12)', () => {
  it('reports the overnight gap after "processing (running continuously since 23:50) completes"', () => {
    expect(gaps(['- 23:50 Bureau begins processing the collection run', '- 00:40 Bureau processing (running continuously since 23:50) completes; confirmation email sent', '- 07:45 Support opens the donor emails about double charges'])).toEqual(['07:45']);
  });

  it('reports the gap after "Reprocessing finished (the job ran for 42 minutes)"', () => {
    expect(gaps(['- 00:55 Reprocessing started', '- 01:37 Reprocessing finished (the job ran for 42 minutes); suspect flag removed', '- 02:05 Correction published'])).toEqual(['02:05']);
  });

  it('hard negative: a completion that says what runs on after it still explains ("done; the replay keeps running")', () => {
    expect(gaps(['- 00:55 Reprocessing started', '- 01:37 Backfill done; replay of the queue still running', '- 02:05 Correction published'])).toEqual([]);
  });

  it('hard negative: a start entry that is no completion keeps explaining by its run words', () => {
    expect(gaps(['- 00:40 Reindex running since 00:10, about half done', '- 01:20 Reindex complete'])).toEqual([]);
  });
});

describe('a length written as a modifier explains a gap as long as itself (round 12)', () => {
  it.each([
    ['- 00:50 Ayodele starts a 30-minute watch period', '- 01:20 Watch period over; incident closed'],
    ['- 18:21 v212 corrected and pushed to the controllers', '- 18:49 All gates accepting again; each controller picked up the file on its 30-minute poll'],
    ['- 01:37 Correction sent to the coastal authority', '- 02:05 Authority publishes the correction after their own 28-minute sign-off'],
  ])('"%s" / "%s": no gap', (a, b) => {
    expect(gaps([a, b])).toEqual([]);
  });

  it.each([
    ['- 14:09 Anomaly alert fires (it needs two 5-minute windows below threshold)', '- 14:31 On-call acknowledges the page'],
    ['- 07:47 Jonas finds the schedule list empty', '- 08:05 Jonas restores the schedule and decides to run an extra 4-hour cycle'],
  ])('hard negative: "%s" / "%s" names the size of something else: the gap stays', (a, b) => {
    expect(gaps([a, b])).toHaveLength(1);
  });
});

describe('what starts at a gap\'s end, what came as planned, lengths in words (round 12)', () => {
  it.each([
    ['- 09:47 First report in #dev-help', '- 10:15 Search Infra on-call starts investigating'],
    ['- 10:41 Mateus asks Sam which snapshot was used', '- 11:30 Decision: rebuild shards 40-63 from the live repository'],
  ])('"%s" / "%s": an activity that starts then does not explain the time before it', (a, b) => {
    expect(gaps([a, b])).toHaveLength(1);
  });

  it.each([
    ['- 01:03 Decision: restart the remaining gateways at the next planned micro-stop', '- 02:14 Gateways of line 3 restarted at the 02:10 micro-stop, as planned at 01:03'],
    ['- 14:47 gw-5 restarted', '- 14:58 After ten minutes watching gw-5 chargers reconnect, success rate is back above 99%'],
    ['- 14:02 First zero-total order placed', '- 14:09 Anomaly alert fires, seven minutes after the first zero-total order'],
  ])('hard negative: "%s" / "%s" says what the time was', (a, b) => {
    expect(gaps([a, b])).toEqual([]);
  });

  it('hard negative: at a gap\'s start, "as planned" and a length that reaches back do not explain the time after', () => {
    expect(gaps(['- 02:14 Gateways of line 3 restarted, as planned', '- 02:58 Gateways of line 4 restarted'])).toEqual(['02:58']);
    expect(gaps(['- 14:09 Anomaly alert fires, seven minutes after the first order', '- 14:31 On-call acknowledges the page'])).toEqual(['14:31']);
  });

  it('hard negative: an entry still investigating at a gap\'s end explains it', () => {
    expect(gaps(['- 09:47 First report in #dev-help', '- 10:15 Mateus, still investigating, finds the stale shards'])).toEqual([]);
  });
});

describe('linear time (round 12)', () => {
  it('an end entry of many "starts" and a start entry of many "ten minutes after": t(4n)/t(n) stays near 4', () => {
    const doc = (n: number) => withSection('Timeline', `- 08:05 ${'ten minutes after '.repeat(n / 36)}\n- 08:40 ${'starts '.repeat(n / 14)}`, GOOD_POSTMORTEM);
    expect(growthRatio(doc, (t) => lint(t))).toBeLessThan(12);
  });

  it('a start entry of many parentheses and "ran for" after a completion: t(4n)/t(n) stays near 4', () => {
    const doc = (n: number) => withSection('Timeline', `- 08:05 Job starts\n- 08:40 Job completes ${'(ran for 5 min) '.repeat(n / 16)}\n- 10:00 Review`, GOOD_POSTMORTEM);
    expect(growthRatio(doc, (t) => lint(t))).toBeLessThan(12);
  });

  it('an entry of many "30-minute" lengths: t(4n)/t(n) stays near 4', () => {
    const doc = (n: number) => withSection('Timeline', `- 08:05 Job starts\n- 08:40 ${'a 30-minute wait '.repeat(n / 17)}`, GOOD_POSTMORTEM);
    expect(growthRatio(doc, (t) => lint(t))).toBeLessThan(12);
  });
});
