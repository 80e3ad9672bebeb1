/** Display helpers for times and durations. */

/** A local date and time, e.g. "23 Nov 2026, 14:05". */
export function formatTime(iso: string | null | undefined): string {
  if (!iso) return '—';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return d.toLocaleString(undefined, { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit' });
}

/** A full ISO 8601 date-time as the server writes it ("2026-03-10T09:00:00.000Z", "…+01:00"). */
const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:?\d{2})$/;

/** A recorded value as a person reads it: times in local time, yes / no, "—" for nothing, else its text. */
export function formatValue(v: unknown): string {
  if (v === null || v === undefined || v === '') return '—';
  if (typeof v === 'string') return ISO_DATE_TIME.test(v) ? formatTime(v) : v;
  if (typeof v === 'boolean') return v ? 'yes' : 'no';
  if (typeof v === 'number') return String(v);
  if (Array.isArray(v) && v.every((x) => typeof x === 'string')) return v.length === 0 ? '—' : v.join(', ');
  return JSON.stringify(v);
}

/**
 * A timeline entry's time as a person reads it: an ISO time (as a refresh from the
 * incident writes it, "2026-12-03T05:03Z") in local time, from the derived instant when
 * there is one; a time the author wrote ("14:03", "2:03 PM PST") as written.
 */
export function formatEntryTime(asWritten: string, at: string | null): string {
  if (!asWritten.trim()) return at ? formatTime(at) : '??:??';
  return ISO_DATE_TIME.test(asWritten.trim()) ? formatTime(at ?? asWritten.trim()) : asWritten;
}

/** A clock time, e.g. "14:05". */
export function formatClock(iso: string): string {
  return new Date(iso).toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit' });
}

/** Minutes as "1 h 05 min" / "12 min" / "—". */
export function formatMinutes(min: unknown): string {
  if (typeof min !== 'number' || !Number.isFinite(min)) return '—';
  const m = Math.round(min);
  if (m < 60) return `${m} min`;
  const h = Math.floor(m / 60);
  return `${h} h ${String(m % 60).padStart(2, '0')} min`;
}

/** ISO time → value of an <input type="datetime-local"> (local time). */
export function toLocalInput(iso: string | null | undefined): string {
  if (!iso) return '';
  const d = new Date(iso);
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** Value of an <input type="datetime-local"> → ISO with offset (UTC), or null when empty. */
export function fromLocalInput(value: string): string | null {
  if (!value) return null;
  const d = new Date(value);
  return Number.isNaN(d.getTime()) ? null : d.toISOString();
}

/** "in 3 h" / "5 h ago", relative to now. */
export function relative(iso: string | null | undefined, now = Date.now()): string {
  if (!iso) return '';
  const diff = (new Date(iso).getTime() - now) / 60_000;
  const abs = Math.abs(diff);
  const text = abs < 60 ? `${Math.round(abs)} min` : abs < 48 * 60 ? `${Math.round(abs / 60)} h` : `${Math.round(abs / 1440)} days`;
  return diff >= 0 ? `in ${text}` : `${text} ago`;
}
