/**
 * Keeps the search index fresh in the background: every few seconds, rebuilds a bounded
 * batch of dirty search rows (marked by the database triggers) until none is left, refreshes
 * the planner statistics after many rebuilds, then stores the repeat checks of a month of
 * incidents that have none. Errors are
 * logged and retried at the next tick; the timer never keeps the process alive.
 */
import type { ServiceContext } from '../services/context.ts';
import { warmRepeats } from '../services/learning/report.service.ts';
import { analyzeSearchTables, reindexDirty } from '../store/repositories/search.repository.ts';

export const REINDEX_EVERY_MS = 5_000;
const BATCH = 1_000;
/** After this many rebuilt rows (an import, a busy day), the planner statistics are refreshed: PGlite has no autovacuum to do it. */
const ANALYZE_AFTER = 5_000;

/** Starts the timer; returns a function that stops it and waits for a running batch. */
export function startSearchReindex(ctx: ServiceContext, log: { warn: (o: object, msg: string) => void }): () => Promise<void> {
  let running: Promise<void> | null = null;
  let stopped = false;
  // The first tick refreshes the statistics once (a restored or upgraded database may have none).
  let sinceAnalyze = ANALYZE_AFTER;
  let rebuilt = false;
  let repeatsLeft = true;
  const tick = () => {
    if (running || stopped) return;
    running = (async () => {
      try {
        for (;;) {
          const n = stopped ? 0 : await reindexDirty(ctx.db, BATCH);
          sinceAnalyze += n;
          if (n > 0) rebuilt = true;
          if (n < BATCH) break;
        }
        if (!stopped && sinceAnalyze >= ANALYZE_AFTER) { sinceAnalyze = 0; await analyzeSearchTables(ctx.db); }
        // Then repeat checks, a month per tick, until every incident has one (reports then only read them).
        if (!stopped && (rebuilt || repeatsLeft)) { rebuilt = false; repeatsLeft = await warmRepeats(ctx, () => stopped); }
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
