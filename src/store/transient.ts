/**
 * Database errors worth trying again: the same work succeeds once the other transaction
 * has gone (deadlock, serialization failure, lock not available) or the connection is
 * back (connection errors, a server shutting down or starting). Everything else is the
 * work's own fault and retrying it gives the same answer.
 */

/** SQLSTATE codes of transient failures (and classes: 08 connection exception). */
const TRANSIENT_CODES = new Set(['40P01', '40001', '55P03', '57P01', '57P02', '57P03', '53300', '53400']);
const TRANSIENT_NODE_CODES = new Set(['ECONNRESET', 'ECONNREFUSED', 'EPIPE', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENOTFOUND', 'EAI_AGAIN']);
const TRANSIENT_MESSAGES = /connection terminated|connection (?:is )?closed|client has encountered a connection error|timeout exceeded when trying to connect|cannot use a pool after calling end/i;

/** The chain of causes of an error (Drizzle wraps the driver's error in `cause`). */
function causes(e: unknown): unknown[] {
  const out: unknown[] = [];
  let cur: unknown = e;
  while (cur !== null && cur !== undefined && out.length < 8) {
    out.push(cur);
    cur = typeof cur === 'object' ? (cur as { cause?: unknown }).cause : undefined;
  }
  return out;
}

/** The SQLSTATE of a database error (looked for along its causes), or null. */
export function sqlStateOf(e: unknown): string | null {
  for (const c of causes(e)) {
    const code = typeof c === 'object' && c !== null ? (c as { code?: unknown }).code : undefined;
    if (typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code)) return code;
  }
  return null;
}

/** True when trying the same work again later may succeed. */
export function isTransientDbError(e: unknown): boolean {
  for (const c of causes(e)) {
    if (typeof c !== 'object' || c === null) continue;
    const code = (c as { code?: unknown }).code;
    if (typeof code === 'string' && (TRANSIENT_CODES.has(code) || code.startsWith('08') || TRANSIENT_NODE_CODES.has(code))) return true;
    const message = (c as { message?: unknown }).message;
    if (typeof message === 'string' && TRANSIENT_MESSAGES.test(message)) return true;
  }
  return false;
}

/**
 * True for a deadlock or a serialization failure: PostgreSQL ended this transaction so that
 * a concurrent one could go on, and running the same transaction again is safe (nothing of it
 * was committed). Not a lost connection: a commit may have landed before the answer was lost.
 */
export function isConcurrencyConflict(e: unknown): boolean {
  const code = sqlStateOf(e);
  return code === '40P01' || code === '40001';
}

/** The most telling message of a database error: the driver's own (Drizzle's repeats the whole query and its values). */
export function dbErrorMessage(e: unknown): string {
  const chain = causes(e);
  const driver = [...chain].reverse().find((c) => typeof c === 'object' && c !== null && typeof (c as { message?: unknown }).message === 'string');
  const message = driver ? (driver as { message: string }).message : String(e);
  // A NUL cannot be stored in a text column: the reason must be storable itself.
  return message.replaceAll('\u0000', '\\u0000');
}

export type RetryOptions = {
  /** Attempts in all (the first included). */
  attempts: number;
  /** The first wait; each next one doubles, with jitter. */
  baseMs: number;
  sleep?: (ms: number) => Promise<void>;
  /** What counts as transient (default: isTransientDbError). */
  isTransient?: (e: unknown) => boolean;
};

/** Runs `fn`, trying again after a backoff while it fails transiently; the last error is thrown. */
export async function withTransientRetry<T>(fn: () => Promise<T>, o: RetryOptions): Promise<T> {
  const sleep = o.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
  for (let attempt = 1; ; attempt++) {
    try {
      return await fn();
    } catch (e) {
      if (attempt >= o.attempts || !(o.isTransient ?? isTransientDbError)(e)) throw e;
      const wait = o.baseMs * 2 ** (attempt - 1);
      await sleep(wait / 2 + Math.random() * wait);
    }
  }
}
