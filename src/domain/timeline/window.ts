/**
 * The incident's window: when its events can plausibly have happened. Imported events
 * outside it (a 2016 Slack export on a 2026 incident) are outliers the importer is asked
 * about. Pure: the caller passes `now`.
 */

/** The key times known on the incident (ISO instants or null). */
export type WindowKeyTimes = {
  startedAt?: string | null; detectedAt?: string | null; declaredAt?: string | null; acknowledgedAt?: string | null;
  mitigatedAt?: string | null; resolvedAt?: string | null; closedAt?: string | null;
};

/** What the window was built from. */
export type WindowBasis = 'key_times' | 'other_events' | 'declared';

export type IncidentWindow = { from: string; to: string; basis: WindowBasis; marginHours: number };

const HOUR = 3_600_000;

const ms = (iso: string | null | undefined): number | null => {
  if (iso === null || iso === undefined) return null;
  const t = Date.parse(iso);
  return Number.isNaN(t) ? null : t;
};

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 2)]!;
}

/**
 * The window, `marginHours` either side of:
 * - the start (started, detected, declared) … end (resolved, closed; `now` while the incident is open) when key times are known;
 * - otherwise the median of the incident's other events (a robust centre: one stray event does not move it) and the declaration;
 * - otherwise the declaration (always known).
 */
export function incidentWindow(keys: WindowKeyTimes, otherEventTimes: readonly (string | null)[], marginHours: number, now: Date): IncidentWindow {
  const margin = marginHours * HOUR;
  const starts = [keys.startedAt, keys.detectedAt].map(ms).filter((t): t is number => t !== null);
  const ends = [keys.resolvedAt, keys.closedAt].map(ms).filter((t): t is number => t !== null);
  const make = (from: number, to: number, basis: WindowBasis): IncidentWindow =>
    ({ from: new Date(from - margin).toISOString(), to: new Date(to + margin).toISOString(), basis, marginHours });
  if (starts.length > 0 || ends.length > 0) {
    const middle = [keys.acknowledgedAt, keys.mitigatedAt].map(ms).filter((t): t is number => t !== null);
    const all = [...starts, ...middle, ...ends];
    const start = Math.min(...all);
    const end = ends.length > 0 ? Math.max(...all) : Math.max(...all, now.getTime());
    return make(start, end, 'key_times');
  }
  const others = otherEventTimes.map(ms).filter((t): t is number => t !== null);
  const declared = ms(keys.declaredAt) ?? now.getTime();
  if (others.length > 0) {
    // The declaration stays inside too: events kept from another year widen the window rather than move it.
    const centre = median(others);
    return make(Math.min(centre, declared), Math.max(centre, declared), 'other_events');
  }
  return make(declared, declared, 'declared');
}

/** Whether the window moves with `now`: the incident has a start but no end yet, so its window ends at `now`. */
export function windowGrowsWithClock(keys: WindowKeyTimes): boolean {
  return (keys.startedAt != null || keys.detectedAt != null) && keys.resolvedAt == null && keys.closedAt == null;
}

/** Whether an instant lies outside the window (an unknown time is never an outlier). */
export function isOutside(window: IncidentWindow, at: string | null): boolean {
  const t = ms(at);
  if (t === null) return false;
  return t < Date.parse(window.from) || t > Date.parse(window.to);
}

/** The items whose time lies outside the window, in their order. */
export function outsideWindow<T extends { at: string | null }>(window: IncidentWindow, items: readonly T[]): T[] {
  return items.filter((i) => isOutside(window, i.at));
}
