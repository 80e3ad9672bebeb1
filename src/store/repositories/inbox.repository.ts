import { and, desc, eq, getTableColumns, lt, or, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../database.ts';
import { ingestInbox } from '../schema.ts';

export type InboxRow = typeof ingestInbox.$inferSelect;
export type NewInboxRow = typeof ingestInbox.$inferInsert;

/** Stores a delivery unless (source, delivery key) is already there; null when it was. */
export async function insertInboxIfNew(db: Db, row: NewInboxRow): Promise<InboxRow | null> {
  const [created] = await db.insert(ingestInbox).values(row)
    .onConflictDoNothing({ target: [ingestInbox.source, ingestInbox.deliveryKey] })
    .returning();
  return created ?? null;
}

/** One delivery by id, or null. */
export async function findInbox(db: Db, id: string): Promise<InboxRow | null> {
  const [row] = await db.select().from(ingestInbox).where(eq(ingestInbox.id, id)).limit(1);
  return row ?? null;
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
