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

/** Ids of deliveries still pending that were received before `before` (left over by a stopped process). */
export async function listStalePending(db: Db, before: Date, limit: number): Promise<string[]> {
  const rows = await db.select({ id: ingestInbox.id }).from(ingestInbox)
    .where(and(eq(ingestInbox.status, 'pending'), lt(ingestInbox.receivedAt, before)))
    .orderBy(ingestInbox.receivedAt).limit(limit);
  return rows.map((r) => r.id);
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
