/*
 * Round 37 (issue 16): an action item in a table row is read with its row's other cells.
 *
 * - A row whose first cell is the tracker's key ("| 1208831404 | Alert `sync_upload_4xx_rate` above 1% … |",
 *   "| DEV-24-118 | …", "| #4473 | …"): the parser may take the key for the item; the item is the row's first cell with
 *   words in it.
 * - A row with a completion cell in a column the header does not name in English ("完了条件", "Klart när", "Afgerond
 *   als"): a cell after the row's due date that reads as a sentence (four words or more, or eight letters of a script
 *   written without spaces) is what the item is done when. A short cell ("Open", "QA-goedkeuring"), or a cell before
 *   the date (the owner, a due date in words: "before the winter rota starts") is not.
 *
 * Pure and linear: each cell is read once.
 */
import { plainText } from './source-text.ts';

/** A tracker's key alone: digits, "#4473", "DEV-24-118", "ENG-4101", "PLAT-3322". */
const KEY_ONLY = /^(?:#?\d{1,12}|#?\p{L}{1,12}(?:-\d{1,6}){1,3}|\d{1,3}[.)])$/u;
/** Letters of a script written without spaces (Han, kana, Hangul, Thai). */
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Thai}]/gu;
/** A date or a time, however written: not a completion criterion. */
const DATE_LIKE = /^\W{0,3}(?:\d{4}-\d{2}-\d{2}|\d{1,2}[./-]\d{1,2}(?:[./-]\d{2,4})?|\d{4}年)/u;

/** The cells of a pipe row, trimmed ("| a | b |" → ["a", "b"]); an empty list for any other line. */
export function pipeCells(raw: string): string[] {
  const t = raw.trim();
  if (!t.startsWith('|') || t.startsWith('||')) return [];
  return t.replace(/^\|/, '').replace(/\|$/, '').split('|').map((c) => c.trim());
}

/** Whether a cell has words: two words with letters, or four letters of an unspaced script. */
function hasWords(cell: string): boolean {
  return (cell.match(/\p{L}{2,}/gu) ?? []).length >= 2 || (cell.match(UNSPACED) ?? []).length >= 4;
}

/** Whether a cell is a tracker's key alone ("#4473", "DEV-24-118"). */
export const isTrackerKey = (cell: string): boolean => KEY_ONLY.test(cell.trim());

/** The item's words, or the row's first cell with words when the item is only the tracker's key. */
export function itemCell(text: string, row: readonly string[]): string {
  if (!KEY_ONLY.test(text.trim())) return text;
  return row.find((c) => !KEY_ONLY.test(c) && hasWords(c)) ?? text;
}

/** A cell after the item's that reads as a completion criterion (above), or null. */
export function completionCell(row: readonly string[], item: string): string | null {
  const head = item.slice(0, 40);
  const at = row.findIndex((c) => { const p = plainText(c).trim(); return p === item || (item.length >= 12 && p.includes(head)); });
  if (at < 0) return null;
  // Only after the row's due date: the cells between the item and its date are its owner (and a due date in words).
  let dated = false;
  for (const cell of row.slice(at + 1)) {
    const plain = cell.replace(/[`*_]/g, '').trim();
    if (DATE_LIKE.test(plain)) dated = true;
    if (!dated || plain === '' || DATE_LIKE.test(plain)) continue;
    const words = plain.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length;
    if (words >= 4 || (plain.match(UNSPACED) ?? []).length >= 8) return plain;
  }
  return null;
}
