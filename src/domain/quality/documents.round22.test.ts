import { describe, expect, it } from 'vitest';
import { parsePostmortem } from '../../formats/postmortem/parse-postmortem.ts';
import { scanLeading } from '../../formats/postmortem/time-scan.ts';
import { DEFAULT_QUALITY_CONFIG, lintPostmortem } from './index.ts';

/**
 * Issue 16, round 22: the document rules on whole post-mortems in the shapes of this round — a month and day with no
 * year in a timeline's time column ("09-04 08:15"), a date-only row, an approximate clock after the date, a length that
 * is a setting's value.
 */
const lint = (text: string) => lintPostmortem(parsePostmortem(text).doc, text, { config: DEFAULT_QUALITY_CONFIG });
const rules = (md: string, rule: string) => lint(md).filter((f) => f.rule === rule).map((f) => f.line);
const table = (rows: string[]) => ['## Timeline', '', '| Time (CET) | Event |', '|---|---|', ...rows].join('\n');

describe('a month and day with no year in a time column (round 22)', () => {
  it('reads "MM-DD HH:MM" as a day and a clock, "~" after the date as approximate', () => {
    expect(scanLeading('11-03 14:05')).toMatchObject({ month: 11, day: 3, hour: 14, minute: 5, approx: false });
    expect(scanLeading('11-04 ~07:30')).toMatchObject({ month: 11, day: 4, hour: 7, minute: 30, approx: true });
    expect(scanLeading('27-03 09:10')).toMatchObject({ month: 3, day: 27, hour: 9 });
  });

  it('hard negative: a count or range of numbers is no date', () => {
    expect(scanLeading('10-12 people called the desk')).toBeNull();
    expect(scanLeading('3-4 minutes later')).toBeNull();
  });

  it('finds the gap within a day and the imprecise rows, and no order error across days', () => {
    const md = table([
      '| 11-03 14:05 | Payroll export queued for the 212 shop staff |',
      '| 11-03 14:09 | Export reaches the bank portal |',
      '| 11-04 07:30 | Morning reconciliation shows 40 payslips missing |',
      '| 11-04 07:51 | Ilse Varga raises the issue with the payroll vendor |',
      '| 11-05 ~09:00 | Vendor sends the corrected file |',
      '| 11-06 | All staff paid |',
    ]);
    expect(rules(md, 'timeline-order')).toEqual([]);
    expect(rules(md, 'timeline-gap')).toEqual([8]);
    expect(rules(md, 'timeline-precision')).toEqual([9, 10]);
  });
});

describe('a length that is a setting\'s value (round 22)', () => {
  it('does not read "resetting the poll interval to 45 min" as time that passed', () => {
    const md = table(['| 10:02 | Sensor report shows 18 hives offline |', '| 10:17 | Decision to push a config resetting the poll interval to 45 min |']);
    expect(rules(md, 'timeline-gap')).toEqual([6]);
  });

  it('hard negative: a length that passed still explains the gap', () => {
    const md = table(['| 10:02 | Sensor report shows 18 hives offline |', '| 10:17 | After 15 min of checking gateways, the team pushes a config |']);
    expect(rules(md, 'timeline-gap')).toEqual([]);
  });

  it('hard negative: a poll\'s period that matches the gap still says what the time was', () => {
    const md = table(['| 10:02 | Config v9 published |', '| 10:17 | The hive gateways pick it up (they poll every 15 minutes) |']);
    expect(rules(md, 'timeline-gap')).toEqual([]);
  });
});

describe('what backs a root cause or an impact (round 22)', () => {
  it('does not take a comment asking for links as evidence', () => {
    const md = ['## Impact', '', 'Riders at two depots could not top up their passes.', '<!-- add links to logs / the refund sheet here -->', '', '## Root cause', '', 'The top-up service lost its database connection.'].join('\n');
    expect(rules(md, 'no-evidence')).toEqual([1, 6]);
  });

  it('does not take an export\'s empty HTML anchor as evidence', () => {
    const md = ['## Impact', '', '<a id="org4c1d9e2"></a>', 'Riders at two depots could not top up their passes.', '', '## Root cause', '', 'The top-up service lost its database connection.'].join('\n');
    expect(rules(md, 'no-evidence')).toEqual([1, 6]);
  });

  it('reports a document with neither a root cause nor an impact section and nothing cited on line 1', () => {
    const md = ['## What happened', '', 'Top-ups failed for the morning at two depots.', '', '## Timeline', '', '- 07:10 Top-ups fail', '- 07:12 Decision: switch the depots to paper passes'].join('\n');
    expect(rules(md, 'no-evidence')).toEqual([1]);
  });

  it('hard negative: the same document with a dashboard link is backed', () => {
    const md = ['## What happened', '', 'Top-ups failed for the morning at two depots ([dashboard](https://grafana.example/d/topups)).', '', '## Timeline', '', '- 07:10 Top-ups fail'].join('\n');
    expect(rules(md, 'no-evidence')).toEqual([]);
  });
});

describe('times not known, in more shapes (round 22)', () => {
  it('reads a known hour with unknown minutes as a time not known', () => {
    expect(scanLeading('16:4? Ferry desk reopens')).toMatchObject({ hour: null, unknown: true });
    expect(scanLeading('08:xx Ferry desk reopens')).toMatchObject({ hour: null, unknown: true });
  });

  it('hard negative: a full clock, and a clock with one digit missing that is no slot ("12:3")', () => {
    expect(scanLeading('16:40 Ferry desk reopens')).toMatchObject({ hour: 16, minute: 40, unknown: false });
    expect(scanLeading('12:3 ferries')).toBeNull();
  });

  it('reads "about" in other languages as approximate', () => {
    expect(scanLeading('verso le 07:45 — il traghetto riparte')).toMatchObject({ hour: 7, minute: 45, approx: true });
    expect(scanLeading('hacia las 07:45 el ferry sale')).toMatchObject({ hour: 7, approx: true });
  });

  it('reports a stand-in time cell and "later that evening" as imprecise', () => {
    const md = table(['| 18:02 | Ferry desk closes early |', '| TBD | Harbour master reopens the berth |']);
    expect(rules(md, 'timeline-precision')).toEqual([6]);
    const list = ['## Timeline', '', '- 18:02 — Ferry desk closes early', '- later that evening — harbour master reopens the berth'].join('\n');
    expect(rules(list, 'timeline-precision')).toEqual([4]);
  });

  it('hard negative: an empty time cell beside no event is no entry', () => {
    const md = table(['| 18:02 | Ferry desk closes early |', '| TBD |  |']);
    expect(rules(md, 'timeline-precision')).toEqual([]);
  });
});
