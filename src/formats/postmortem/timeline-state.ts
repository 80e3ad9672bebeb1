// The state of a timeline section being read, and the entries it holds so far (split from timeline-reader.ts, round 23).
import { textAfter, type TimeMatch } from './time-scan.ts';
import { ZONE_RE } from './time-zone.ts';

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

export type State = {
  out: RawTimeline;
  open: RawEntry | null;
  dateMarker: { m: TimeMatch; line: number; text: string; count: number } | null;
  offset: number;
  loose: boolean;
  /** Whether code blocks are read as entries (only when nothing else in the section is). */
  code: boolean;
  /** Round 36: the list being read leads most of its items with a time (a bold word label there is a time in words). */
  timedList?: boolean;
};

export function push(st: State, e: RawEntry): void {
  if (st.dateMarker && e.match.date === null && e.match.day === null) e.carry = st.dateMarker.m;
  st.out.entries.push(e);
  st.open = e;
}

export function noteZone(st: State, text: string): void {
  if (st.out.zone !== null) return;
  const z = ZONE_RE.exec(text);
  if (z) st.out.zone = z[0];
}

export function closeDateMarker(st: State): void {
  const d = st.dateMarker;
  if (d && st.out.entries.length === d.count) st.out.entries.push({ match: d.m, text: textAfter(d.text, d.m.end) || d.text, line: d.line });
  st.dateMarker = null;
}

