/**
 * Sign-in throttling: failed sign-ins are counted in a sliding window per account, per
 * client address, and per account on one address. Past a limit the next attempt is refused
 * with 429 and Retry-After (before the password is checked) until the oldest counted failure
 * leaves the window: never a permanent lockout. A successful sign-in clears the account's
 * count on that address.
 *
 * The counts live in this process's memory (one map per database handle): several servers
 * behind a load balancer each count on their own, so the effective limit is multiplied by
 * the number of servers. Documented in docs/security.md.
 */
import { AppError } from '../domain/errors.ts';
import type { ServiceContext } from './context.ts';

export const SIGN_IN_LIMITS = {
  windowMs: 15 * 60_000,
  /** Failures for one account from one address. */
  perAccountAddress: 5,
  /** Failures for one account from any address (a spread attack slows down, the real user waits minutes at most). */
  perAccount: 20,
  /** Failures from one address, any account. */
  perAddress: 30,
  /** Keys kept at most (oldest dropped first). */
  maxKeys: 100_000,
};

class FailureLog {
  private readonly failures = new Map<string, number[]>();

  /** Milliseconds until an attempt under every key is allowed again (0 = allowed now). */
  waitFor(keys: readonly { key: string; limit: number }[], now: number): number {
    let wait = 0;
    for (const { key, limit } of keys) {
      const recent = this.recent(key, now);
      if (recent.length >= limit) wait = Math.max(wait, recent[recent.length - limit]! + SIGN_IN_LIMITS.windowMs - now);
    }
    return wait;
  }

  fail(keys: readonly string[], now: number): void {
    for (const key of keys) {
      const recent = this.recent(key, now);
      recent.push(now);
      this.failures.delete(key);
      this.failures.set(key, recent);
    }
    while (this.failures.size > SIGN_IN_LIMITS.maxKeys) {
      const oldest = this.failures.keys().next().value;
      if (oldest === undefined) break;
      this.failures.delete(oldest);
    }
  }

  clear(key: string): void {
    this.failures.delete(key);
  }

  private recent(key: string, now: number): number[] {
    const all = this.failures.get(key) ?? [];
    const recent = all.filter((t) => t > now - SIGN_IN_LIMITS.windowMs);
    if (recent.length === 0) this.failures.delete(key);
    return recent;
  }
}

const LOGS = new WeakMap<object, FailureLog>();

function logOf(ctx: ServiceContext): FailureLog {
  let log = LOGS.get(ctx.db);
  if (!log) {
    log = new FailureLog();
    LOGS.set(ctx.db, log);
  }
  return log;
}

const keysOf = (username: string, address: string) => {
  const account = username.trim().toLowerCase();
  return {
    pair: `pair:${account}\u0000${address}`,
    account: `account:${account}`,
    address: `address:${address}`,
  };
};

/** Refuses (429, Retry-After) a sign-in attempt while the account or the address is throttled. */
export function checkSignInAllowed(ctx: ServiceContext, username: string, address: string): void {
  const k = keysOf(username, address);
  const wait = logOf(ctx).waitFor([
    { key: k.pair, limit: SIGN_IN_LIMITS.perAccountAddress },
    { key: k.account, limit: SIGN_IN_LIMITS.perAccount },
    { key: k.address, limit: SIGN_IN_LIMITS.perAddress },
  ], ctx.now().getTime());
  if (wait > 0) {
    const retryAfterSeconds = Math.ceil(wait / 1000);
    throw new AppError('rate_limited', `too many failed sign-ins for this account or from this address; try again in ${retryAfterSeconds} s`, { retryAfterSeconds });
  }
}

/** Counts a failed sign-in. */
export function recordSignInFailure(ctx: ServiceContext, username: string, address: string): void {
  const k = keysOf(username, address);
  logOf(ctx).fail([k.pair, k.account, k.address], ctx.now().getTime());
}

/** A successful sign-in clears the account's failures from that address. */
export function recordSignInSuccess(ctx: ServiceContext, username: string, address: string): void {
  logOf(ctx).clear(keysOf(username, address).pair);
}
