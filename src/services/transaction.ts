/**
 * One transaction per use case: a change and its revision (and whatever else the use
 * case writes: a timeline entry, a draft, action items) commit together or not at all.
 * Nested calls become savepoints of the surrounding transaction.
 */
import type { ServiceContext } from './context.ts';

/** Runs `fn` with a context whose database handle is one transaction. */
export async function inTransaction<T>(ctx: ServiceContext, fn: (tx: ServiceContext) => Promise<T>): Promise<T> {
  return ctx.db.transaction(async (db) => fn({ ...ctx, db }));
}
