// A time told from a stated start ("T+14m", "+1h05m", "72 min in"), split from time-scan.ts (round 33).
import type { TimeMatch } from './time-scan.ts';

/** Where a time expression may end: the text's end, a space or a separator, or a stamp's closing '>' (round 33; sticky: tested at a position). */
export const TIME_BOUNDARY = /(?:$|[\s\-–—:|,.;)\]>!?：、，])/y;

/**
 * Round 30: a time told from a stated start, as an incident tool or a writer counts it ("T+0", "T+14m", "+58m", "+1h05m",
 * "1h05m in", "72 min in", its "in" closing the time, not "3 min in total"): read as that many minutes after a midnight of its own, so that the entries keep their order
 * and their gaps. Only at an entry's start, and within a day.
 */
const RELATIVE = /(?:T[ \t]?\+[ \t]?0(?![\d.,:])(?:[ \t]?m(?:in)?\b)?|(?:T[ \t]?)?\+[ \t]?(?:(\d{1,2})[ \t]?h(?:[ \t]?(\d{1,2})[ \t]?m(?:in)?)?|(\d{1,4})[ \t]?m(?:in)?)(?![\p{L}\d])|(?:(\d{1,2})[ \t]?h(?:[ \t]?(\d{1,2})[ \t]?m(?:in)?)?|(\d{1,4})[ \t]?min(?:s|utes)?)[ \t]in(?=[ \t]*(?:$|[^\p{L}\p{N}\s])))/iuy;

/** The relative time starting exactly at `i` ("+14m" read as 00:14 of a day of its own), or null. */
export function relativeAt(s: string, i: number): TimeMatch | null {
  RELATIVE.lastIndex = i;
  const m = RELATIVE.exec(s);
  if (m === null) return null;
  const hours = Number(m[1] ?? m[4] ?? 0);
  const minutes = Number(m[2] ?? m[5] ?? 0) + Number(m[3] ?? m[6] ?? 0);
  const total = hours * 60 + minutes;
  if (total >= 24 * 60 || (m[2] ?? m[5]) !== undefined && Number(m[2] ?? m[5]) >= 60) return null;
  const end = i + m[0].length;
  TIME_BOUNDARY.lastIndex = end;
  if (!TIME_BOUNDARY.test(s)) return null;
  return { asWritten: m[0].trim(), start: i, end, date: null, month: null, day: null, hour: Math.floor(total / 60), minute: total % 60, second: null, meridiem: null, unknown: false, approx: false, zone: null };
}

/** Round 30: the minutes after the stated start of a relative time written alone ("+58m", "1h05m in"), else null. */
export function relativeMinutes(asWritten: string): number | null {
  const r = relativeAt(asWritten, 0);
  return r === null || r.end !== asWritten.length ? null : (r.hour ?? 0) * 60 + (r.minute ?? 0);
}
