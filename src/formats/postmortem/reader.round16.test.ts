import { describe, expect, it } from 'vitest';
import { gridTables } from './pandoc-tables.ts';
import { parsePostmortem } from './parse-postmortem.ts';

/**
 * Issue 16, round 16: shapes of Word → pandoc and Loop / Teams exports. A pandoc grid table ("+----+" borders, "+====+"
 * under the header, cells wrapped over several lines) is read as its rows, each on its first line; a line opened by a
 * checkbox glyph ("☐ …") is a task.
 */
const grid = [
  '# Ferry booking outage', // 1
  '',
  '## Timeline', // 3
  '',
  '+--------+-------------------------------------------+',
  '| Time   | Event                                     |',
  '+========+===========================================+',
  '| 09:02  | Booking API starts returning 502 for the  |', // 8
  '|        | Friday sailings.                          |',
  '+--------+-------------------------------------------+',
  '| 09:04  | Pager fires; the on-call opens the        |', // 11
  '|        | gateway dashboard.                        |',
  '+--------+-------------------------------------------+',
  '',
  '## Action items', // 15
  '',
  '+----+-----------------------------+--------------+------------+',
  '| #  | Action                      | Owner        | Due        |',
  '+====+=============================+==============+============+',
  '| 1  | Add a 502 rate alert to the | Noor Saleh,  | 2027-03-01 |', // 20
  '|    | booking gateway dashboard.  | Platform     |            |',
  '+----+-----------------------------+--------------+------------+',
].join('\n');

describe('a pandoc grid table (round 16)', () => {
  it('reads each row of a timeline grid table as one entry on its first line, its wrapped cell whole', () => {
    const { doc } = parsePostmortem(grid);
    expect(doc.timeline.entries.map((e) => [e.line, e.asWritten])).toEqual([[8, '09:02'], [11, '09:04']]);
    expect(doc.timeline.entries[0]!.text).toContain('502 for the Friday sailings.');
  });

  it('reads an action-item grid table row with its owner and due date, and nothing from its borders', () => {
    const { doc } = parsePostmortem(grid);
    expect(doc.actionItems.map((a) => [a.line, a.owner, a.due])).toEqual([[20, 'Noor Saleh, Platform', '2027-03-01']]);
    expect(doc.actionItems[0]!.text).toContain('booking gateway dashboard');
  });

  it('rewrites the table on the same lines for the source text (fillers are empty lines)', () => {
    const out = gridTables(grid, '').split('\n');
    expect(out).toHaveLength(grid.split('\n').length);
    expect(out[7]).toBe('| 09:02 | Booking API starts returning 502 for the Friday sailings. |');
    expect(out[8]).toBe('');
  });

  it('leaves a grid table without a header rule, and other text, as it is', () => {
    const headless = ['+----+----+', '| a  | b  |', '+----+----+'].join('\n');
    expect(gridTables(headless)).toBe(headless);
    expect(gridTables('a + b = c\n')).toBe('a + b = c\n');
  });
});

describe('checkbox glyph tasks (round 16)', () => {
  const tasks = [
    '## Action items', // 1
    '',
    '☐ Add a lock on the booking table during the nightly import @Noor Saleh due 2027-03-01', // 3
    '☐ Review the import', // 4
    '☑ Restart the gateway', // 5
  ].join('\n');

  it('reads each glyph line as its own task, a ticked one as done', () => {
    const { doc } = parsePostmortem(tasks);
    expect(doc.actionItems.map((a) => [a.line, a.status === 'done'])).toEqual([[3, false], [4, false], [5, true]]);
  });

  it('does not read a row of boxes (a page status) as tasks', () => {
    const { doc } = parsePostmortem(['## Action items', '', '☐ Summary ☑ Impact ☐ Timeline'].join('\n'));
    expect(doc.actionItems.length).toBeLessThanOrEqual(1);
  });
});

