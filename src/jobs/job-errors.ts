/** How a job handler says what kind of failure it met (anything else is transient: retried with backoff). */

/** The peer asked to wait (HTTP 429/503 with Retry-After): retried after that delay. */
export class RetryLaterError extends Error {
  constructor(message: string, readonly retryAfterMs: number) {
    super(message);
    this.name = 'RetryLaterError';
  }
}

/** Retrying cannot help (bad address, 4xx refusal, unknown job kind): the job goes dead at once. */
export class PermanentJobError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PermanentJobError';
  }
}

/** The failure as the runner records it. */
export function classifyFailure(e: unknown): { message: string; permanent: boolean; retryAfterMs: number | null } {
  const message = e instanceof Error ? e.message : String(e);
  if (e instanceof PermanentJobError) return { message, permanent: true, retryAfterMs: null };
  if (e instanceof RetryLaterError) return { message, permanent: false, retryAfterMs: e.retryAfterMs };
  return { message, permanent: false, retryAfterMs: null };
}
