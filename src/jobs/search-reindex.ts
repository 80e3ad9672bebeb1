/**
 * Keeps the search index fresh in the background: every few seconds, rebuilds a bounded
 * batch of dirty search rows (marked by the database triggers) until none is left, refreshes
 * the planner statistics after many rebuilds, then stores the repeat checks of a month of
 * incidents that have none. Each step waits until the server has been idle a moment (PGlite
 * has one connection: a step started while a request waits makes the request wait for it).
 * Errors are logged and retried at the next tick; the timer never keeps the process alive.
 */
import type { ServiceContext } from '../services/context.ts';
import { warmRepeats } from '../services/learning/report.service.ts';
import { analyzeSearchTables, reindexDirty, searchTablesUnanalyzed } from '../store/repositories/search.repository.ts';
import { ALWAYS_IDLE, type Activity } from './activity.ts';

export const REINDEX_EVERY_MS = 5_000;
const BATCH = 1_000;
/** After this many rebuilt rows (an import, a busy day), the planner statistics are refreshed: PGlite has no autovacuum to do it. */
const ANALYZE_AFTER = 5_000;

/** Starts the timer; returns a function that stops it and waits for a running batch. */
export function startSearchReindex(
  ctx: ServiceContext, log: { warn: (o: object, msg: string) => void }, activity: Activity = ALWAYS_IDLE,
): () => Promise<void> {
  let running: Promise<void> | null = null;
  let stopped = false;
  let sinceAnalyze = 0;
  let firstTick = true;
  let rebuilt = false;
  let repeatsLeft = true;
  const idle = () => activity.whenIdle({ stopping: () => stopped });
  const tick = () => {
    if (running || stopped) return;
    running = (async () => {
      try {
        await idle();
        // The first tick refreshes the statistics only when a table has none (a restored or upgraded database):
        // an ANALYZE of every search table at 100k incidents holds the connection for seconds.
        if (firstTick && !stopped) { firstTick = false; if (await searchTablesUnanalyzed(ctx.db)) sinceAnalyze = ANALYZE_AFTER; }
        for (;;) {
          const n = stopped ? 0 : await reindexDirty(ctx.db, BATCH);
          sinceAnalyze += n;
          if (n > 0) rebuilt = true;
          if (n < BATCH) break;
          await idle();
        }
        if (!stopped && sinceAnalyze >= ANALYZE_AFTER) { await idle(); sinceAnalyze = 0; await analyzeSearchTables(ctx.db); }
        // Then repeat checks, a month per tick, until every incident has one (reports then only read them).
        if (!stopped && (rebuilt || repeatsLeft)) { await idle(); rebuilt = false; repeatsLeft = await warmRepeats(ctx, () => stopped); }
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
