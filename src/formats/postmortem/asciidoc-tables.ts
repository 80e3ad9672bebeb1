// Round 36: an AsciiDoc table ("|===") written a cell a line, its rows apart by blank lines, a cell's text wrapped over
// lines (as AsciiDoc and its exporters write wide tables):
//
//   [cols="4,2,2",options="header"]
//   |===
//   |Action |Owner |Due
//
//   |Refuse to sign when the clock is not in sync
//   |Rafael Duarte
//   |2024-05-24
//   |===
//
// Rewritten line for line as a pipe table: each row on its first line, the separator under the header, every other line
// of the table a filler row the block reader drops (as pandoc's grid tables are, pandoc-tables.ts).
import { GRID_FILLER } from './pandoc-tables.ts';

/** A table being read: its column count (0 until known), the row being gathered and where it started. */
export type AdocTable = { cols: number; row: string[]; at: number; header: boolean; rows: number; sepAt?: number };

/** The column count an attribute line gives ('[cols="4,2,2,2,3",options="header"]' → 5, '[cols="3*"]' → 3), else 0. */
export function colsAttribute(line: string): number {
  const m = /^\[[^\]\n]{0,200}?\bcols="([^"\n]{1,100})"/.exec(line.trim());
  if (m === null) return 0;
  const star = /^(\d{1,2})\*/.exec(m[1]!);
  return star !== null ? Number(star[1]) : m[1]!.split(',').length;
}

const pipeRow = (cells: readonly string[]): string => `| ${cells.map((c) => c.replace(/\|/g, '\\|')).join(' | ')} |`;

/** Writes the gathered row on its first line (the header's separator on the line below it, when it has one). */
export function flushRow(lines: string[], t: AdocTable): void {
  if (t.row.length === 0) return;
  const cols = Math.max(t.cols, t.row.length);
  lines[t.at] = pipeRow([...t.row, ...Array.from({ length: cols - t.row.length }, () => '')]);
  const below = lines[t.at + 1] ?? '';
  if (t.rows === 0 && (below.trim() === '' || below === GRID_FILLER)) {
    lines[t.at + 1] = `|${Array.from({ length: cols }, () => '---').join('|')}|`;
    t.sepAt = t.at + 1;
  }
  t.rows++;
  t.row = [];
  t.at = -1;
}

/** Reads one line inside a "|===" table and rewrites it. */
export function asciidocTableLine(lines: string[], i: number, t: AdocTable): void {
  const l = lines[i]!;
  if (i === t.sepAt) return;
  if (l.trim() === '') {
    // A blank line ends a row of unknown width (the header written on one line sets the width).
    if (t.cols === 0 && t.row.length > 0) { t.cols = t.row.length; flushRow(lines, t); return; }
    if (t.rows > 0 && lines[i] === l) lines[i] = GRID_FILLER;
    return;
  }
  if (!l.startsWith('|')) {
    // A cell's text wrapped onto the next line.
    if (t.row.length > 0) t.row[t.row.length - 1] = `${t.row[t.row.length - 1]} ${l.trim()}`.trim();
    lines[i] = GRID_FILLER;
    return;
  }
  if (t.row.length === 0) t.at = i;
  else lines[i] = GRID_FILLER;
  for (const cell of l.slice(1).split('|')) {
    if (t.row.length === 0 && t.at < 0) t.at = i;
    t.row.push(cell.trim());
    if (t.cols > 0 && t.row.length >= t.cols) flushRow(lines, t);
  }
  // The first line, when no attribute gave the width, is the header: its cells are the columns.
  if (t.cols === 0 && t.rows === 0 && t.row.length > 1) { t.cols = t.row.length; flushRow(lines, t); }
}
