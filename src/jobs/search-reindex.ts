/**
 * Keeps the search index fresh in the background: every few seconds, rebuilds a bounded
 * batch of dirty search rows (marked by the database triggers) until none is left. Errors are
 * logged and retried at the next tick; the timer never keeps the process alive.
 */
import type { ServiceContext } from '../services/context.ts';
import { reindexDirty } from '../store/repositories/search.repository.ts';

export const REINDEX_EVERY_MS = 5_000;
const BATCH = 1_000;

/** Starts the timer; returns a function that stops it and waits for a running batch. */
export function startSearchReindex(ctx: ServiceContext, log: { warn: (o: object, msg: string) => void }): () => Promise<void> {
  let running: Promise<void> | null = null;
  let stopped = false;
  const tick = () => {
    if (running || stopped) return;
    running = (async () => {
      try {
        while (!stopped && (await reindexDirty(ctx.db, BATCH)) === BATCH) { /* more to do */ }
      } catch (e) {
        log.warn({ err: e instanceof Error ? e.message : String(e) }, 'search reindex failed; retrying at the next tick');
      } finally {
        running = null;
      }
    })();
  };
  const timer = setInterval(tick, REINDEX_EVERY_MS);
  timer.unref();
  return async () => { stopped = true; clearInterval(timer); await running; };
}
