import { describe, expect, it } from 'vitest';
import { GOOD_POSTMORTEM, withSection } from '../../../test/factories/quality-doc.ts';
import { parsePostmortem } from '../../formats/postmortem/parse-postmortem.ts';
import { DEFAULT_QUALITY_CONFIG, lintPostmortem } from './index.ts';

/**
 * Issue 16, round 38: timelines read by shape. A date on a heading or a line of prose above clocked entries is their day,
 * not an imprecise event; a table's event is its longest event column; a gap's end is every row at that instant; a
 * length of exactly the gap stated at its start explains it.
 */
const lint = (text: string) => lintPostmortem(parsePostmortem(text).doc, text, { config: DEFAULT_QUALITY_CONFIG });
const found = (rule: string, body: string): string[] => {
  const text = withSection('Timeline', body, GOOD_POSTMORTEM);
  return lint(text).filter((f) => f.rule === rule).map((f) => text.split('\n')[f.line - 1]!.trim());
};

describe('a date above clocked entries is their day, not an imprecise event (round 38)', () => {
  it('does not report a prose line "All times UTC, 12 March 2024." above a table of clock times', () => {
    const body = ['All times UTC, 12 March 2024.', '', '| Time | Event |', '|---|---|', '| 10:02 | Alert fires |', '| 10:05 | On-call acknowledges |'].join('\n');
    expect(found('timeline-precision', body)).toEqual([]);
  });

  it('does not report a heading "### 2027-03-14 (Sunday)" above list entries', () => {
    const body = ['### 2027-03-14 (Sunday)', '', '- **23:10** — Rollout starts', '- **23:14** — First gateway reboots'].join('\n');
    expect(found('timeline-precision', body)).toEqual([]);
  });

  it('hard negative: a date-only table row with its own event is still reported', () => {
    const body = ['| Time | Event |', '|---|---|', '| 2026-02-10 | Daily limit raised in the signing policy |', '| 06:15 | Signing service rejects batch 88121 |', '| 06:18 | Alert fires |'].join('\n');
    expect(found('timeline-precision', body)).toEqual(['| 2026-02-10 | Daily limit raised in the signing policy |']);
  });
});

describe('a table tells its event in the longest of its event columns (round 38)', () => {
  it('reads "What happened" beside "Who / what", so its "monitoring continues" explains the gap after it', () => {
    const body = [
      '| UTC | PDT | Who / what | What happened and what was known |',
      '|---|---|---|---|',
      '| 00:28 | 17:28 | Matchmaker | Median queue time back under 60 s; customer impact ends. |',
      '| 00:33 | 17:33 | Tomás | Region shift reverted; monitoring continues. |',
      '| 01:03 | 18:03 | Jonas | Queue times normal at the evening peak; incident closed. |',
    ].join('\n');
    expect(found('timeline-gap', body)).toEqual([]);
  });

  it('hard negative: the gap is reported when the long column says nothing of the time', () => {
    const body = [
      '| UTC | PDT | Who / what | What happened and what was known |',
      '|---|---|---|---|',
      '| 00:28 | 17:28 | Matchmaker | Median queue time back under 60 s; customer impact ends. |',
      '| 00:33 | 17:33 | Monitoring | Region shift reverted by the live-ops console. |',
      '| 01:03 | 18:03 | Jonas | Queue times normal at the evening peak; incident closed. |',
    ].join('\n');
    expect(found('timeline-gap', body)).toHaveLength(1);
  });
});

describe('a gap ends at every row of its last instant, and a length said at its start explains it (round 38)', () => {
  it('reads the second row at the same time ("09:02 … no activity in the engine")', () => {
    const body = ['- 08:44 — Patch complete; vendor reports a clean restart.', '- 09:02 — First result lands in the error queue.', '- 09:02 — No alert on the queue depth, so no activity in the engine until support calls.'].join('\n');
    expect(found('timeline-gap', body)).toEqual([]);
  });

  it('hard negative: a row at a later time does not end the gap', () => {
    const body = ['- 08:44 — Patch complete; vendor reports a clean restart.', '- 09:02 — First result lands in the error queue.', '- 09:03 — No activity in the engine until support calls.'].join('\n');
    expect(found('timeline-gap', body)).toEqual(['- 09:02 — First result lands in the error queue.']);
  });

  it('explains a gap by its length stated at its start, in any language ("de följande 19 minuterna")', () => {
    const body = ['| Tid | Händelse |', '|---|---|', '| 08.55 | Under de följande 19 minuterna stiger minnet stadigt. |', '| 09.14 | Klustret når maxmemory. |'].join('\n');
    expect(found('timeline-gap', body)).toEqual([]);
  });

  it('hard negative: a length of another size at the start, or one that reaches back, does not explain it', () => {
    const other = ['| Time | Event |', '|---|---|', '| 08:55 | Memory at 10.9 of 12 GB after 12 dashboards load. |', '| 09:14 | Cluster reaches maxmemory. |'].join('\n');
    const back = ['| Time | Event |', '|---|---|', '| 08:55 | Alert fires 19 minutes after the deploy. |', '| 09:14 | Cluster reaches maxmemory. |'].join('\n');
    expect(found('timeline-gap', other)).toHaveLength(1);
    expect(found('timeline-gap', back)).toHaveLength(1);
  });
});
