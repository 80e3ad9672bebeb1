/**
 * Values read from JSON that PostgreSQL built (`json_build_array(…)::text`), as the API writes them. Pure.
 */

/**
 * A `timestamptz` as PostgreSQL writes it in JSON under the UTC time zone ("2026-10-31T23:46:00+00:00",
 * "…:00.25+00:00"), as the ISO instant `Date#toISOString` writes ("2026-10-31T23:46:00.000Z", fractions
 * cut to milliseconds as `Date` cuts them), by string: a list page holds 350 of them. Any other form (a
 * session in another time zone) goes through `Date`.
 */
export function isoInstantOf(v: string): string {
  if (v.length >= 25 && v.endsWith('+00:00') && v[10] === 'T' && v[4] === '-') {
    if (v.length === 25) return `${v.slice(0, 19)}.000Z`;
    if (v[19] === '.') return `${v.slice(0, 19)}.${`${v.slice(20, -6)}00`.slice(0, 3)}Z`;
  }
  return new Date(v).toISOString();
}

/** A time that may be null, as `isoInstantOf` writes it. */
export const isoOrNull = (v: unknown): string | null => (typeof v === 'string' ? isoInstantOf(v) : null);

/** A text that may be null. */
export const textOrNull = (v: unknown): string | null => (typeof v === 'string' ? v : null);
