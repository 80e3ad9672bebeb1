// Reads timeline entries from a section: tables, bullets, one heading per entry, or lines of text.
import type { Block, ListItem } from './blocks.ts';
import type { StreamItem } from './outline.ts';
import { scanAnywhere, scanLeading, textAfter, type TimeMatch } from './time-scan.ts';
import { closeDateMarker, noteZone, push, type RawTimeline, type State } from './timeline-state.ts';
import { isZoneNote, wordsTime, zoneThenField } from './timeline-time-words.ts';
import { readTable } from './timeline-table.ts';
import { markMinorityLeads } from './time-lead.ts';

export type { RawEntry, RawTimeline } from './timeline-state.ts';

const ZONE_HINT = /\b(?:times?|zone|timezone|clock|utc|gmt)\b/i;

/** An export's escaped bullet ("\\- 11:05 …" from Google Docs, read as "- 11:05 …") or a bullet character left as text ("• 11:05 …"). */
const TEXT_BULLET = /^[ \t]{0,8}(?:\\?[-*+]|[•·▪])[ \t]{1,8}/;

/** A person's name (one to four capitalised words) or a chat handle ("yusuf.d", "@dana_w"). */
const SPEAKER = /^(?:@?\p{Lu}[\p{L}'’.-]{0,30}(?:[ \t]\p{Lu}[\p{L}'’.-]{0,30}){0,3}|@?[\p{Ll}\d]{1,20}[._][\p{Ll}\d._]{1,20})$/u;

/**
 * Round 32: the day a chat export writes before the time of a message header ("Maria — Today at 14:03",
 * "Tom Berg Yesterday at 9:41 PM", "Ana — Heute um 14:03"): part of the header, not of the speaker's name.
 */
const DAY_BEFORE_TIME = /[ \t,·|–—-]*(?:today|yesterday|(?:last[ \t])?(?:mon|tues|wednes|thurs|fri|satur|sun)day|heute|gestern|aujourd['’]hui|hier|hoy|ayer|oggi|ieri|vandaag|gisteren|i dag|i går|i går|dzisiaj|wczoraj)(?:[ \t]{1,2}(?:at|um|à|a las|alle|om|kl\.?|o))?[ \t]*$/iu;

/** A bold label of one to three words and no digits (before a dash): "**ช่วงเช้า** — …", "**Am Vormittag** – …". */
const WORDS_LABEL = /^[\p{L}\p{M}][\p{L}\p{M}.'’-]{0,20}(?:[ \t][\p{L}\p{M}.'’-]{1,20}){0,2}$/u;

/** "**Marcus Hill** 4:31 PM": a speaker's name and a clock time, nothing after. */
function speakerHeader(text: string): { match: TimeMatch; speaker: string } | null {
  if (text.length > 80) return null;
  const a = scanAnywhere(text);
  if (a === null || a.hour === null || a.start === 0 || textAfter(text, a.end) !== '') return null;
  const speaker = text.slice(0, a.start).replace(/\*+|(?<!\w)_+|_+(?!\w)|[>[\]()]/g, ' ').replace(DAY_BEFORE_TIME, '').replace(/[\s,·|–—-]+$/u, '').trim();
  return SPEAKER.test(speaker) ? { match: a, speaker } : null;
}

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
  // Round 23: a chat export's message header, the speaker then the time and nothing else ("**Marcus Hill** 4:31 PM",
  // "Dana Reyes — 10:42"): each header starts a message, as a time at the start of a line does.
  if (!allowInner && !st.loose) {
    const h = speakerHeader(text);
    if (h !== null) {
      push(st, { match: h.match, text: h.speaker, line });
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
      push(st, { match: a, text: `${text.slice(0, a.start).replace(DAY_BEFORE_TIME, '').trim()} ${textAfter(text, a.end)}`.trim(), line });
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
    const w = first.inline.leadBold?.trim() ?? '';
    if (kind === null && st.timedList === true && WORDS_LABEL.test(w) && /^[ \t]{0,2}[—–-][ \t]/.test(first.inline.afterBold)) {
      push(st, { match: { asWritten: w, start: 0, end: w.length, date: null, month: null, day: null, hour: null, minute: null, second: null, meridiem: null, unknown: true, approx: true, zone: null }, text: textAfter(first.inline.afterBold, 0), line: it.line + offset + 1 });
    } else if (kind === null) {
      if (st.open) st.open.text = `${st.open.text} ${text.trim()}`.trim();
      else noteZone(st, text);
    }
  } else if (first) block(st, first);
  for (const b of rest) {
    if (b.type === 'list') for (const sub of b.items) item(st, sub, offset);
    else block(st, b);
  }
}

function block(st: State, b: Block): void {
  switch (b.type) {
    case 'heading':
      marker(st, b.inline.text, b.line + st.offset + 1);
      break;
    case 'paragraph':
      paragraph(st, b.inline.text, b.line + st.offset + 1);
      break;
    case 'list': {
      // Round 36: in a list whose items mostly lead with a time, an item led by a bold word or two ("**ช่วงเช้า** — …")
      // tells its time in words.
      const firsts = b.items.map((it) => (it.blocks[0]?.type === 'paragraph' ? it.blocks[0].inline.text : ''));
      const timed = firsts.filter((t) => scanLeading(t.replace(TEXT_BULLET, '')) !== null).length;
      const was = st.timedList;
      st.timedList = timed >= 2 && timed * 2 >= firsts.length;
      for (const it of b.items) item(st, it, st.offset);
      st.timedList = was;
      break;
    }
    case 'table':
      readTable(st, b);
      break;
    case 'other':
      if (st.code && !b.text.trimStart().startsWith('<')) {
        st.open = null;
        // Round 37: a line under an entry's line (a chat export's message under its "[10:53 AM] Kelvin Lim" header, a
        // wrapped log line) is that entry's text; a blank line does not end it, as in a paragraph of the export.
        b.text.split('\n').forEach((l, i) => {
          if (l.trim() === '' || lineEntry(st, l.trim(), b.line + st.offset + 2 + i, false) !== null) return;
          if (st.open) st.open.text = `${st.open.text}${st.open.text === '' ? '' : ' '}${l.trim()}`;
        });
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
  const prose = withLeads(readWith(stream, lineOffset, loose, false));
  // Round 13: a date line above a timeline written as an indented block ("Saturday 5 December 2026, CET" / "    10:00
  // Newsletter goes out") is no timeline of its own: the block is read when the prose holds no time of day.
  if (prose.entries.some((e) => e.match.hour !== null || e.match.unknown)) return prose;
  const code = readWith(stream, lineOffset, loose, true);
  return code.entries.length > prose.entries.length ? code : prose;
}

/** Round 36: the words before the entries' clocks read by position: a minority's lead marks its time approximate. */
function withLeads(t: RawTimeline): RawTimeline {
  markMinorityLeads(t.entries.map((e) => e.match));
  return t;
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