describe('a MediaWiki page converted poorly (round 16)', () => {
  const wiki = [
    '# Freezer relabel review', // 1
    '',
    '== Timeline ==', // 3
    '',
    "* '''2027-01-12 09:10''' — relabel job run on [[Freezer 4|freezer four]]", // 5
    '',
    '== What went well ==', // 7
    '',
    '* The nightly export had every label.',
  ].join('\n');

  it('reads "== X ==" lines as headings of their level, on their lines', () => {
    const { doc } = parsePostmortem(wiki);
    expect(doc.sections.filter((s) => s.key !== null).map((s) => [s.key, s.line, s.level])).toEqual([
      ['timeline', 3, 2],
      ['whatWentWell', 7, 2],
    ]);
  });

  it("reads '''bold''' and [[links]] as their text", () => {
    const { doc } = parsePostmortem(wiki);
    expect(doc.timeline.entries.map((e) => [e.line, e.asWritten])).toEqual([[5, '2027-01-12 09:10']]);
    expect(doc.timeline.entries[0]!.text).toContain('freezer four');
  });
});

describe('a zone named by its region alone (round 16)', () => {
  it('reads "All times are Eastern, 4 November 2026." as a note, not an entry', () => {
    const { doc } = parsePostmortem(['## Timeline', '', 'All times are Eastern, 4 November 2026.', '', '- **20:00** — Polls close.'].join('\n'));
    expect(doc.timeline.entries.map((e) => e.line)).toEqual([5]);
  });
});

describe('a Monday / Asana board export (round 16)', () => {
  const board = [
    '## Group: Timeline', // 1
    '',
    '| Item | Time | Person | Notes |',
    '|---|---|---|---|',
    '| Decision: fail over the kiln controller | 2027-01-05 02:39 | Ana Lima | waiting for approval since 02:20 |', // 5
    '',
    '## Group: Action items', // 7
    '',
    '| Item | Person | Status | Date |',
    '|---|---|---|---|',
    '| Add a watchdog to the kiln controller | Ana Lima | Not started | 2027-02-01 |', // 11
  ].join('\n');

  it('reads the Item column as the event, with its notes', () => {
    const { doc } = parsePostmortem(board);
    expect(doc.timeline.entries.map((e) => [e.line, e.text])).toEqual([[5, 'Decision: fail over the kiln controller — waiting for approval since 02:20']]);
  });

  it('reads the Person column as the owner', () => {
    const { doc } = parsePostmortem(board);
    expect(doc.actionItems.map((a) => [a.line, a.owner, a.due])).toEqual([[11, 'Ana Lima', '2027-02-01']]);
  });
});

describe("a FAQ's questions and a letter's changes (round 16)", () => {
  it('reads "What happened, minute by minute?" as the timeline and "What are we doing about it?" as the actions', () => {
    const faq = ['**Q: What happened, minute by minute?**', '', '- 10:00 — Stream starts.', '', '**Q: What are we doing about it?**', '', 'A:', '- Be more careful.'].join('\n');
    const { doc } = parsePostmortem(faq);
    expect(doc.sections.filter((s) => s.key !== null).map((s) => [s.key, s.line])).toEqual([['timeline', 1], ['actionItems', 5]]);
    expect(doc.actionItems.map((a) => a.line)).toEqual([8]);
  });

  it('reads a letter\'s "What we are changing" as the actions, unless the action items have a section of their own', () => {
    const letter = ['## What we are changing', '', '- We will test every release against the router.'];
    expect(parsePostmortem(letter.join('\n')).doc.actionItems.map((a) => a.line)).toEqual([3]);
    const both = [...letter, '', '## Action items', '', '- Add a router contract test (@Ana Lima, 2027-02-01)'].join('\n');
    expect(parsePostmortem(both).doc.actionItems.map((a) => a.line)).toEqual([7]);
  });
});

describe('a ServiceNow record of "Field: value" lines (round 16)', () => {
  it('reads a field label with a note in brackets ("Corrective actions (problem tasks):") as the section of the table below it', () => {
    const record = [
      'Number: PRB0041',
      '',
      'Corrective actions (problem tasks):', // 3
      '',
      '| Number | Short description | Assigned to | Due date | State |',
      '|---|---|---|---|---|',
      '| PTASK0001 | Add more monitoring | | | Open |', // 7
    ].join('\n');
    const { doc } = parsePostmortem(record);
    expect(doc.sections.filter((s) => s.key !== null).map((s) => [s.key, s.line])).toEqual([['actionItems', 3]]);
    expect(doc.actionItems.map((a) => [a.line, a.owner, a.due])).toEqual([[7, null, null]]);
  });
});
