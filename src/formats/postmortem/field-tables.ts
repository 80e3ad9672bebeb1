// Round 28: a whole review exported as rows of fields — a "| Field | Value |" table whose rows are the sections
// ("| Summary | … |", "| Root cause | TBD |", "| Action item 1 | … · Owner: … |"), or a sheet saved as CSV with a
// section column ("Section,Field,Value" / "Timeline,06:02,…" / "Action items,…,@owner,2027-05-28"). Read by shape:
// four or more rows whose first cell names a different section. Each row keeps its line: the first row of a section
// becomes a bold label ("**Root cause:** TBD"), the rows after it of the same section lines of its text ("06:03 …",
// a line each, as a pasted log), a metadata row a "Field: value" line, an empty row a blank line. A bold label at a
// line's start opens a paragraph of its own (blocks.ts, round 11). Linear: every line is split once.
import { csvFields } from './tab-tables.ts';
import { parseDateValue } from './time-scan.ts';
import { classifyHeading, metaField } from './section-names.ts';
import type { SectionKey } from '../../domain/postmortem/document.types.ts';

const RULE = /^[ \t]*\|?[ \t]*:?-{3,}:?[ \t]*(?:\|[ \t]*:?-{3,}:?[ \t]*){0,20}\|?[ \t]*$/;
const PIPE_ROW = /^[ \t]*\|.*\|[ \t]*$/;
/** A CSV's header naming its section column first ("Section,Field,Value", "Part,Item,Details"). */
const SECTION_COLUMN = /^(?:section|part|area|category|heading|block)$/i;
/** A clock time alone in a cell ("06:02", "approx 07:30", "~08:40"). */
const TIME_CELL = /^(?:~|approx\.? |about |ca\.? )?\d{1,2}[:.]\d{2}\b/i;

type Row = { line: number; cells: string[] };
/** Round 29: a two-column header saved with a tab ("Field<tab>Value"), and its rows: one tab each, the value may be empty. */
const TAB_HEAD = /^\p{L}[\p{L} ]{0,20}\t\p{L}[\p{L} ]{0,20}$/u;
const TAB_PAIR = /^[^\t\n]{1,60}\t[^\t\n]*$/;

const pipeCells = (l: string): string[] => l.trim().replace(/^\|/, '').replace(/\|$/, '').split(/(?<!\\)\|/).map((c) => c.trim());

/** The section a row's first cell names, or null (a metadata row, prose). Up to six words, the loose names. */
function sectionOf(cell: string): SectionKey | null {
  const plain = cell.replace(/[*_`]/g, '').trim();
  if (plain === '' || plain.length > 50 || plain.split(/\s+/).length > 6 || metaField(plain) !== null) return null;
  return classifyHeading(plain, true) ?? classifyHeading(plain.replace(/\s+\d{1,2}$/, ''), true);
}

/** A row's text after its section cell: a time first ("06:02 …"), a short field name as a label ("Replay: …"). */
function valueOf(cells: readonly string[], key: SectionKey | null, first: string): string {
  const rest = cells.slice(1).filter((c) => c !== '');
  if (rest.length === 0) return '';
  const [head, ...tail] = rest as [string, ...string[]];
  if (tail.length === 0) return head;
  if (TIME_CELL.test(head)) return `${head} ${tail.join(' — ')}`;
  const redundant = head.toLowerCase() === first.toLowerCase() || (key !== null && sectionOf(head) === key);
  if (redundant) return tail.join(' — ');
  if (tail.length === 1 && head.split(/\s+/).length <= 4 && !/[.!?]$/.test(head)) return `${head}: ${tail[0]}`;
  return rest.join(' — ');
}

/** An action row's cells after its text: a handle an owner, a date a due date ("@amira", "2027-06-11"). */
function actionValue(cells: readonly string[]): string {
  const [text = '', ...fields] = cells.slice(1).filter((c) => c !== '');
  const named = fields.map((f) => (/^@[\p{L}\p{N}._-]{1,40}$/u.test(f) ? `Owner: ${f}` : parseDateValue(f) !== null ? `Due: ${f}` : f));
  return `[ ] ${[text, ...named].join(' — ')}`;
}

/** Rewrites the rows in place when four or more of them name distinct sections; returns whether it did. */
function rewrite(lines: string[], rows: readonly Row[], blank: readonly number[]): boolean {
  const keys = rows.map((r) => sectionOf(r.cells[0] ?? ''));
  if (new Set(keys.filter((k) => k !== null)).size < 4) return false;
  for (const b of blank) lines[b] = '';
  let prev: SectionKey | null = null;
  rows.forEach((r, k) => {
    const first = r.cells[0] ?? '';
    const key = keys[k] ?? null;
    const filled = r.cells.slice(1).some((c) => c !== '');
    // Action rows as checkbox lines: one item a line (action-item-lines.ts, round 27).
    const value = (key === 'actionItems' && filled ? actionValue(r.cells) : valueOf(r.cells, key, first)).replace(/\s+/g, ' ');
    if (key !== null && key === prev) lines[r.line] = value;
    else if (key !== null) lines[r.line] = value === '' ? '' : `**${first.replace(/[*_]/g, '')}:** ${value}`;
    else lines[r.line] = value === '' ? '' : `${first.replace(/[*_:]/g, '')}: ${value}`;
    // An empty section row ends the section above it: the rows below it are not its items.
    prev = value === '' ? null : key ?? prev;
  });
  return true;
}

/** The review's field table or section-column CSV rewritten as labels and items, line for line. */
export function fieldTables(markdown: string): string {
  if (!markdown.includes('|') && !markdown.includes(',') && !markdown.includes('\t')) return markdown;
  const lines = markdown.split('\n');
  let changed = false;
  for (let i = 0; i < lines.length - 3; i++) {
    const l = lines[i]!;
    if (PIPE_ROW.test(l) && RULE.test(lines[i + 1]!) && pipeCells(l).length === 2) {
      const rows: Row[] = [];
      let j = i + 2;
      for (; j < lines.length && PIPE_ROW.test(lines[j]!); j++) rows.push({ line: j, cells: pipeCells(lines[j]!) });
      if (rows.every((r) => r.cells.length === 2) && rewrite(lines, rows, [i, i + 1])) changed = true;
      i = j - 1;
    } else if (TAB_HEAD.test(l)) {
      // Round 29: or a sheet's two columns saved with tabs ("Field<tab>Value" / "Root cause<tab>…" / "What went well<tab>").
      const rows: Row[] = [];
      let j = i + 1;
      for (; j < lines.length && TAB_PAIR.test(lines[j]!); j++) rows.push({ line: j, cells: lines[j]!.split('\t').map((c) => c.trim()) });
      if (rows.length > 0 && rewrite(lines, rows, [i])) changed = true;
      i = j - 1;
    } else if ((i === 0 || lines[i - 1]!.trim() === '') && l.length <= 200 && SECTION_COLUMN.test(csvFields(l)[0] ?? '')) {
      const rows: Row[] = [];
      let j = i + 1;
      for (; j < lines.length && lines[j]!.trim() !== ''; j++) rows.push({ line: j, cells: csvFields(lines[j]!) });
      if (rows.every((r) => r.cells.length >= 2) && rewrite(lines, rows, [i])) changed = true;
      i = j - 1;
    }
  }
  return changed ? lines.join('\n') : markdown;
}
