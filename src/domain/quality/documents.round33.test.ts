import { describe, expect, it } from 'vitest';
import { growthRatio } from '../../../test/support/cpu-time.ts';
import { withSection } from '../../../test/factories/quality-doc.ts';
import { parsePostmortem } from '../../formats/postmortem/parse-postmortem.ts';
import { classifyHeading, normaliseHeading } from '../../formats/postmortem/section-names.ts';
import { DEFAULT_QUALITY_CONFIG, lintPostmortem, scorePostmortem } from './index.ts';
import { placeholdersIn } from './placeholder.patterns.ts';

/**
 * Issue 16, round 33 (documents): approximate times in more languages and forms ("kolem 15:00", "15 óra körül",
 * "오후 3시쯤", "around 0230", an ideographic space after "15時ごろ"); an Org-mode stamp's weekday between its date and
 * clock; a second part all but lost holding the score further than the weakest alone; brackets and braces that are
 * values, not slots (a chat copy's "[3/3 2:05 PM]", a status "[RESOLVED]", Jira's monospace "{{CLM-PAY-DAILY}}"); gaps
 * filled by a check and its verdict, by "no page yet" under a threshold, by "still" in another language (and not by the
 * first of something to happen, which writers leave to be explained). Every sentence here is written for the test.
 */
const lint = (text: string) => {
  const { doc } = parsePostmortem(text);
  return { doc, findings: lintPostmortem(doc, text, { config: DEFAULT_QUALITY_CONFIG }) };
};
const linesOf = (text: string, rule: string) => lint(text).findings.filter((f) => f.rule === rule).map((f) => f.line);
const doc = (lines: string[]) => ['# Outage', '', '## Timeline', '', ...lines, '', '## Root cause', '', 'A cache key changed.'].join('\n');
const table = (rows: string[]) => doc(['| Time | Event |', '|---|---|', ...rows]);

describe('approximate times in more languages and forms (round 33)', () => {
  it.each([
    ['- kolem 14:00 — první hovory na lince podpory.', '- 14:20 — on-call přebírá incident.'],
    ['- around 0210 — the dispatch screens stall.', '- 02:25 — IT on-call paged.'],
    ['- sometime after 2 — the courier arrives at the depot.', '- 14:25 — the courier scans the crates.'],
    ['- shortly after midnight the guard locks the gate.', '- 00:40 — the alarm panel goes quiet.'],
    ['- 14時ごろ\u3000窓口から問い合わせが増える', '- 14:20\u3000当番が調査を開始'],
    ['- लगभग 2 बजे — login dheema hua', '- 14:20 — team ne pool badhaya'],
  ])('"%s" is an entry whose time is not precise', (a, b) => {
    const text = doc([a, b]);
    expect(lint(text).doc.timeline.entries).toHaveLength(2);
    expect(linesOf(text, 'timeline-precision')).toEqual([5]);
  });
  it.each([
    ['| rond 14.00 uur | Klantenservice meldt de eerste klachten. |'],
    ['| 14 óra körül | A pénztárak lassulnak. |'],
    ['| khoảng 14 giờ | Khách hàng phản ánh lỗi thanh toán. |'],
    ['| 오후 2시쯤 | 배차 지연 시작 |'],
    ['| délután | A hiba megszűnik. |'],
  ])('the time cell "%s" is read as an imprecise time', (row) => {
    const text = table([row, '| 14:30 | On-call acknowledges the page. |']);
    expect(lint(text).doc.timeline.entries).toHaveLength(2);
    expect(linesOf(text, 'timeline-precision')).toEqual([7]);
  });
  it.each([
    ['- 14:05 — první hovory na lince podpory.', '- 14:20 — on-call přebírá incident.'],
    ['- after 2 retries the worker gives up.', '- 14:25 — the courier scans the crates.'],
    ['| 14.00 uur | Klantenservice meldt de eerste klachten. |', '| 14:30 | On-call acknowledges the page. |'],
  ])('"%s": a precise time, or a count, is not reported', (a, b) => {
    const text = a.startsWith('|') ? table([a, b]) : doc([a, b]);
    expect(linesOf(text, 'timeline-precision')).toEqual([]);
  });
});

