/**
 * Vacuums the tables PGlite never would (it runs no autovacuum): a while after the server starts, then every few
 * hours, each table whose visibility map covers under half its pages (restored, imported or generated data, or a
 * table much written since) is vacuumed, one table at a time, each once the server has been quiet a moment. The
 * vacuum holds PGlite's one connection for seconds on a large table, so it waits for a longer quiet than the
 * search reindex, and a busy server delays it rather than its requests. A PostgreSQL server has its own autovacuum:
 * nothing runs there. What it did is kept for `/metrics` (`vacuumState`).
 */
import type { ServiceContext } from '../services/context.ts';
import { databaseKind, type Db } from '../store/database.ts';
import { tablesToVacuum, vacuumTable } from '../store/repositories/vacuum.repository.ts';
import { ALWAYS_IDLE, type Activity } from './activity.ts';

/** The first check, this long after the start (the first requests after a start are not delayed by it). */
export const VACUUM_FIRST_MS = 60_000;
/** Then a check this often (tables written since the last one). */
export const VACUUM_EVERY_MS = 6 * 3_600_000;
/** The quiet the server must have had before each table's vacuum. */
const QUIET_MS = 2_000;
/** A busy server delays a vacuum this long at most. */
const MAX_WAIT_MS = 10 * 60_000;

/** What the maintenance has done since the start, for `/metrics`. */
export type VacuumState = {
  /** Checks run (whether or not a table needed a vacuum). */
  checks: number;
  /** Tables vacuumed. */
  tablesVacuumed: number;
  /** Seconds spent vacuuming. */
  seconds: number;
  /** When the last check ended (epoch seconds), 0 before the first. */
  lastCheckAt: number;
  /** Tables that needed a vacuum at the last check. */
  lastNeeded: number;
  /** Failed checks (logged, tried again at the next one). */
  failures: number;
};

const states = new WeakMap<Db, VacuumState>();

/** The maintenance state of a database (zeros before the first check, or where none runs). */
export function vacuumState(db: Db): VacuumState {
  let s = states.get(db);
  if (s === undefined) {
    s = { checks: 0, tablesVacuumed: 0, seconds: 0, lastCheckAt: 0, lastNeeded: 0, failures: 0 };
    states.set(db, s);
  }
  return s;
}

/** One check: vacuums each table that needs it, each after a quiet moment; returns the tables vacuumed. */
export async function runVacuumMaintenance(ctx: ServiceContext, activity: Activity = ALWAYS_IDLE, stopping: () => boolean = () => false): Promise<string[]> {
  const state = vacuumState(ctx.db);
  const done: string[] = [];
  const needed = await tablesToVacuum(ctx.db);
  for (const t of needed) {
    await activity.whenIdle({ quietMs: QUIET_MS, maxWaitMs: MAX_WAIT_MS, stopping });
    if (stopping()) break;
    const started = performance.now();
    await vacuumTable(ctx.db, t.table);
    state.seconds += (performance.now() - started) / 1000;
    state.tablesVacuumed++;
    done.push(t.table);
  }
  state.checks++;
  state.lastNeeded = needed.length;
  state.lastCheckAt = Math.floor(ctx.now().getTime() / 1000);
  return done;
}

/** Starts the schedule on PGlite; returns a function that stops it and waits for a running vacuum. */
export function startVacuumMaintenance(
  ctx: ServiceContext, log: { info: (o: object, msg: string) => void; warn: (o: object, msg: string) => void },
  activity: Activity = ALWAYS_IDLE, timing: { firstMs?: number; everyMs?: number } = {},
): () => Promise<void> {
  if (databaseKind(ctx.db) !== 'pglite') return async () => {};
  let running: Promise<void> | null = null;
  let stopped = false;
  let timer: NodeJS.Timeout;
  const check = () => {
    if (running || stopped) return;
    running = (async () => {
      try {
        const started = performance.now();
        const tables = await runVacuumMaintenance(ctx, activity, () => stopped);
        if (tables.length > 0) log.info({ tables, ms: Math.round(performance.now() - started) }, 'vacuumed tables PGlite never would');
      } catch (e) {
        vacuumState(ctx.db).failures++;
        log.warn({ err: e instanceof Error ? e.message : String(e) }, 'vacuum maintenance failed; trying again at the next check');
      } finally {
        running = null;
      }
    })();
  };
  timer = setTimeout(() => {
    check();
    timer = setInterval(check, timing.everyMs ?? VACUUM_EVERY_MS);
    timer.unref();
  }, timing.firstMs ?? VACUUM_FIRST_MS);
  timer.unref();
  return async () => { stopped = true; clearTimeout(timer); clearInterval(timer); await running; };
}
