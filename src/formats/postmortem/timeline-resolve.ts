// Applies dates, zones and 12-hour clocks to raw timeline entries.
import type { TimelineEntry } from '../../domain/postmortem/document.types.ts';
import type { Phase } from '../../domain/timeline/event.types.ts';
import type { RawEntry } from './timeline-reader.ts';
import { nextDay, type Ymd, ymdString } from './time-scan.ts';
import { zoneOffsetMinutes } from './time-zone.ts';

export type ResolvedTimeline = {
  entries: TimelineEntry[];
  /** Local (as written) date of each entry, or null. */
  dates: (Ymd | null)[];
  outOfOrder: boolean;
  /** Some entry had a time but no zone was known, so UTC was assumed. */
  assumedUtc: boolean;
  /** Some entry had a time but no date could be found. */
  undated: number;
};

const PHASES = new Set<string>(['detection', 'investigation', 'mitigation', 'resolution']);

function hour24(h: number, meridiem: 'am' | 'pm' | null): number {
  if (meridiem === 'am') return h === 12 ? 0 : h;
  if (meridiem === 'pm') return h === 12 ? 12 : h + 12;
  return h;
}

/** Resolves entries in listed order: the date carries forward, and a 12-hour drop past midnight rolls it. */
export function resolveTimeline(raw: readonly RawEntry[], base: Ymd | null, zone: string | null): ResolvedTimeline {
  let date: Ymd | null = null;
  let prevMin: number | null = null;
  let prevPm = false;
  let assumedUtc = false;
  let undated = 0;
  const entries: TimelineEntry[] = [];
  const dates: (Ymd | null)[] = [];
  for (const r of raw) {
    const m = r.match;
    const ctx: Ymd | null = date ?? base;
    const c = r.carry;
    let explicit: Ymd | null = m.date;
    if (!explicit && m.day !== null && ctx) explicit = { y: ctx.y, m: m.month ?? ctx.m, d: m.day };
    if (!explicit && c) explicit = c.date ?? (c.day !== null && ctx ? { y: ctx.y, m: c.month ?? ctx.m, d: c.day } : null);
    if (explicit) {
      if (date === null || ymdString(explicit) !== ymdString(date)) prevMin = null;
      date = explicit;
    }
    let day: Ymd | null = date ?? base;
    let at: string | null = null;
    let precision: TimelineEntry['precision'];
    if (m.unknown) precision = 'unknown';
    else if (m.hour === null || m.minute === null) {
      precision = 'date';
      at = day ? `${ymdString(day)}T00:00:00.000Z` : null;
    } else {
      const h = hour24(m.hour, m.meridiem);
      const min = h * 60 + m.minute;
      if (!explicit && prevMin !== null && min < prevMin && day) {
        const drop = prevMin - min;
        if (drop > 720 || (prevPm && m.meridiem === 'am' && drop >= 360)) {
          day = nextDay(day);
          date = day;
        }
      }
      prevMin = min;
      prevPm = m.meridiem === 'pm';
      precision = m.approx ? 'approximate' : m.second !== null ? 'exact' : 'minute';
      const z = m.zone ?? zone;
      if (day) {
        let offset = z === null ? null : zoneOffsetMinutes(z, day.y, day.m, day.d, h, m.minute);
        if (offset === null) {
          assumedUtc = true;
          offset = 0;
        }
        at = new Date(Date.UTC(day.y, day.m - 1, day.d, h, m.minute, m.second ?? 0) - offset * 60000).toISOString();
      } else undated++;
    }
    const e: TimelineEntry = { asWritten: r.asWrittenCell ?? m.asWritten, at, precision, text: r.text, line: r.line };
    if (r.phase !== undefined && PHASES.has(r.phase.toLowerCase())) e.phase = r.phase.toLowerCase() as Phase;
    if (r.source !== undefined) e.source = r.source;
    if (r.decision !== undefined && /^(?:yes|y|true|x|✓|✔)$/i.test(r.decision)) e.decisionPoint = true;
    entries.push(e);
    dates.push(m.unknown && !explicit ? null : day);
  }
  return { entries, dates, outOfOrder: isOutOfOrder(entries, dates), assumedUtc, undated };
}

function isOutOfOrder(entries: readonly TimelineEntry[], dates: readonly (Ymd | null)[]): boolean {
  let lastAt = -Infinity;
  let lastDay = '';
  for (let i = 0; i < entries.length; i++) {
    const e = entries[i];
    const d = dates[i];
    if (!e || e.at === null || !d) continue;
    const day = ymdString(d);
    if (day < lastDay) return true;
    if (e.precision !== 'date') {
      const t = Date.parse(e.at);
      if (t < lastAt) return true;
      lastAt = t;
    }
    if (day > lastDay) lastDay = day;
  }
  return false;
}
