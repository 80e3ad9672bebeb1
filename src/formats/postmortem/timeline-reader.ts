// Reads timeline entries from a section: tables, bullets, one heading per entry, or lines of text.
import type { Block, ListItem } from './blocks.ts';
import type { StreamItem } from './outline.ts';
import { scanAnywhere, scanLeading, textAfter, type TimeMatch } from './time-scan.ts';
import { ZONE_RE } from './time-zone.ts';
import { DAY_PART_CELL, dayPartCell } from './day-part.ts';

/** An entry as found, before dates and zones are applied. */
export type RawEntry = {
  match: TimeMatch;
  text: string;
  line: number;
  phase?: string;
  source?: string;
  decision?: string;
  asWrittenCell?: string;
  /** Date of the day heading ("### Day 2 - 2024-03-03", "**March 3**") the entry sits under. */
  carry?: TimeMatch;
};

export type RawTimeline = { entries: RawEntry[]; zone: string | null; warnings: { line: number; message: string }[] };

/** Round 22: a time cell that holds only a stand-in for the time. */
const STAND_IN_TIME = /^(?:\*{1,2}|_)?(?:tbd|tbc|\?{1,3}|unknown|not known)(?:\*{1,2}|_)?$/i;
const TIME_HEADER = /\b(?:time|date|when|timestamp|hour|datetime)\b/i;
const EVENT_HEADER = /\b(?:event|events|description|what|action|activity|details?|summary|update|message|note|notes|happened)\b/i;
const ZONE_HINT = /\b(?:times?|zone|timezone|clock|utc|gmt)\b/i;

type State = {
  out: RawTimeline;
  open: RawEntry | null;
  dateMarker: { m: TimeMatch; line: number; text: string; count: number } | null;
  offset: number;
  loose: boolean;
  /** Whether code blocks are read as entries (only when nothing else in the section is). */
  code: boolean;
};

function push(st: State, e: RawEntry): void {
  if (st.dateMarker && e.match.date === null && e.match.day === null) e.carry = st.dateMarker.m;
  st.out.entries.push(e);
  st.open = e;
}

function noteZone(st: State, text: string): void {
  if (st.out.zone !== null) return;
  const z = ZONE_RE.exec(text);
  if (z) st.out.zone = z[0];
}

function closeDateMarker(st: State): void {
  const d = st.dateMarker;
  if (d && st.out.entries.length === d.count) st.out.entries.push({ match: d.m, text: textAfter(d.text, d.m.end) || d.text, line: d.line });
  st.dateMarker = null;
}

/**
 * Round 15: a zone note closed by a full stop, then a field of its own ("2026-02-18 (JST). Sources: MES audit log, …",
 * "出典: …"): the day's heading with where its entries come from, no event.
 */
function zoneThenField(rest: string): boolean {
  // The zone may be read with the date ("2026-02-18 (JST)"): then the full stop comes first.
  const stop = rest.indexOf('. ');
  return stop >= 0 && (rest.slice(0, stop).trim() === '' || isZoneNote(rest.slice(0, stop))) && /^[^\s:.]{1,20}:\s/u.test(rest.slice(stop + 2).trim());
}

/** "(all times UTC)", "times in PST/PDT": text that only states the zone of what follows. */
function isZoneNote(rest: string): boolean {
  const words = rest.replace(/[()[\].,:;*_-]/g, ' ').replace(/\b(?:all|times?|are|is|in|on|shown|given|listed|zone|timezone|local|below)\b/gi, ' ').trim();
  // Round 16: a US region's name alone ("All times are Eastern, 4 November 2025."), as a zone is said aloud.
  if (/^(?:Pacific|Eastern|Central|Mountain|Atlantic|Alaska|Hawaii)$/i.test(words)) return true;
  const z = ZONE_RE.exec(words);
  if (z === null || z.index !== 0) return false;
  // Round 14: the zone with its offset after it ("CDT (UTC−5)"): a second zone that restates the first.
  const after = words.slice(z[0].length).trim();
  const o = after === '' ? null : ZONE_RE.exec(after);
  return after === '' || (o !== null && o.index === 0 && o[0].length === after.length);
}

/**
 * Round 10: a time of day in words at the start of an entry ("around lunch control room notices …", "Sunday early
 * morning    Tank temperature rising" in a pandoc table): an entry whose time is not known, which timeline-precision
 * reports. Followed by the entry's words; bounded, so linear.
 */
