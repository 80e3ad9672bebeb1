/** Pure retry timing for jobs: exponential backoff with a cap, a peer's Retry-After wins. */

export type BackoffOptions = { baseMs: number; maxMs: number };
export const DEFAULT_BACKOFF: BackoffOptions = { baseMs: 30_000, maxMs: 6 * 3600_000 };

/** Delay before the next try after `attempts` failed tries (1 → base, 2 → 2×base, …, capped). */
export function backoffMs(attempts: number, o: BackoffOptions = DEFAULT_BACKOFF): number {
  const n = Math.max(1, attempts);
  return Math.min(o.maxMs, o.baseMs * 2 ** Math.min(n - 1, 30));
}

/** When a failed job runs again: null = dead (its attempts are used up or the failure is permanent). */
export function nextRunAt(now: Date, attempts: number, maxAttempts: number, failure: { permanent: boolean; retryAfterMs: number | null }, o: BackoffOptions = DEFAULT_BACKOFF): Date | null {
  if (failure.permanent || attempts >= maxAttempts) return null;
  const delay = failure.retryAfterMs !== null ? Math.max(failure.retryAfterMs, 0) : backoffMs(attempts, o);
  return new Date(now.getTime() + delay);
}