describe('a chat copy\'s day and month before its clock (round 33)', () => {
  it('"[4/11 9:41 AM] Name" headers are entries at their clock, so one out of place is out of order', () => {
    const text = doc(['[4/11 9:41 AM] Lindqvist, Sara', 'queue is growing', '', '[4/11 9:58 AM] Brandt, Ole', 'restarting the consumer', '', '[4/11 9:50 AM] Lindqvist, Sara', 'still growing']);
    expect(linesOf(text, 'timeline-order')).toEqual([11]);
  });
  it('a fraction with no clock after it ("3/4 of the nodes") is no date', () => {
    expect(lint(doc(['- 3/4 of the nodes restart', '- 09:58 — consumer restarted'])).doc.timeline.entries.map((e) => e.asWritten)).toEqual(['09:58']);
  });
});

describe('an Org-mode stamp with its weekday (round 33)', () => {
  it('"<2027-04-06 Tue 10:05>" and "[2027-04-06 Tue 10:09]" are entries at their clock, not date-only rows', () => {
    const text = doc(['- <2027-04-06 Tue 10:05> Payroll export starts.', '- [2027-04-06 Tue 10:09] Export fails on row 4,112.']);
    const { doc: d } = lint(text);
    expect(d.timeline.entries.map((e) => e.precision)).toEqual(['minute', 'minute']);
    expect(linesOf(text, 'timeline-precision')).toEqual([]);
  });
  it('a stamp with no clock ("<2027-04-06 Tue>") is still a date-only row', () => {
    const text = doc(['- <2027-04-06 Tue> Payroll export starts.', '- [2027-04-06 Tue 10:09] Export fails on row 4,112.']);
    expect(linesOf(text, 'timeline-precision')).toEqual([5]);
  });
});

