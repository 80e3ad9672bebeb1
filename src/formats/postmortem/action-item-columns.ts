// Round 36: an action-item table's columns read by what their cells hold, for headers in a language no list knows
// ("| Acțiune | Responsabil | Termen | Tichet |", "| # | การดำเนินการ | ผู้รับผิดชอบ | กำหนดเสร็จ |"): a column of dates is
// the due date, a column of short names (people, teams, handles) is the owner, a column of row numbers is the key.
import type { Block } from './blocks.ts';
import { parseDateValue } from './time-scan.ts';
import { statusOf } from './action-item-status.ts';

type Table = Extract<Block, { type: 'table' }>;

/**
 * A date written as its template's mask in any alphabet ("YYYY-MM-DD", "AAAA-LL-ZZ", "JJJJ-MM-TT", "ГГГГ-ММ-ДД",
 * "DD/MM/YYYY"): each part one letter repeated, as many as the part's digits.
 */
export const DATE_MASK = /^(?:(\p{L})\1{3}[-/.](\p{L})\2[-/.](\p{L})\3|(\p{L})\4[-/.](\p{L})\5[-/.](\p{L})\6{3})$/u;

/** A cell with a day and a month in digits, or a year of four digits with words (months or eras the scanner does not name). */
const DATE_LIKE = /^(?:\p{L}{1,12}\.?,?[ \t]{1,2})?\d{1,4}[-/.][ \t]?\d{1,2}(?:[-/.][ \t]?\d{2,4})?\.?$|^\d{1,2}[ \t]{1,2}\S{1,12}[ \t]{1,2}\d{4}$|^\S{1,12}[ \t]{1,2}\d{1,2},?[ \t]{1,2}\d{4}$/u;

/** A cell of a person, a team or a handle: one to four words, no digits, no sentence ("Mihai Dumitrescu", "ทีม DevOps", "@ana"). */
const NAME_LIKE = /^@?[\p{L}\p{M}][\p{L}\p{M}'’.-]{0,30}(?:[ \t][\p{L}\p{M}@][\p{L}\p{M}'’.-]{0,30}){0,3}$/u;

/** A bracketed stand-in of the template ("[Nume]", "<name>", "TBD"): a field the writer has yet to fill, still the column's kind. */
const STAND_IN = /^(?:\[[^\]\n]{1,30}\]|<[^>\n]{1,30}>|\{[^}\n]{1,30}\}|tbd|tbc|\?+|-+|—|–)$/iu;

const cellsOf = (t: Table, i: number): string[] => t.rows.map((r) => (r.cells[i] ?? '').trim().replace(/^(?:\*\*|__)(.*)(?:\*\*|__)$/u, '$1')).filter((c) => c !== '');

/** Two thirds of a column's filled cells (two at least) of the kind, stand-ins aside. */
function mostly(cells: readonly string[], test: (c: string) => boolean): boolean {
  const real = cells.filter((c) => !STAND_IN.test(c));
  if (real.length < 1 || cells.length < 2) return false;
  return real.filter(test).length * 3 >= real.length * 2;
}

export const isDateCell = (c: string): boolean => DATE_MASK.test(c) || parseDateValue(c) !== null || DATE_LIKE.test(c);
const isNameCell = (c: string): boolean => NAME_LIKE.test(c) && statusOf(c) === null && c.length <= 40;
const isRowNumber = (c: string): boolean => /^#?\d{1,3}[.)]?$/.test(c);

/** Columns already named by their headers; the ones read here are filled in where the header said nothing. */
export type ColumnRoles = { key: number; owner: number; due: number; text: number };

/**
 * The columns a table's cells show: the due date (dates), the owner (names), the key (row numbers) and the text (the
 * column of the longest cells), each only where `known` has none. Used for tables whose headers are not read.
 */
export function columnsByContent(t: Table, known: ColumnRoles, taken: readonly number[]): ColumnRoles {
  const out = { ...known };
  const used = new Set<number>([...taken, ...Object.values(known).filter((i) => i >= 0)]);
  const free = t.header.map((_, i) => i).filter((i) => !used.has(i));
  const take = (i: number): number => { used.add(i); return i; };
  if (out.key < 0) {
    const k = free.find((i) => !used.has(i) && cellsOf(t, i).length > 0 && cellsOf(t, i).every(isRowNumber));
    if (k !== undefined) out.key = take(k);
  }
  if (out.due < 0) {
    const d = free.find((i) => !used.has(i) && mostly(cellsOf(t, i), isDateCell));
    if (d !== undefined) out.due = take(d);
  }
  if (out.text < 0) {
    // The item's words: the free column with the most words per cell.
    let best = -1;
    let words = 0;
    for (const i of free) {
      if (used.has(i)) continue;
      const cells = cellsOf(t, i);
      const w = cells.reduce((n, c) => n + c.split(/\s+/).length, 0) / Math.max(1, cells.length);
      if (w > words) { best = i; words = w; }
    }
    if (best >= 0) out.text = take(best);
  }
  if (out.owner < 0) {
    const o = free.find((i) => !used.has(i) && mostly(cellsOf(t, i), isNameCell));
    if (o !== undefined) out.owner = take(o);
  }
  return out;
}
