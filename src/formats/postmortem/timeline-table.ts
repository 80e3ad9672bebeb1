// Reads timeline entries from a table: which column holds the time, the event, the phase, the source (split from
// timeline-reader.ts, round 23).
import type { Block } from './blocks.ts';
import { scanLeading } from './time-scan.ts';
import { dayPartCell } from './day-part.ts';
import { push, noteZone, type RawEntry, type State } from './timeline-state.ts';
import { STAND_IN_TIME, withDayPart, wordsTime } from './timeline-time-words.ts';
import { foreignTimeCell } from './foreign-time-words.ts';

const TIME_HEADER = /\b(?:time|date|when|timestamp|hour|datetime)\b/i;
// Round 35: an incident tool's export names the event "Content", "Text", "Entry" or "Body" ("| Timestamp | Type | Content |").
const EVENT_HEADER = /\b(?:event|events|description|what|action|activity|details?|summary|update|message|note|notes|happened|content|text|entry|body|remarks?|comments?)\b/i;

/** A time cell of one to three words of letters, no digits. */
const WORDS_TIME = /^[\p{L}\p{M}][\p{L}\p{M}.'’-]{0,20}(?:[ \t][\p{L}\p{M}.'’-]{1,20}){0,2}$/u;

/** The entries of a timeline table, one a row with a time; rows without one are kept as warnings. */
export function readTable(st: State, b: Extract<Block, { type: 'table' }>): void {
  st.open = null;
  const h = b.header;
  // A column called "Time" beside one called "Date" is the clock (round 10: "| Date | Time | Event |").
  const clockCol = h.findIndex((c) => /^time\b/i.test(c.trim()));
  let timeCol = clockCol >= 0 ? clockCol : h.findIndex((c) => TIME_HEADER.test(c));
  const dateCol = h.findIndex((c, i) => i !== timeCol && /^date$/i.test(c.trim()));
  let useDate = -1;
  if (dateCol >= 0 && /^time\b/i.test(h[timeCol] ?? '')) useDate = dateCol;
  else if (dateCol >= 0 && timeCol === dateCol) timeCol = dateCol;
  if (timeCol < 0) {
    const hits = b.rows.filter((r) => scanLeading(r.cells[0] ?? '') !== null).length;
    if (hits === 0 || hits * 2 < b.rows.length) return;
    timeCol = 0;
  }
  noteZone(st, h[timeCol] ?? '');
  const find = (re: RegExp): number => h.findIndex((c, i) => i !== timeCol && i !== useDate && re.test(c));
  // Round 16: a board's "Item" column is the event, and a "Notes" column beside another event column adds to it
  // ("| Item | Time | Person | Notes |": the notes say what the wait was).
  const notesCol = find(/^notes?$/i);
  let eventCol = find(/\bitem\b/i);
  if (eventCol < 0 || eventCol === notesCol) eventCol = longestEventColumn(b, h, [timeCol, useDate, notesCol]);
  if (eventCol < 0) eventCol = find(EVENT_HEADER);
  if (eventCol < 0) eventCol = h.findIndex((_, i) => i !== timeCol && i !== useDate);
  const phaseCol = find(/^phase$/i);
  const sourceCol = find(/^source$/i);
  const decisionCol = find(/^decision/i);
  const writtenCol = find(/^as written$/i);
  // Round 36: in a time column mostly of times, a cell of a few words and no digits ("το απόγευμα", "rano") is the time
  // of its row told in words: an entry whose time is not precise, in any language.
  const timedRows = b.rows.filter((r) => scanLeading(r.cells[timeCol] ?? '') !== null).length;
  const wordsAreTimes = timedRows >= 2 && timedRows * 2 >= b.rows.length;
  for (const r of b.rows) {
    const cell = useDate >= 0 ? `${r.cells[useDate] ?? ''} ${r.cells[timeCol] ?? ''}` : (r.cells[timeCol] ?? '');
    const line = r.line + st.offset + 1;
    const part = dayPartCell(r.cells[timeCol] ?? '');
    const dayPart = part !== null;
    let m = part !== null ? wordsTime(`${part} —  x`) : withDayPart(scanLeading(cell), cell);
    // Round 18: a date cell in a form the scanner does not read ("22-01") leaves the clock in the time cell.
    if (useDate >= 0 && !dayPart && (m === null || m.hour === null)) m = withDayPart(scanLeading(r.cells[timeCol] ?? ''), r.cells[timeCol] ?? '') ?? m;
    // Round 22: a time cell holding only a stand-in ("TBD", "?", "unknown") beside an event: an entry whose time is not known.
    const timeCell = (r.cells[timeCol] ?? '').trim();
    // Round 31: an hour with 'around' or a day part in another language, or spelled out ('runt 15', '15 sularında', "'s middags").
    const foreign = m === null || m.hour === null ? foreignTimeCell(timeCell) : null;
    if (foreign !== null && (r.cells[eventCol] ?? '').trim() !== '') m = { asWritten: foreign, start: 0, end: foreign.length, date: null, month: null, day: null, hour: null, minute: null, second: null, meridiem: null, unknown: true, approx: true, zone: null };
    if (m === null && wordsAreTimes && WORDS_TIME.test(timeCell) && (r.cells[eventCol] ?? '').trim() !== '') m = { asWritten: timeCell, start: 0, end: timeCell.length, date: null, month: null, day: null, hour: null, minute: null, second: null, meridiem: null, unknown: true, approx: true, zone: null };
    if (m === null && STAND_IN_TIME.test(timeCell) && (r.cells[eventCol] ?? '').trim() !== '') m = { asWritten: timeCell, start: 0, end: timeCell.length, date: null, month: null, day: null, hour: null, minute: null, second: null, meridiem: null, unknown: true, approx: true, zone: null };
    if (m === null || (m.hour === null && !m.unknown && m.date === null && m.day === null)) {
      if (r.cells.some((c) => c.trim() !== '')) st.out.warnings.push({ line, message: `timeline row without a recognisable time ("${cell.slice(0, 40)}"); kept in the section text only` });
      continue;
    }
    const note = notesCol >= 0 && notesCol !== eventCol ? (r.cells[notesCol] ?? '').trim() : '';
    const e: RawEntry = { match: m, text: [(r.cells[eventCol] ?? '').trim(), note].filter((t) => t !== '').join(' — '), line };
    const opt = (col: number): string | undefined => (col >= 0 && (r.cells[col] ?? '').trim() !== '' ? (r.cells[col] ?? '').trim() : undefined);
    const phase = opt(phaseCol);
    const source = opt(sourceCol);
    const decision = opt(decisionCol);
    const written = opt(writtenCol);
    if (phase !== undefined) e.phase = phase;
    if (source !== undefined) e.source = source;
    if (decision !== undefined) e.decision = decision;
    if (written !== undefined) e.asWrittenCell = written;
    push(st, e);
  }
  st.open = null;
}

/**
 * Round 38: of the columns whose header names the event, the one whose cells hold the most text: "| UTC | PDT | Who / what
 * | What happened and what was known |" tells the event in its last column, not in the short "who" one.
 */
function longestEventColumn(b: Extract<Block, { type: 'table' }>, h: readonly string[], skip: readonly number[]): number {
  let best = -1;
  let most = -1;
  h.forEach((c, i) => {
    if (skip.includes(i) || !EVENT_HEADER.test(c)) return;
    const chars = b.rows.reduce((n, r) => n + (r.cells[i] ?? '').trim().length, 0);
    if (chars > most) [best, most] = [i, chars];
  });
  return best;
}
