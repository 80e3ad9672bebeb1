// Times that are not a clock reading: a zone note, a time of day in words, a date with only a day part, a stand-in
// (split from timeline-reader.ts, round 23).
import type { TimeMatch } from './time-scan.ts';
import { ZONE_RE } from './time-zone.ts';
import { DAY_PART_CELL } from './day-part.ts';
import { foreignTimeLead } from './foreign-time-words.ts';

/** Round 22: a time cell that holds only a stand-in for the time. */
export const STAND_IN_TIME = /^(?:\*{1,2}|_)?(?:tbd|tbc|\?{1,3}|unknown|not known)(?:\*{1,2}|_)?$/i;

/**
 * Round 15: a zone note closed by a full stop, then a field of its own ("2026-02-18 (JST). Sources: MES audit log, …",
 * "出典: …"): the day's heading with where its entries come from, no event.
 */
export function zoneThenField(rest: string): boolean {
  // The zone may be read with the date ("2026-02-18 (JST)"): then the full stop comes first.
  const stop = rest.indexOf('. ');
  return stop >= 0 && (rest.slice(0, stop).trim() === '' || isZoneNote(rest.slice(0, stop))) && /^[^\s:.]{1,20}:\s/u.test(rest.slice(stop + 2).trim());
}

/** "(all times UTC)", "times in PST/PDT": text that only states the zone of what follows. */
export function isZoneNote(rest: string): boolean {
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
// Round 27: in a chat export's bracketed header ("[around lunchtime, 06/03/2027] Marta: …").
const WORDS_TIME =
  /^\[?(?:(?:around|about|approx\.?|approximately|roughly|circa|sometime|some time|later (?:that|in the|on that))[ \t]{1,4})?(?:(?:mon|tue|wed|thu|fri|sat|sun)(?:s|nes|rs|ur)?(?:day)?\.?[ \t]{1,4})?(?:(?:early|late|mid-?|small|wee)[ \t]{0,4})?(?:morning|afternoon|evening|night|lunch(?:time)?|noon|midday|dawn|dusk|hours(?<=(?:early|small|wee)[ \t]{1,4}hours)|vormittag|nachmittag|mittag|abend|nachts?|morgens)\b(?:[ \t]{1,4}\([^()\n]{1,40}\))?[ \t]{0,40}[-–—:,]?[ \t]{0,4}(?=\S)/i;
const APPROX_HOUR = /^(?:(?:around|about|approx\.?|approximately|roughly|circa)[ \t]{1,4}|~[ \t]{0,2})(?:[01]?\d|2[0-3])(?![\d:.h])[ \t]{0,4}(?:::|[-–—])[ \t]{0,4}(?=\S)/i;

/**
 * Round 11: a date followed by a day part in a time cell ("| Mon 02/11 afternoon |", "| 3 Nov, late evening |"): the day
 * is known, the time is not — an entry whose time is unknown, which timeline-precision reports.
 */
export function withDayPart(m: TimeMatch | null, cell: string): TimeMatch | null {
  if (m === null || m.hour !== null || m.unknown) return m;
  const rest = cell.slice(m.end).replace(/^[\s,;–—-]{0,8}/, '').replace(/[*_]/g, '').trim();
  if (!DAY_PART_CELL.test(rest)) return m;
  return { ...m, asWritten: cell.trim(), end: cell.length, unknown: true, approx: true };
}

export function wordsTime(text: string): TimeMatch | null {
  const w = WORDS_TIME.exec(text) ?? APPROX_HOUR.exec(text);
  if (w === null) {
    // Round 31: an hour with 'around', spelled out or a day part in another language, a stand-in ("rond half drie: …", "[TIME] …").
    const f = foreignTimeLead(text);
    return f === null ? null : { asWritten: f.asWritten, start: 0, end: f.end, date: null, month: null, day: null, hour: null, minute: null, second: null, meridiem: null, unknown: true, approx: true, zone: null };
  }
  const asWritten = w[0].replace(/[-–—:,\s]+$/, '');
  // A bare "Morning" is a time only as the entry's label ("morning: skiers start to complain"), not a first word ("Morning shift took over").
  if (!/\s/.test(asWritten) && !/[-–—:]/.test(w[0].slice(asWritten.length))) return null;
  if (/\)$/.test(asWritten) && !/[-–—:]/.test(w[0].slice(asWritten.length))) return null;
  return { asWritten, start: 0, end: w[0].length, date: null, month: null, day: null, hour: null, minute: null, second: null, meridiem: null, unknown: true, approx: true, zone: null };
}
