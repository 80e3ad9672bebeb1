/**
 * Orders ISO 8601 UTC instants that may carry more digits than JavaScript's
 * milliseconds (Alertmanager and Slack give micro- and nanoseconds).
 */
export type InstantKey = { ms: number; subMsNanos: number };

/** Splits an ISO instant into epoch milliseconds and the nanoseconds beyond them; null when unreadable. */
export function instantKey(iso: string): InstantKey | null {
  const m = /^(.*?:\d{2})(?:\.(\d+))?(Z|[+-]\d{2}:?\d{2})$/i.exec(iso.trim());
  if (m === null) {
    const ms = Date.parse(iso);
    return Number.isNaN(ms) ? null : { ms, subMsNanos: 0 };
  }
  const digits = (m[2] ?? '').padEnd(9, '0').slice(0, 9);
  const ms = Date.parse(`${m[1]}.${digits.slice(0, 3)}${m[3]}`);
  if (Number.isNaN(ms)) return null;
  return { ms, subMsNanos: Number(digits.slice(3)) };
}

/** Compares two instant keys: negative when a is earlier. */
export function compareInstants(a: InstantKey, b: InstantKey): number {
  return a.ms - b.ms || a.subMsNanos - b.subMsNanos;
}
