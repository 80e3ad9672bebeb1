import { and, asc, desc, eq, getTableColumns, inArray, lt, or, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../database.ts';
import { rawInsertReturning } from '../raw-insert.ts';
import { ingestInbox } from '../schema.ts';

export type InboxRow = typeof ingestInbox.$inferSelect;
export type NewInboxRow = typeof ingestInbox.$inferInsert;

/** Stores several deliveries in one statement, skipping those already there; returns the rows stored. */
export async function insertInboxBatch(db: Db, rows: NewInboxRow[]): Promise<InboxRow[]> {
  if (rows.length === 0) return [];
  const raw = await rawInsertReturning(db, ingestInbox, rows, ['source', 'delivery_key']);
  if (raw) return raw;
  return db.insert(ingestInbox).values(rows)
    .onConflictDoNothing({ target: [ingestInbox.source, ingestInbox.deliveryKey] })
    .returning();
}

/** Deliveries waiting to be processed, oldest first (bodies included: the worker reads them next). */
export async function listPendingInbox(db: Db, limit: number): Promise<InboxRow[]> {
  return db.select().from(ingestInbox)
    .where(eq(ingestInbox.status, 'pending'))
    .orderBy(asc(ingestInbox.receivedAt), asc(ingestInbox.id)).limit(limit);
}

/**
 * Claims deliveries for the surrounding transaction: locks those of `ids` that are in one of
 * `statuses` (any status when null) and that no other transaction holds (`SKIP LOCKED`: a
 * delivery another server is processing is left to it). Returns the ids claimed.
 */
export async function claimInbox(db: Db, ids: string[], statuses: string[] | null): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const where = statuses === null ? inArray(ingestInbox.id, ids) : and(inArray(ingestInbox.id, ids), inArray(ingestInbox.status, statuses));
  const rows = await db.select({ id: ingestInbox.id }).from(ingestInbox).where(where).for('update', { skipLocked: true });
  return new Set(rows.map((r) => r.id));
}

/** Counts one more processing attempt of deliveries that stay pending (a transient failure); returns their attempts. */
export async function countInboxAttempt(db: Db, ids: string[], error: string): Promise<Map<string, number>> {
  if (ids.length === 0) return new Map();
  const rows = await db.update(ingestInbox).set({ attempts: sql`${ingestInbox.attempts} + 1`, error: error.slice(0, 2000) })
    .where(and(inArray(ingestInbox.id, ids), eq(ingestInbox.status, 'pending')))
    .returning({ id: ingestInbox.id, attempts: ingestInbox.attempts });
  return new Map(rows.map((r) => [r.id, r.attempts]));
}

/** Puts a failed delivery back in the queue (its sender delivered it again); true when it was failed. */
export async function requeueFailedInbox(db: Db, id: string): Promise<boolean> {
  const rows = await db.update(ingestInbox).set({ status: 'pending', error: null })
    .where(and(eq(ingestInbox.id, id), eq(ingestInbox.status, 'failed'))).returning({ id: ingestInbox.id });
  return rows.length > 0;
}

export type InboxBacklog = {
  pending: number;
  /** When the oldest pending delivery was received; null when nothing waits. */
  oldestPendingAt: Date | null;
  failed: number;
  rejected: number;
  processed: number;
};

/** How many deliveries wait, since when, and how many failed: one grouped query. */
export async function inboxBacklog(db: Db): Promise<InboxBacklog> {
  const rows = await db.select({
    status: ingestInbox.status,
    n: sql<number>`count(*)::int`,
    oldestMs: sql<number | null>`(extract(epoch from min(${ingestInbox.receivedAt})) * 1000)::float8`,
  }).from(ingestInbox).groupBy(ingestInbox.status);
  const of = (status: string) => rows.find((r) => r.status === status);
  const oldest = of('pending')?.oldestMs ?? null;
  return {
    pending: of('pending')?.n ?? 0,
    oldestPendingAt: oldest === null ? null : new Date(Number(oldest)),
    failed: of('failed')?.n ?? 0,
    rejected: of('rejected')?.n ?? 0,
    processed: of('processed')?.n ?? 0,
  };
}

