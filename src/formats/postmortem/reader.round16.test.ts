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
