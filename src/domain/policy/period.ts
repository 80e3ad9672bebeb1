/**
 * Periods such as `24h`, `1w`, `1mo`, `1q` and their arithmetic.
 *
 * Minutes, hours, days and weeks are exact lengths: 24 h is 86,400,000 ms even across a
 * DST change, so a deadline is an absolute instant. Months and quarters are calendar
 * periods counted in the policy's time zone: the same wall-clock time N months later,
 * clamped to the month's last day (Jan 31 + 1 month → Feb 28 or 29). A wall-clock time a
 * DST change skips moves forward; one it repeats takes the earlier instant (as Temporal's
 * `compatible` disambiguation does).
 */
import { z } from 'zod';

export type PeriodUnit = 'min' | 'h' | 'd' | 'w' | 'mo' | 'q';

/** A parsed period: an amount of one unit. */
export type Period = { amount: number; unit: PeriodUnit };

const UNIT_WORDS: Record<string, PeriodUnit> = {
  min: 'min', mins: 'min', minute: 'min', minutes: 'min',
  h: 'h', hr: 'h', hrs: 'h', hour: 'h', hours: 'h',
  d: 'd', day: 'd', days: 'd',
  w: 'w', wk: 'w', week: 'w', weeks: 'w',
  mo: 'mo', month: 'mo', months: 'mo',
  q: 'q', quarter: 'q', quarters: 'q',
};

const EXACT_MS: Record<'min' | 'h' | 'd' | 'w', number> = {
  min: 60_000,
  h: 3_600_000,
  d: 86_400_000,
  w: 604_800_000,
};

/** Parses `24h`, `48 hours`, `1w`, `2 weeks`, `1mo`, `3 months`, `1q`; undefined when not a period. */
export function parsePeriod(text: string): Period | undefined {
  const match = /^\s*(\d+(?:\.\d+)?)\s*([a-z]+)\s*$/i.exec(text);
  if (match === null) return undefined;
  const unit = UNIT_WORDS[(match[2] ?? '').toLowerCase()];
  const amount = Number(match[1]);
  if (unit === undefined || !Number.isFinite(amount)) return undefined;
  if ((unit === 'mo' || unit === 'q') && !Number.isInteger(amount)) return undefined;
  return { amount, unit };
}

/** Canonical spelling of a period (`24h`, `1mo`). */
export function formatPeriod(p: Period): string {
  return `${p.amount}${p.unit}`;
}

/** Human spelling of a period (`24 hours`, `1 month`). */
export function describePeriod(p: Period): string {
  const words: Record<PeriodUnit, string> = { min: 'minute', h: 'hour', d: 'day', w: 'week', mo: 'month', q: 'quarter' };
  if (p.amount === 0) return 'immediately';
  return `${p.amount} ${words[p.unit]}${p.amount === 1 ? '' : 's'}`;
}

/** Zod schema of a period written as text in config; its output is the canonical text. */
export const PeriodSchema = z.string().transform((text, ctx) => {
  const p = parsePeriod(text);
  if (p === undefined) {
    ctx.addIssue({
      code: 'custom',
      message: `"${text}" is not a period; write e.g. 30min, 24h, 7d, 1w, 1mo or 1q (months and quarters whole)`,
    });
    return z.NEVER;
  }
  return formatPeriod(p);
});

/** True when the name is a time zone this runtime knows (IANA name or UTC). */
export function isTimeZone(name: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: name });
    return true;
  } catch {
    return false;
  }
}

type Wall = { y: number; m: number; d: number; hh: number; mm: number; ss: number; ms: number };

const formatters = new Map<string, Intl.DateTimeFormat>();
const UTC_ZONES = new Set(['UTC', 'Etc/UTC', 'GMT', 'Etc/GMT', 'Universal', 'Etc/Universal', 'Zulu', 'Etc/Zulu']);
/** Zone offsets by quarter hour (every real transition since 1970 falls on one): formatting a date is costly, and a page of incidents asks thousands of times. */
const QUARTER_HOUR = 900_000;
const offsets = new Map<string, number>();

/** The zone's offset from UTC at an instant, in milliseconds. */
function zoneOffset(ms: number, timeZone: string): number {
  if (UTC_ZONES.has(timeZone)) return 0;
  const bucket = Math.floor(ms / QUARTER_HOUR) * QUARTER_HOUR;
  const key = `${timeZone} ${bucket}`;
  const known = offsets.get(key);
  if (known !== undefined) return known;
  let fmt = formatters.get(timeZone);
  if (fmt === undefined) {
    fmt = new Intl.DateTimeFormat('en-US', {
      timeZone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric',
      hour: 'numeric', minute: 'numeric', second: 'numeric',
    });
    formatters.set(timeZone, fmt);
  }
  const parts = fmt.formatToParts(new Date(bucket));
  const part = (type: string): number => Number(parts.find((p) => p.type === type)?.value);
  const offset = Date.UTC(part('year'), part('month') - 1, part('day'), part('hour'), part('minute'), part('second')) - bucket;
  if (offsets.size > 50_000) offsets.clear();
  offsets.set(key, offset);
  return offset;
}

function wallClock(ms: number, timeZone: string): Wall {
  const d = new Date(ms + zoneOffset(ms, timeZone));
  return { y: d.getUTCFullYear(), m: d.getUTCMonth() + 1, d: d.getUTCDate(), hh: d.getUTCHours(), mm: d.getUTCMinutes(), ss: d.getUTCSeconds(), ms: d.getUTCMilliseconds() };
}

function wallAsUtc(w: Wall): number {
  return Date.UTC(w.y, w.m - 1, w.d, w.hh, w.mm, w.ss, w.ms);
}

function offsetAt(ms: number, timeZone: string): number {
  return zoneOffset(ms, timeZone);
}

/** The instant a wall-clock time names in a zone (gap → later, overlap → earlier). */
function wallToInstant(w: Wall, timeZone: string): number {
  const local = wallAsUtc(w);
  const before = local - offsetAt(local - EXACT_MS.d, timeZone);
  const after = local - offsetAt(local + EXACT_MS.d, timeZone);
  const valid = [before, after].filter((t) => wallAsUtc(wallClock(t, timeZone)) === local);
  if (valid.length === 0) return before;
  return Math.min(...valid);
}

function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/** Adds whole calendar months in a zone, clamping the day to the target month's length. */
export function addCalendarMonths(at: Date, months: number, timeZone: string): Date {
  const w = wallClock(at.getTime(), timeZone);
  const index = w.y * 12 + (w.m - 1) + months;
  const y = Math.floor(index / 12);
  const m = (index % 12) + 1;
  const d = Math.min(w.d, daysInMonth(y, m));
  return new Date(wallToInstant({ ...w, y, m, d }, timeZone));
}

/** Adds a period to an instant: exact for min/h/d/w, calendar (in the zone) for mo/q. */
export function addPeriod(at: Date, period: Period, timeZone = 'UTC'): Date {
  switch (period.unit) {
    case 'mo':
      return addCalendarMonths(at, period.amount, timeZone);
    case 'q':
      return addCalendarMonths(at, period.amount * 3, timeZone);
    case 'min':
    case 'h':
    case 'd':
    case 'w':
      return new Date(at.getTime() + period.amount * EXACT_MS[period.unit]);
  }
}

/** Adds a period given as text (already validated by PeriodSchema). */
export function addPeriodText(at: Date, period: string, timeZone = 'UTC'): Date {
  const p = parsePeriod(period);
  if (p === undefined) throw new Error(`not a period: ${period}`);
  return addPeriod(at, p, timeZone);
}