describe('score: a second part all but lost holds the document further (round 33)', () => {
  const BLAMES = 'Nadia should have checked the host list. Ken dropped the ball on the review. The DBA was careless with the restore.';
  const SURFACE = 'The root cause was a typo in the config file.';
  const scored = (text: string) => {
    const { doc: d, findings } = lint(text);
    const result = scorePostmortem(findings, d);
    return { score: result.score, cat: Object.fromEntries(result.breakdown.map((b) => [b.category, b])) };
  };

  it('blaming in three sentences and a root cause stopping at the trigger scores under 50 (and above an untouched template), and says both parts hold it', () => {
    const s = scored(withSection('Root Cause', SURFACE, withSection('Summary', BLAMES)));
    expect(s.cat['blameless']?.points).toBe(0);
    expect(s.score).toBeLessThan(45);
    expect(s.score).toBeGreaterThan(30);
    expect(Object.values(s.cat).some((b) => /and the next \(root cause/.test(b.because))).toBe(true);
  });
  it('blaming and one vague item of two (the action items weak, not lost) is held by the blaming alone', () => {
    const items = ['| Action | Owner | Due |', '|---|---|---|', '| Alert on `orders_lag_seconds` > 120 for 5 min | @ops | 2027-05-01 |', '| Improve resilience | @ops | 2027-05-01 |'].join('\n');
    const s = scored(withSection('Action Items', items, withSection('Summary', BLAMES)));
    expect(Object.values(s.cat).some((b) => /and the next/.test(b.because))).toBe(false);
  });
  it('blaming alone, every other part sound, is held to 50 as before', () => {
    const s = scored(withSection('Summary', BLAMES));
    expect(s.score).toBe(50);
    expect(Object.values(s.cat).some((b) => /and the next/.test(b.because))).toBe(false);
  });
});

describe('brackets and braces that hold values, not slots (round 33)', () => {
  it.each([
    '[4/11 9:41 AM] Lindqvist, Sara: the queue is draining',
    '| Status | [CLOSED] |',
    'The nightly job {{INV-SYNC-NIGHTLY}} ran twice.',
    'Raise {{ORDER_QUEUE_LIMIT}} to 400.',
  ])('"%s" has no placeholder', (line) => {
    expect(placeholdersIn(line, new Set())).toEqual([]);
  });
  it.each([
    // Round 38: a bracket of digits alone ("[4/11]", "[7/9]") is a count or a date, no prompt; a worded slot still is.
    ['[date] the queue is draining', '[date]'],
    ['| Status | [STATUS] |', '[STATUS]'],
    ['Dear {{customer_name}}, your order is late.', '{{customer_name}}'],
    ['{{affected service}} was down', '{{affected service}}'],
  ])('"%s" still has its slot', (line, slot) => {
    expect(placeholdersIn(line, new Set())).toEqual([slot]);
  });
});

describe('gaps filled by what the entries say (round 33)', () => {
  it.each([
    [['- 10:20 — Restore complete; Oskar runs the 25 checksum queries.', '- 10:31 — Checksums pass; traffic switched back.'], 'a check run at the start and its verdict at the end'],
    [['- 10:20 — First error in the log. No page yet: the error rate is under the 2% threshold.', '- 10:31 — Alert fires.'], 'no page yet under a threshold'],
    [['- 10:20 — De import start.', '- 10:31 — De import loopt nog steeds zonder fouten.'], '"still" in Dutch at the end'],
  ])('%j: no gap (%s)', (lines) => {
    expect(linesOf(doc(lines), 'timeline-gap')).toEqual([]);
  });
  it.each([
    [['- 10:20 — Restore complete; Oskar reviews the change log.', '- 10:31 — Checksums pass; traffic switched back.'], 'a verdict with no check started'],
    [['- 10:20 — First error in the log.', '- 10:31 — Alert fires.'], 'nothing said of the time'],
    [['- 10:20 — De import start.', '- 10:31 — De import meldt fouten.'], 'no "still"'],
    [['- 10:20 — Vendor applies the firmware patch.', '- 10:31 — First malformed reading reaches the parser.'], 'the first of something to happen: the unseen time is the gap to explain'],
  ])('%j: a gap (%s)', (lines) => {
    expect(linesOf(doc(lines), 'timeline-gap')).toEqual([6]);
  });
});

describe('an Org-mode deadline stamp is an action item\'s due date (round 33)', () => {
  const org = [
    '#+TITLE: Outage', '', '* Summary', '', 'The sync stopped.', '', '* Action items',
    '** TODO Page the on-call when `sync-dlq` holds a message for 5 minutes', '   SCHEDULED: later', '   :PROPERTIES:', '   :OWNER: Ana Ruiz', '   :END:',
    '** TODO Add a contract test for the cancellation event', '   SCHEDULED: <2027-05-10 Mon> DEADLINE: <2027-05-14 Fri>', '   :PROPERTIES:', '   :OWNER: Ana Ruiz', '   :END:',
  ].join('\n');
  it('"DEADLINE: <2027-05-14 Fri>" dates its item; the item whose planning line has no deadline stays undated', () => {
    expect(linesOf(org, 'action-item-due')).toEqual([8]);
  });
});

describe('a heading opening with the Turkish capital İ (round 33)', () => {
  it('"İyi Giden Şeyler" is the what-went-well section, read as one word "iyi"', () => {
    expect(normaliseHeading('İyi Giden Şeyler')).toBe('iyi giden şeyler');
    expect(classifyHeading('İyi Giden Şeyler')).toBe('whatWentWell');
  });
  it('"İyileştirme Alanları" (areas to improve) is not', () => {
    expect(classifyHeading('İyileştirme Alanları')).not.toBe('whatWentWell');
  });
});

describe('linear time on the round 33 forms', () => {
  it('"around" words, stamps, checks and firsts stay linear on long runs', () => {
    const t = (n: number) =>
      `## Timeline\n\n- ${'kolem '.repeat(n)}14:00 — a\n- <2027-04-06 ${'Tue '.repeat(n)}10:05> b\n- 10:20 runs ${'the '.repeat(n)}checks\n- 10:40 ${'first '.repeat(n)}pass\n- ${'shortly before '.repeat(n)}midnight c\n- 11:00 ${'{{A_'.repeat(n)}}} [${'3/3 '.repeat(n)}2:05 PM]\n`;
    expect(growthRatio(t, (s) => lint(s), { from: 100, upTo: 8000 })).toBeLessThan(12);
  });
});
