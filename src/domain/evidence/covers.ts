/**
 * The `--covers` range of the CLI: `14:00..14:30` (times on the incident's day, UTC, the
 * end rolling over midnight when earlier than the start), `2026-03-10T14:00Z..2026-03-10T15:00Z`,
 * or an open end (`14:00..`, `..14:30`).
 */
import type { Covers } from './evidence.schema.ts';

const CLOCK = /^([01]?\d|2[0-3]):([0-5]\d)(?::([0-5]\d))?$/;

function instant(text: string, day: string): Date | null {
  const t = text.trim();
  if (t === '') return null;
  const m = CLOCK.exec(t);
  if (m) return new Date(`${day}T${m[1]!.padStart(2, '0')}:${m[2]}:${m[3] ?? '00'}Z`);
  const withZone = /(?:Z|[+-]\d\d:?\d\d)$/i.test(t) ? t : `${t}Z`;
  const d = new Date(withZone);
  return Number.isNaN(d.getTime()) || !/^\d{4}-\d\d-\d\d/.test(t) ? null : d;
}

/** Reads a covers range; `day` (YYYY-MM-DD) places bare clock times. Throws a message naming the problem. */
export function parseCovers(text: string, day: string): Covers {
  const parts = text.split('..');
  if (parts.length !== 2) throw new Error(`--covers: write FROM..TO, e.g. 14:00..14:30 or 2026-03-10T14:00Z..2026-03-10T15:00Z (got "${text}")`);
  const [a, b] = parts as [string, string];
  const from = instant(a, day);
  let to = instant(b, day);
  if (a.trim() !== '' && from === null) throw new Error(`--covers: "${a}" is not a time (HH:MM) or an ISO 8601 instant`);
  if (b.trim() !== '' && to === null) throw new Error(`--covers: "${b}" is not a time (HH:MM) or an ISO 8601 instant`);
  if (from && to && to < from && CLOCK.test(b.trim())) to = new Date(to.getTime() + 86_400_000);
  if (from && to && to < from) throw new Error(`--covers: ${b} is before ${a}`);
  return { from: from?.toISOString() ?? null, to: to?.toISOString() ?? null };
}
