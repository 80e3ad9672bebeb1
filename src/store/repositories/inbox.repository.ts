import { and, asc, desc, eq, getTableColumns, inArray, lt, ne, or, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../database.ts';
import { rawInsertReturning } from '../raw-insert.ts';
import { ingestInbox, jobs } from '../schema.ts';

export type InboxRow = typeof ingestInbox.$inferSelect;
export type NewInboxRow = typeof ingestInbox.$inferInsert;

/**
 * The job that files a delivery: its kind, attempts, and its idempotency key, which is
 * `keyPrefix` + the inbox id (+ `:<attempts>` when the delivery is queued again after
 * attempts: each re-queue is a new job, queueing the same one twice is a no-op).
 */
export type InboxJobSpec = { kind: string; keyPrefix: string; maxAttempts: number };

/** The idempotency key of the job filing a delivery that has had `attempts` attempts. */
export const inboxJobKey = (spec: Pick<InboxJobSpec, 'keyPrefix'>, inboxId: string, attempts: number): string =>
  attempts === 0 ? `${spec.keyPrefix}${inboxId}` : `${spec.keyPrefix}${inboxId}:${attempts}`;

/**
 * Stores several deliveries in one statement, skipping those already there, and queues a
 * job for each one stored `pending`, in the same statement (both or neither); returns the
 * rows stored.
 */
export async function insertInboxBatch(db: Db, rows: NewInboxRow[], job: InboxJobSpec | null = null): Promise<InboxRow[]> {
  if (rows.length === 0) return [];
  const raw = await rawInsertReturning(db, ingestInbox, rows, ['source', 'delivery_key'], job === null ? undefined : (insert, params) => {
    params.push(job.kind, job.keyPrefix, job.maxAttempts);
    // The keys name rows this statement just inserted, so none can be queued already: no ON CONFLICT (its speculative insert costs on this hot path).
    const [kind, prefix, max] = [params.length - 2, params.length - 1, params.length].map((n) => `$${n}`);
    return `with ins as (${insert}), queued as (
      insert into jobs (kind, payload, idempotency_key, state, scheduled_at, max_attempts, created_at, updated_at)
      select ${kind}::text, jsonb_build_object('inboxId', ins.id), ${prefix}::text || ins.id, 'pending', ins.received_at, ${max}::int, ins.received_at, ins.received_at
      from ins where ins.status = 'pending'
    ) select * from ins`;
  });
  if (raw) return raw;
  const insert = (tx: Db) => tx.insert(ingestInbox).values(rows)
    .onConflictDoNothing({ target: [ingestInbox.source, ingestInbox.deliveryKey] })
    .returning();
  if (job === null) return insert(db);
  return db.transaction(async (tx) => {
    const stored = await insert(tx);
    const queued = stored.filter((r) => r.status === 'pending').map((r) => ({
      kind: job.kind, payload: { inboxId: r.id }, idempotencyKey: inboxJobKey(job, r.id, 0), state: 'pending',
      scheduledAt: r.receivedAt, maxAttempts: job.maxAttempts, createdAt: r.receivedAt, updatedAt: r.receivedAt,
    }));
    if (queued.length > 0) await tx.insert(jobs).values(queued).onConflictDoNothing({ target: jobs.idempotencyKey });
    return stored;
  });
}

/**
 * Queues a job for each pending delivery that has none pending or running (deliveries
 * stored by a version that had no jobs, or whose job could not be recorded); returns how many.
 */
export async function queueJobsForPendingInbox(db: Db, job: InboxJobSpec, now: Date): Promise<number> {
  const result: unknown = await db.execute(sql`
    insert into jobs (kind, payload, idempotency_key, state, scheduled_at, max_attempts, created_at, updated_at)
    select ${job.kind}::text, jsonb_build_object('inboxId', i.id),
      ${job.keyPrefix}::text || i.id || case when i.attempts = 0 then '' else ':' || i.attempts end,
      'pending', ${now}, ${job.maxAttempts}::int, ${now}, ${now}
    from ingest_inbox i
    where i.status = 'pending' and not exists (
      select 1 from jobs j where j.kind = ${job.kind}::text and j.state in ('pending', 'running') and j.payload->>'inboxId' = i.id)
    order by i.received_at, i.id
    on conflict (idempotency_key) do nothing
    returning id`);
  const rows = (result as { rows?: unknown[] }).rows ?? (result as unknown[]);
  return rows.length;
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

/**
 * Counts one more processing attempt of deliveries not processed (a transient failure): they
 * are `pending` again, with the reason; returns their attempts.
 */
export async function countInboxAttempt(db: Db, ids: string[], error: string): Promise<Map<string, number>> {
  if (ids.length === 0) return new Map();
  const rows = await db.update(ingestInbox).set({ status: 'pending', attempts: sql`${ingestInbox.attempts} + 1`, error: error.slice(0, 2000) })
    .where(and(inArray(ingestInbox.id, ids), ne(ingestInbox.status, 'processed')))
    .returning({ id: ingestInbox.id, attempts: ingestInbox.attempts });
  return new Map(rows.map((r) => [r.id, r.attempts]));
}

/**
 * Puts a delivery back in the queue (`pending`, optionally to another target) with a job to
 * file it, in the caller's transaction: any delivery (an explicit retry), or only a failed
 * one (its sender delivered it again). Returns the row, or null when it was not requeued.
 */
export async function requeueInbox(db: Db, id: string, job: InboxJobSpec, now: Date, o: { onlyFailed: boolean; targetIncidentId?: string | null }): Promise<InboxRow | null> {
  const where = o.onlyFailed ? and(eq(ingestInbox.id, id), eq(ingestInbox.status, 'failed')) : eq(ingestInbox.id, id);
  const [row] = await db.update(ingestInbox)
    .set({ status: 'pending', error: null, processedAt: null, ...(o.targetIncidentId === undefined ? {} : { targetIncidentId: o.targetIncidentId }) })
    .where(where).returning();
  if (!row) return null;
  await db.insert(jobs).values({
    kind: job.kind, payload: { inboxId: row.id }, idempotencyKey: inboxJobKey(job, row.id, row.attempts), state: 'pending',
    scheduledAt: now, maxAttempts: job.maxAttempts, createdAt: now, updatedAt: now,
  }).onConflictDoNothing({ target: jobs.idempotencyKey });
  return row;
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
