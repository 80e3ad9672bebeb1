// Calendar days as the timeline reader handles them (a year, a month and a day), split from time-scan.ts (round 33).

export type Ymd = { y: number; m: number; d: number };

/** A calendar day from its parts, or null when the parts cannot be one (a month over 12, a year far out of range). */
export function validYmd(y: number, m: number, d: number): Ymd | null {
  return m >= 1 && m <= 12 && d >= 1 && d <= 31 && y >= 1970 && y <= 2200 ? { y, m, d } : null;
}

/** Formats a date as YYYY-MM-DD. */
export function ymdString(d: Ymd): string {
  return `${String(d.y).padStart(4, '0')}-${String(d.m).padStart(2, '0')}-${String(d.d).padStart(2, '0')}`;
}

/** The next calendar day. */
export function nextDay(d: Ymd): Ymd {
  const t = new Date(Date.UTC(d.y, d.m - 1, d.d + 1));
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
}