// Round 22: "later that evening — …".
// Round 14: "early hours", German day parts with their gloss ("Vormittag (late morning) — …"); round 19: an hour alone ("around 11 :: …").
const WORDS_TIME =
  /^(?:(?:around|about|approx\.?|approximately|roughly|circa|sometime|some time|later (?:that|in the|on that))[ \t]{1,4})?(?:(?:mon|tue|wed|thu|fri|sat|sun)(?:s|nes|rs|ur)?(?:day)?\.?[ \t]{1,4})?(?:(?:early|late|mid-?|small|wee)[ \t]{0,4})?(?:morning|afternoon|evening|night|lunch(?:time)?|noon|midday|dawn|dusk|hours(?<=(?:early|small|wee)[ \t]{1,4}hours)|vormittag|nachmittag|mittag|abend|nachts?|morgens)\b(?:[ \t]{1,4}\([^()\n]{1,40}\))?[ \t]{0,40}[-–—:,]?[ \t]{0,4}(?=\S)/i;
const APPROX_HOUR = /^(?:(?:around|about|approx\.?|approximately|roughly|circa)[ \t]{1,4}|~[ \t]{0,2})(?:[01]?\d|2[0-3])(?![\d:.h])[ \t]{0,4}(?:::|[-–—])[ \t]{0,4}(?=\S)/i;

/**
 * Round 11: a date followed by a day part in a time cell ("| Mon 02/11 afternoon |", "| 3 Nov, late evening |"): the day
 * is known, the time is not — an entry whose time is unknown, which timeline-precision reports.
 */
function withDayPart(m: TimeMatch | null, cell: string): TimeMatch | null {
  if (m === null || m.hour !== null || m.unknown) return m;
  const rest = cell.slice(m.end).replace(/^[\s,;–—-]{0,8}/, '').replace(/[*_]/g, '').trim();
  if (!DAY_PART_CELL.test(rest)) return m;
  return { ...m, asWritten: cell.trim(), end: cell.length, unknown: true, approx: true };
}

function wordsTime(text: string): TimeMatch | null {
  const w = WORDS_TIME.exec(text) ?? APPROX_HOUR.exec(text);
  if (w === null) return null;
  const asWritten = w[0].replace(/[-–—:,\s]+$/, '');
  // A bare "Morning" is a time only as the entry's label ("morning: skiers start to complain"), not a first word ("Morning shift took over").
  if (!/\s/.test(asWritten) && !/[-–—:]/.test(w[0].slice(asWritten.length))) return null;
  if (/\)$/.test(asWritten) && !/[-–—:]/.test(w[0].slice(asWritten.length))) return null;
  return { asWritten, start: 0, end: w[0].length, date: null, month: null, day: null, hour: null, minute: null, second: null, meridiem: null, unknown: true, approx: true, zone: null };
}

/** An export's escaped bullet ("\\- 11:05 …" from Google Docs, read as "- 11:05 …") or a bullet character left as text ("• 11:05 …"). */
const TEXT_BULLET = /^[ \t]{0,8}(?:\\?[-*+]|[•·▪])[ \t]{1,8}/;

/** A line that starts with a time; a date with nothing after (or only its zone) is a date heading, not an entry. */
function lineEntry(st: State, text: string, line: number, allowInner: boolean): 'entry' | 'date' | null {
  text = text.replace(TEXT_BULLET, '');
  const m = scanLeading(text);
  if (m) {
    const rest = textAfter(text, m.end);
    if (m.hour === null && !m.unknown && (rest === '' || isZoneNote(rest) || zoneThenField(text.slice(m.end)))) {
      if (rest !== '') noteZone(st, rest);
      closeDateMarker(st);
      st.dateMarker = { m, line, text, count: st.out.entries.length };
      st.open = null;
      return 'date';
    }
    if (m.hour !== null || m.unknown || m.date !== null || (m.day !== null && m.month !== null)) {
      push(st, { match: m, text: rest, line });
      return 'entry';
    }
  }
  if (!st.loose) {
    const w = wordsTime(text);
    if (w !== null) {
      push(st, { match: w, text: textAfter(text, w.end), line });
      return 'entry';
    }
  }
  if (allowInner) {
    // "First detected 2022-01-22 11:57": a short label before the time.
    const a = scanAnywhere(text);
    // Round 10: "All times UTC, 14 September 2026." is a note on the zone and the day of the incident, no event (rows
    // may still name an earlier day: "14:20 (13 Sep)"); the day comes from the document's date as for any entry.
    if (a && a.hour === null && a.date !== null && isZoneNote(text.slice(0, a.start)) && textAfter(text, a.end) === '') {
      noteZone(st, text.slice(0, a.start));
      return 'date';
    }
    // Round 17: a time in brackets after a measure ("Time to detect: 42 minutes (start 13:05, …)") is the measure's note, no entry.
    if (a && (a.hour !== null || a.date !== null) && a.start > 0 && text.slice(0, a.start).trim().split(/\s+/).length <= 6 && !text.slice(0, a.start).includes('(')) {
      push(st, { match: a, text: `${text.slice(0, a.start).trim()} ${textAfter(text, a.end)}`.trim(), line });
      return 'entry';
    }
  }
  return null;
}

