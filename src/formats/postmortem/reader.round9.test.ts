import { describe, expect, it } from 'vitest';
import { growthRatio } from '../../../test/support/cpu-time.ts';
import { readHtmlTable } from './html-table.ts';
import { classifyHeading } from './section-names.ts';
import { parsePostmortem } from './parse-postmortem.ts';

/**
 * Issue 16, round 9: what the reader counts as a timeline entry and as a table. A code block of log lines quoted next
 * to a table or list of entries is evidence, not entries; an HTML table (`<table><tr><td>`) is read as a table, so its
 * rows are timeline entries or action items like a pipe table's.
 */
const doc = (timeline: string, actions = '| Action | Owner | Due |\n|---|---|---|\n| Add an alert on `disk_free_bytes < 10%` | @ana | 2026-12-20 |'): string =>
  `# Disk full on render scratch\n\n## Summary\n\nThe scratch volume filled.\n\n## Timeline (UTC)\n\n${timeline}\n\n## Root cause\n\nNo quota between workloads.\n\n## Action items\n\n${actions}\n`;
const entries = (md: string): string[] => parsePostmortem(md).doc.timeline.entries.map((e) => e.asWritten);

const TABLE = '| Time | Event |\n|---|---|\n| 22:30 | Sim submitted |\n| 01:12 | Volume at 100%, renders fail |\n| 05:40 | Operator notices failed frames |';
const LOG = '```\n2026-11-25T01:12:07Z worker ERROR ENOSPC\n2026-11-25T05:49:30Z sched job SUSPENDED\n```';

describe('a log excerpt in a timeline section is evidence, not entries (round 9)', () => {
  it('reads only the table rows when a code block of timestamped log lines follows the table', () => {
    expect(entries(doc(`${TABLE}\n\n${LOG}`))).toEqual(['22:30', '01:12', '05:40']);
  });

  it('reads only the list items when a code block precedes a bullet timeline', () => {
    expect(entries(doc(`${LOG}\n\n- 22:30 Sim submitted\n- 01:12 Volume at 100%`))).toEqual(['22:30', '01:12']);
  });

  it('hard negative: a timeline written only as a code block is still read from it', () => {
    expect(entries(doc('```\n14:02 deploy of v2.3 starts\n14:09 error rate at 12%\n14:15 rollback done\n```'))).toEqual(['14:02', '14:09', '14:15']);
  });
});

const HTML_TIMELINE = [
  '<table>',
  '<tr><th>Time</th><th>Event</th></tr>',
  '<tr><td>06:00</td><td>Broker certificate expires</td></tr>',
  '<tr><td>06:31</td><td>Terminal ops noticed <b>sway alarms</b> missing &amp; called IT</td></tr>',
  '<tr><td>08:00</td><td>New certificate installed</td></tr>',
  '</table>',
].join('\n');

describe('an HTML table is read as a table (round 9)', () => {
  it('reads each <tr> of an HTML timeline as an entry on its own line, with tags dropped and entities decoded', () => {
    const d = parsePostmortem(doc(HTML_TIMELINE)).doc;
    expect(d.timeline.entries.map((e) => [e.asWritten, e.text, e.line])).toEqual([
      ['06:00', 'Broker certificate expires', 11],
      ['06:31', 'Terminal ops noticed sway alarms missing & called IT', 12],
      ['08:00', 'New certificate installed', 13],
    ]);
  });

  it('reads an HTML action table\'s rows as items with their owner and due date', () => {
    const actions = '<table>\n<tr><th>#</th><th>Action</th><th>Owner</th><th>Due</th></tr>\n<tr><td>1</td><td>Add a checksum to the rate-table loader</td><td>Pieter Vogel</td><td>2026-11-20</td></tr>\n</table>';
    const items = parsePostmortem(doc(TABLE, actions)).doc.actionItems;
    expect(items.map((i) => [i.text, i.owner, i.due])).toEqual([['Add a checksum to the rate-table loader', 'Pieter Vogel', '2026-11-20']]);
  });

  it('hard negative: an HTML block that is no table (<details>, <aside>) gives no rows', () => {
    expect(readHtmlTable('<details>\n<summary>Logs</summary>\n<td>06:00</td>\n</details>', 0)).toBeNull();
    expect(entries(doc(`${TABLE}\n\n<aside>\n06:45 is when the backup ran\n</aside>`))).toEqual(['22:30', '01:12', '05:40']);
  });

  it('hard negative: a table of <td> rows without a <th> row has no header and keeps every row', () => {
    expect(readHtmlTable('<table>\n<tr><td>06:00</td><td>a</td></tr>\n<tr><td>06:10</td><td>b</td></tr>\n</table>', 4)).toEqual({
      header: [],
      rows: [
        { cells: ['06:00', 'a'], line: 5 },
        { cells: ['06:10', 'b'], line: 6 },
      ],
    });
  });
});

describe('the HTML table reader is linear (round 9)', () => {
  it.each([
    ['unclosed cells', (n: number) => `<table>${'<tr><td <th '.repeat(n / 12)}`],
    ['rows without cells before one cell', (n: number) => `<table>${'<tr>'.repeat(n / 4)}<td>x</td>`],
    ['cells without a closing >', (n: number) => `<table><tr>${'<td '.repeat(n / 4)}`],
  ])('t(4n) / t(n) stays under 12 on %s', (_, make) => {
    expect(growthRatio(make, (t) => readHtmlTable(t, 0), { from: 4000, upTo: 512_000 })).toBeLessThan(12);
  });
});

describe('a section named in the writer\'s house words (round 9)', () => {
  const withActions = (heading: string, table: string): string => doc(TABLE, '').replace('## Action items\n', `${heading}\n`).concat(`\n${table}\n`);
  const TABLE_DE = '| Nr. | Measure | Responsible | Until |\n|---|---|---|---|\n| 1 | Digitiser config only from the signed template in Git | A. Brunner | 30.11.2026 |';
  const TABLE_WHO = '| # | Action | Who | When |\n|---|---|---|---|\n| 1 | Move the simulator to its own console | D. Achterberg | 2027-01-31 |';
  const items = (md: string) => parsePostmortem(md).doc.actionItems.map((i) => [i.key, i.text, i.owner, i.due]);

  it('reads "Measures (Action Items)" as the action items, with Nr. / Measure / Responsible / Until columns', () => {
    expect(items(withActions('Measures (Action Items)\n-----------------------', TABLE_DE))).toEqual([['1', 'Digitiser config only from the signed template in Git', 'A. Brunner', '2026-11-30']]);
  });

  it('reads "Lessons learned and actions" as the action items', () => {
    expect(items(withActions('## 6 Lessons learned and actions', TABLE_WHO))).toEqual([['1', 'Move the simulator to its own console', 'D. Achterberg', '2027-01-31']]);
  });

  it('hard negative: a bracket that names no section ("Background (internal)") gives no key, and "Lessons learned" alone stays lessons', () => {
    expect(classifyHeading('Background (internal)')).toBeNull();
    expect(classifyHeading('Lessons learned')).toBe('lessons');
    expect(classifyHeading('Timeline (all times UTC)')).toBe('timeline');
  });
});
