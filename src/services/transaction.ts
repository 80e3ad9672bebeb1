/**
 * One transaction per use case: a change and its revision (and whatever else the use
 * case writes: a timeline entry, a draft, action items) commit together or not at all.
 * Nested calls become savepoints of the surrounding transaction.
 */
import { isConcurrencyConflict, withTransientRetry } from '../store/transient.ts';
import type { ServiceContext } from './context.ts';

/** Tries of a use case's transaction that PostgreSQL ended for a concurrency conflict. */
const CONFLICT_ATTEMPTS = 4;

/**
 * Runs `fn` with a context whose database handle is one transaction. When PostgreSQL ends
 * the outermost transaction for a deadlock or a serialization failure, nothing of it was
 * committed and the other transaction has gone ahead: the whole use case runs again (with
 * a short jittered wait), so two people's changes that met in the database both land, or
 * the second is refused for the usual reasons (a stale version), never answered with a 500.
 * A nested call is part of its caller's transaction and is not retried on its own.
 */
export async function inTransaction<T>(ctx: ServiceContext, fn: (tx: ServiceContext) => Promise<T>): Promise<T> {
  const run = (): Promise<T> => ctx.db.transaction(async (db) => fn({ ...ctx, db, inTransaction: true }));
  if (ctx.inTransaction === true) return run();
  return withTransientRetry(run, { attempts: CONFLICT_ATTEMPTS, baseMs: 20, isTransient: isConcurrencyConflict });
}