/** One delivery by id, or null. */
export async function findInbox(db: Db, id: string): Promise<InboxRow | null> {
  const [row] = await db.select().from(ingestInbox).where(eq(ingestInbox.id, id)).limit(1);
  return row ?? null;
}

/** Several deliveries by id, in arrival order. */
export async function findInboxMany(db: Db, ids: string[]): Promise<InboxRow[]> {
  if (ids.length === 0) return [];
  return db.select().from(ingestInbox).where(inArray(ingestInbox.id, ids)).orderBy(asc(ingestInbox.receivedAt), asc(ingestInbox.id));
}

/** Marks deliveries processed in one statement, each with the number of events it added. */
export async function markInboxProcessed(db: Db, counts: Map<string, number>, incidentId: string | null, at: Date): Promise<InboxRow[]> {
  if (counts.size === 0) return [];
  const eventCount = sql`case ${ingestInbox.id} ${sql.join([...counts].map(([id, n]) => sql`when ${id} then ${n}::int`), sql` `)} else 0 end`;
  return db.update(ingestInbox).set({
    status: 'processed', error: null, processedAt: at, incidentId, attempts: sql`${ingestInbox.attempts} + 1`, eventCount,
  }).where(inArray(ingestInbox.id, [...counts.keys()])).returning();
}

/** Marks deliveries failed (or rejected) with the error text, in one statement. */
export async function markInboxFailed(db: Db, ids: string[], status: 'failed' | 'rejected', error: string, at: Date): Promise<InboxRow[]> {
  if (ids.length === 0) return [];
  return db.update(ingestInbox).set({ status, error: error.slice(0, 2000), processedAt: at, attempts: sql`${ingestInbox.attempts} + 1` })
    .where(inArray(ingestInbox.id, ids)).returning();
}

/** The delivery stored under a source's delivery key, or null. */
export async function findInboxByDelivery(db: Db, source: string, deliveryKey: string): Promise<InboxRow | null> {
  const [row] = await db.select().from(ingestInbox)
    .where(and(eq(ingestInbox.source, source), eq(ingestInbox.deliveryKey, deliveryKey))).limit(1);
  return row ?? null;
}

/** Updates a delivery (the outcome of a processing attempt, its target). */
export async function updateInbox(db: Db, id: string, patch: Partial<NewInboxRow>): Promise<InboxRow | null> {
  const [row] = await db.update(ingestInbox)
    .set(patch)
    .where(eq(ingestInbox.id, id)).returning();
  return row ?? null;
}

export type InboxFilter = {
  status?: string;
  source?: string;
  /** Keyset cursor: rows strictly after this (receivedAt desc, id desc). */
  after?: { receivedAt: Date; id: string };
  limit: number;
};

/** Deliveries newest first (without their bodies), with keyset pagination. */
export async function listInbox(db: Db, f: InboxFilter): Promise<Omit<InboxRow, 'body' | 'headers'>[]> {
  const where: SQL[] = [];
  if (f.status) where.push(eq(ingestInbox.status, f.status));
  if (f.source) where.push(eq(ingestInbox.source, f.source));
  if (f.after) {
    where.push(or(lt(ingestInbox.receivedAt, f.after.receivedAt), and(eq(ingestInbox.receivedAt, f.after.receivedAt), lt(ingestInbox.id, f.after.id)))!);
  }
  const { body: _b, headers: _h, ...columns } = getTableColumns(ingestInbox);
  return db.select(columns).from(ingestInbox)
    .where(where.length ? and(...where) : undefined)
    .orderBy(desc(ingestInbox.receivedAt), desc(ingestInbox.id))
    .limit(f.limit);
}

/** Serialises correlation of one key until the surrounding transaction ends (both PGlite and PostgreSQL). */
export async function lockCorrelationKey(db: Db, key: string): Promise<void> {
  await db.execute(sql`select pg_advisory_xact_lock(hashtext(${key}))`);
}
