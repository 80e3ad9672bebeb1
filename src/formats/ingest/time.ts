import type { TimePrecision } from '../../domain/timeline/event.types.ts';

/** An instant read from a source: ISO 8601 UTC with Z, keeping every fraction digit given. */
export type ReadTime = { at: string; precision: TimePrecision; assumedUtc: boolean };

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

function offsetMinutes(zone: string | undefined): number | null {
  if (zone === undefined || zone === '') return null;
  if (/^z$/i.test(zone) || /^(utc|gmt)$/i.test(zone)) return 0;
  const m = /^([+-])(\d{2}):?(\d{2})?$/.exec(zone);
  if (m === null) return null;
  const minutes = Number(m[2]) * 60 + Number(m[3] ?? '0');
  return m[1] === '-' ? -minutes : minutes;
}

type Parts = { y: number; mo: number; d: number; h: number; mi: number; s: number | null; frac: string; zone: string | undefined };

function build(p: Parts): ReadTime | null {
  if (p.y <= 1) return null; // Go's zero time (0001-01-01T00:00:00Z) means "unset"
  if (p.mo < 1 || p.mo > 12 || p.d < 1 || p.d > 31 || p.h > 24 || p.mi > 59 || (p.s ?? 0) > 60) return null;
  const off = offsetMinutes(p.zone);
  const date = new Date(0);
  date.setUTCFullYear(p.y, p.mo - 1, p.d);
  date.setUTCHours(p.h, p.mi, p.s ?? 0, 0);
  if (date.getUTCDate() !== p.d && p.h !== 24) return null;
  const ms = date.getTime() - (off ?? 0) * 60_000;
  const whole = new Date(ms).toISOString().replace(/\.\d{3}Z$/, '');
  const frac = p.frac.slice(0, 9);
  return {
    at: `${whole}${frac === '' ? '' : `.${frac}`}Z`,
    precision: p.s === null ? 'minute' : 'exact',
    assumedUtc: off === null,
  };
}

const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?|UTC|GMT)?$/i;

/** Reads an ISO 8601 / RFC 3339 time (any offset, any fraction); null when absent, unset or unreadable. */
export function readIso(text: unknown): ReadTime | null {
  if (typeof text !== 'string') return null;
  const m = ISO.exec(text.trim());
  if (m === null) return null;
  if (m[4] === undefined) {
    const day = build({ y: Number(m[1]), mo: Number(m[2]), d: Number(m[3]), h: 0, mi: 0, s: 0, frac: '', zone: 'Z' });
    return day === null ? null : { ...day, precision: 'date', assumedUtc: m[8] === undefined };
  }
  return build({ y: Number(m[1]), mo: Number(m[2]), d: Number(m[3]), h: Number(m[4]), mi: Number(m[5]), s: m[6] === undefined ? null : Number(m[6]), frac: m[7] ?? '', zone: m[8] });
}

/**
 * Reads seconds, milliseconds, microseconds or nanoseconds since the epoch, telling the
 * unit by magnitude (Opsgenie mixes ms and ns in one payload). Digit strings are read
 * exactly; numbers beyond 2^53 keep only milliseconds.
 */
export function readEpoch(value: unknown): ReadTime | null {
  let digits: string;
  let extra = '';
  if (typeof value === 'number') {
    if (!Number.isFinite(value) || value <= 0) return null;
    if (Number.isInteger(value)) digits = BigInt(value).toString();
    else [digits = '', extra = ''] = value.toFixed(6).split('.');
  } else if (typeof value === 'string' && /^\d+(\.\d+)?$/.test(value.trim())) {
    [digits = '', extra = ''] = value.trim().split('.');
  } else return null;
  const unitDigits = digits.length <= 11 ? 0 : digits.length <= 14 ? 3 : digits.length <= 17 ? 6 : 9;
  const seconds = Number(digits.slice(0, digits.length - unitDigits) || '0');
  let frac = unitDigits === 0 ? extra : digits.slice(digits.length - unitDigits) + extra;
  if (typeof value === 'number' && value > Number.MAX_SAFE_INTEGER) frac = frac.slice(0, 3);
  if (seconds <= 0) return null;
  const whole = new Date(seconds * 1000).toISOString().replace(/\.\d{3}Z$/, '');
  const trimmed = /^0*$/.test(frac) ? '' : frac.slice(0, 9);
  return { at: `${whole}${trimmed === '' ? '' : `.${trimmed}`}Z`, precision: 'exact', assumedUtc: false };
}

// "Thu Jan 18 20:32:01 2018 -0800" (git default), "Thu, 18 Jan 2018 20:32:01 -0800" (RFC 2822).
const GIT_DEFAULT = /^(?:[A-Za-z]{3},?\s+)?([A-Za-z]{3})\s+(\d{1,2})\s+(\d{2}):(\d{2}):(\d{2})\s+(\d{4})(?:\s+([+-]\d{4}))?$/;
const RFC2822 = /^(?:[A-Za-z]{3},?\s+)?(\d{1,2})\s+([A-Za-z]{3})\s+(\d{4})\s+(\d{2}):(\d{2}):(\d{2})(?:\s+([+-]\d{4}|UTC|GMT))?$/;

/** Reads the date forms `git log` prints: default, RFC 2822, ISO, strict ISO, raw (`1516336321 -0800`), unix, short. */
export function readGitDate(text: string): ReadTime | null {
  const t = text.trim();
  const iso = readIso(t);
  if (iso !== null) return iso;
  const raw = /^(\d{9,11})(?:\s+[+-]\d{4})?$/.exec(t);
  if (raw !== null) return readEpoch(raw[1]);
  let m = GIT_DEFAULT.exec(t);
  if (m !== null) {
    const mo = MONTHS.indexOf((m[1] ?? '').toLowerCase()) + 1;
    return build({ y: Number(m[6]), mo, d: Number(m[2]), h: Number(m[3]), mi: Number(m[4]), s: Number(m[5]), frac: '', zone: m[7] });
  }
  m = RFC2822.exec(t);
  if (m !== null) {
    const mo = MONTHS.indexOf((m[2] ?? '').toLowerCase()) + 1;
    return build({ y: Number(m[3]), mo, d: Number(m[1]), h: Number(m[4]), mi: Number(m[5]), s: Number(m[6]), frac: '', zone: m[7] });
  }
  return null;
}