function paragraph(st: State, text: string, line: number): void {
  const lines = text.split('\n');
  lines.forEach((l, i) => {
    if (l.trim() === '') return;
    const short = st.open === null && l.trim().split(/\s+/).length <= 12;
    if (lineEntry(st, l, line + i, !st.loose && short) !== null) return;
    if (st.open) st.open.text = `${st.open.text}${st.open.text === '' ? '' : ' '}${l.trim()}`;
    else if (ZONE_HINT.test(l) || l.length < 60) noteZone(st, l);
  });
}

function item(st: State, it: ListItem, offset: number): void {
  const [first, ...rest] = it.blocks;
  if (first?.type === 'paragraph') {
    const text = first.inline.text.replace(/\n/g, ' ');
    const kind = lineEntry(st, text, it.line + offset + 1, !st.loose && text.trim().split(/\s+/).length <= 12);
    if (kind === null) {
      if (st.open) st.open.text = `${st.open.text} ${text.trim()}`.trim();
      else noteZone(st, text);
    }
  } else if (first) block(st, first);
  for (const b of rest) {
    if (b.type === 'list') for (const sub of b.items) item(st, sub, offset);
    else block(st, b);
  }
}

function table(st: State, b: Extract<Block, { type: 'table' }>): void {
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
  if (eventCol < 0 || eventCol === notesCol) eventCol = h.findIndex((c, i) => i !== timeCol && i !== useDate && i !== notesCol && EVENT_HEADER.test(c));
  if (eventCol < 0) eventCol = find(EVENT_HEADER);
  if (eventCol < 0) eventCol = h.findIndex((_, i) => i !== timeCol && i !== useDate);
  const phaseCol = find(/^phase$/i);
  const sourceCol = find(/^source$/i);
  const decisionCol = find(/^decision/i);
  const writtenCol = find(/^as written$/i);
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

function block(st: State, b: Block): void {
  switch (b.type) {
    case 'heading':
      marker(st, b.inline.text, b.line + st.offset + 1);
      break;
    case 'paragraph':
      paragraph(st, b.inline.text, b.line + st.offset + 1);
      break;
    case 'list':
      for (const it of b.items) item(st, it, st.offset);
      break;
    case 'table':
      table(st, b);
      break;
    case 'other':
      if (st.code && !b.text.trimStart().startsWith('<')) {
        st.open = null;
        b.text.split('\n').forEach((l, i) => void (l.trim() !== '' && lineEntry(st, l.trim(), b.line + st.offset + 2 + i, false)));
        st.open = null;
      }
      break;
  }
}

function marker(st: State, text: string, line: number): void {
  st.open = null;
  const kind = lineEntry(st, text, line, false);
  if (kind === null) {
    const d = scanAnywhere(text);
    if (d && d.hour === null && d.date !== null) {
      closeDateMarker(st);
      st.dateMarker = { m: d, line, text, count: st.out.entries.length };
    }
    noteZone(st, text);
  }
}

/**
 * Reads the entries of a timeline section in document order. `loose` is for sections
 * that are not called a timeline: only lines that start with a time count there.
 */
export function readTimeline(stream: readonly StreamItem[], lineOffset: number, loose = false): RawTimeline {
  // A code block next to a table or list of entries is a log excerpt quoted as evidence
  // (its machine timestamps are no events of the timeline); a timeline written only as a
  // code block is read from it.
  const prose = readWith(stream, lineOffset, loose, false);
  // Round 13: a date line above a timeline written as an indented block ("Saturday 5 December 2026, CET" / "    10:00
  // Newsletter goes out") is no timeline of its own: the block is read when the prose holds no time of day.
  if (prose.entries.some((e) => e.match.hour !== null || e.match.unknown)) return prose;
  const code = readWith(stream, lineOffset, loose, true);
  return code.entries.length > prose.entries.length ? code : prose;
}

function readWith(stream: readonly StreamItem[], lineOffset: number, loose: boolean, code: boolean): RawTimeline {
  const st: State = { out: { entries: [], zone: null, warnings: [] }, open: null, dateMarker: null, offset: lineOffset, loose, code };
  for (const s of stream) {
    if (s.kind === 'marker') marker(st, s.text, s.line);
    else block(st, s.block);
  }
  closeDateMarker(st);
  return st.out;
}
