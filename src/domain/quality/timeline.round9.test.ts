import { describe, expect, it } from 'vitest';
import { GOOD_POSTMORTEM, withSection } from '../../../test/factories/quality-doc.ts';
import { parsePostmortem } from '../../formats/postmortem/parse-postmortem.ts';
import { DEFAULT_QUALITY_CONFIG, lintPostmortem } from './index.ts';

/**
 * Issue 16, round 9: the detection is the entry where someone becomes aware of the problem, in whatever tense the
 * writer keeps ("notices", "saw", "sees", "reports", "first customer complaint"); declaring an incident is a decision;
 * a due date in words in an HTML action table's due column is a due date.
 */
const lint = (text: string) => lintPostmortem(parsePostmortem(text).doc, text, { config: DEFAULT_QUALITY_CONFIG });
const count = (text: string, rule: string): number => lint(text).filter((f) => f.rule === rule).length;
const timeline = (rows: readonly string[]): string => withSection('Timeline', `| Time (UTC) | Event |\n|---|---|\n${rows.map((r) => `| ${r} |`).join('\n')}`, GOOD_POSTMORTEM);

describe('the detection in the timeline, in any tense (round 9)', () => {
  it.each([
    'Parish administrator notices the total is wrong and calls Daniel',
    'Night shift saw the fridge screen show 14 units',
    'Data center operator sees the gaps in the overview',
    'Grower reports low CO2 on the crop walk',
    'First customer complaint on chat: cannot book the sailing',
  ])('reads "%s" after the start as the detection: the lag can be read off', (detection) => {
    expect(count(timeline(['09:58 | Secret rotated in the dashboard', `12:47 | ${detection}`, '12:58 | New secret deployed']), 'detection-lag')).toBe(0);
  });

  it('hard negative: no entry where anyone becomes aware of the problem still reports the lag', () => {
    expect(count(timeline(['09:58 | Secret rotated in the dashboard', '12:52 | Daniel finds the rejected webhooks in the log', '12:58 | New secret deployed']), 'detection-lag')).toBe(1);
  });

  it('hard negative: a report in the first entry has no start before it', () => {
    expect(count(timeline(['12:47 | Administrator reports the total is wrong', '12:52 | Daniel finds the rejected webhooks', '12:58 | New secret deployed']), 'detection-lag')).toBe(1);
  });
});

describe('declaring an incident is a decision point (round 9)', () => {
  const rows = ['06:00 | Morning shift starts', '06:07 | Rui raises a ticket and calls the duty manager', '06:14 | Li confirms the value in the rule set'];
  it('reads "Sam declares an incident" as a decision', () => {
    expect(count(timeline([...rows, '06:10 | Sam declares an incident and opens the bridge'].sort()), 'timeline-decision-points')).toBe(0);
  });

  it('hard negative: a timeline with no decision still reports it', () => {
    expect(count(timeline(rows), 'timeline-decision-points')).toBe(1);
  });
});

describe('a due date in words in an HTML action table (round 9)', () => {
  const actions = (due: string): string =>
    withSection(
      'Action Items',
      `<table>\n<tr><th>#</th><th>Action</th><th>Owner</th><th>Due</th></tr>\n<tr><td>1</td><td>Show a highlighted diff of the rate table on the approval screen</td><td>Joanna Kowalczyk</td><td>${due}</td></tr>\n</table>`,
      GOOD_POSTMORTEM,
    );

  it('reads "end of November 2026" in the Due column as a due date', () => {
    expect(count(actions('end of November 2026'), 'action-item-due')).toBe(0);
  });

  it('hard negative: "TBD" in the Due column is no due date', () => {
    expect(count(actions('TBD'), 'action-item-due')).toBe(1);
  });
});

describe('a gap the writer explains by naming the interval (round 9)', () => {
  const gaps = (rows: readonly string[]): number => count(timeline(rows), 'timeline-gap');

  it.each([
    '17:00 | Letter batch held. Between 11:10 and 17:00 the manual team worked through the list',
    '17:00 | Letter batch held; the manual team worked through the list from 11:10',
    '17:00 | Letter batch held; the last hour went on five files that needed documents',
    '17:00 | Letter batch held while the team was running the re-assessment',
    '17:00 | Re-assessment of the 212 applications finished',
  ])('reads "%s" as explained', (row) => {
    expect(gaps(['11:10 | Manual team starts re-assessing the declined applications', row])).toBe(0);
  });

  it('reads an entry with an imprecise time between the two as filling the gap (timeline-precision reports it)', () => {
    expect(gaps(['06:40 | First complaint on chat', '~07:30 | Customer service escalated to the on-call', '07:34 | On-call acknowledged the page'])).toBe(0);
  });

  it('hard negative: a completion at the start of the gap says nothing of what followed', () => {
    expect(gaps(['05:58 | Import finished, one warning in the log', '06:40 | First customer complaint on chat'])).toBe(1);
  });

  it('hard negative: a "while" that only joins two facts explains nothing', () => {
    expect(gaps(['10:02 | Webhook rejected by the app', '12:47 | Administrator notices the total is £310 while the plate count is higher'])).toBe(1);
  });

  it('hard negative: a clock time that names no interval ("cannot book the 06:40 sailing") explains nothing', () => {
    expect(gaps(['05:58 | Import job exited', '06:40 | First complaint: cannot book the 06:40 sailing'])).toBe(1);
  });
});

describe('an "Until" column holds the due date (round 9)', () => {
  const actions = (until: string): string =>
    withSection('Action Items', `| Nr. | Measure | Responsible | Until |\n|---|---|---|---|\n| 1 | Block manual entry of digitiser config in the firmware settings | A. Brunner | ${until} |`, GOOD_POSTMORTEM);
  it.each(['Q4', '30.11.2026'])('reads "%s" under "Until" as a due date', (until) => {
    expect(count(actions(until), 'action-item-due')).toBe(0);
  });
  it('hard negative: an empty "Until" cell is no due date', () => {
    expect(count(actions(' '), 'action-item-due')).toBe(1);
  });
});

describe('a month alone or an event ahead under a due label (round 9)', () => {
  const item = (fields: string): string =>
    withSection('Action Items', `1. Add an EU-West queue p95 > 3 min alert to the PagerDuty service "matchmaking" (${fields})`, GOOD_POSTMORTEM);
  it.each(['owner: Aylin Demir, due: December', 'owner: Aylin Demir, due: December 2026', 'Owner: Mathilde Roux — Due: before the next season opening'])(
    'reads "%s" as a due date',
    (fields) => {
      expect(count(item(fields), 'action-item-due')).toBe(0);
    },
  );
  it.each(['owner: Aylin Demir, due: -', 'owner: Aylin Demir, due: soon', 'owner: Aylin Demir, due: before anyone asks'])('hard negative: "%s" gives no due date', (fields) => {
    expect(count(item(fields), 'action-item-due')).toBe(1);
  });
});

describe('a Markdown escape in an action table cell is the character it escapes (round 9)', () => {
  const row = (due: string): string =>
    withSection('Action Items', `| Action | Owner | Due |\n|---|---|---|\n| Reject any hour above 23 in timetable\\_import | Jon Halvorsen | ${due} |`, GOOD_POSTMORTEM);
  it('reads an escaped dash "\\-" in the Due column as no due date', () => {
    expect(count(row('\\-'), 'action-item-due')).toBe(1);
  });
  it('hard negative: an escaped date "2026\\-11\\-27" is a due date', () => {
    expect(count(row('2026\\-11\\-27'), 'action-item-due')).toBe(0);
  });
});
