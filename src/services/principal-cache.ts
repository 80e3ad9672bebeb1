import { databaseKind, type Db } from '../store/database.ts';

/**
 * Who is behind a token or a session secret, remembered briefly — on the embedded database
 * only. PGlite is opened by one process (the data directory's lock), so every change to
 * tokens, users and sessions goes through this process, which forgets what it remembered
 * when the change commits: a revoked token, a deactivated user or a signed-out session stops
 * working at once. On PostgreSQL several servers may share the database, and another
 * server's change would go unseen, so nothing is remembered there.
 *
 * A lookup that was in flight while something changed never stores its (possibly old)
 * answer: each store names the generation it read under, and forgetting starts a new one.
 */
const TTL_MS = 30_000;
const MAX_ENTRIES = 5_000;

type Entry = { value: unknown; until: number };

class PrincipalCache {
  private generation = 0;
  private readonly entries = new Map<string, Entry>();

  get current(): number {
    return this.generation;
  }

  get(key: string, nowMs: number): unknown {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    if (entry.until <= nowMs) {
      this.entries.delete(key);
      return undefined;
    }
    return entry.value;
  }

  put(key: string, value: unknown, until: number, readUnder: number): void {
    if (readUnder !== this.generation) return;
    if (this.entries.size >= MAX_ENTRIES) this.entries.delete(this.entries.keys().next().value!);
    this.entries.set(key, { value, until });
  }

  forget(): void {
    this.generation++;
    this.entries.clear();
  }
}

const caches = new WeakMap<Db, PrincipalCache>();

function cacheOf(db: Db): PrincipalCache | null {
  let cache = caches.get(db);
  if (!cache) {
    if (databaseKind(db) !== 'pglite') return null;
    cache = new PrincipalCache();
    caches.set(db, cache);
  }
  return cache;
}

/**
 * The remembered answer for `key`, or `load()`'s, remembered until the earlier of its own
 * `until` (a token's or session's expiry) and a short time from now. Null answers (unknown,
 * revoked, expired) are never remembered.
 */
export async function rememberedPrincipal<T>(
  db: Db, key: string, now: Date, load: () => Promise<{ value: T; until: number | null } | null>,
): Promise<T | null> {
  const cache = cacheOf(db);
  const nowMs = now.getTime();
  const hit = cache?.get(key, nowMs);
  if (hit !== undefined) return hit as T;
  const readUnder = cache?.current ?? 0;
  const loaded = await load();
  if (!loaded) return null;
  cache?.put(key, loaded.value, Math.min(nowMs + TTL_MS, loaded.until ?? Infinity), readUnder);
  return loaded.value;
}

/** Forgets every remembered principal: call after a change to tokens, users or sessions commits. */
export function forgetPrincipals(db: Db): void {
  cacheOf(db)?.forget();
}
