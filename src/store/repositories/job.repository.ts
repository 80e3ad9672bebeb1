/** The jobs table: queueing (idempotent), claiming (FOR UPDATE SKIP LOCKED, with a lease), outcomes. */
import { and, asc, desc, eq, inArray, lt, lte, notInArray, or, sql } from 'drizzle-orm';
import type { Db } from '../database.ts';
import { jobs } from '../schema.ts';

export type JobRow = typeof jobs.$inferSelect;
export type JobState = 'pending' | 'running' | 'done' | 'dead';
export type NewJob = { kind: string; payload: Record<string, unknown>; idempotencyKey: string; scheduledAt: Date; maxAttempts?: number };

/** Queues jobs; a job whose idempotency key is already queued (in any state) is skipped. Returns the rows inserted. */
export async function insertJobs(db: Db, rows: NewJob[], now: Date): Promise<JobRow[]> {
  if (rows.length === 0) return [];
  return db.insert(jobs).values(rows.map((r) => ({ ...r, createdAt: now, updatedAt: now })))
    .onConflictDoNothing({ target: jobs.idempotencyKey }).returning();
}

/** Which kinds a claim takes: only these, all but these, or any (null). */
export type KindFilter = { only: string[] } | { except: string[] } | null;

/**
 * Claims up to `limit` jobs that are due: pending ones scheduled at or before `now`, and
 * running ones whose lease ended (their worker died). Rows another transaction holds are
 * skipped, so racing workers never take the same job. Each claim counts one attempt.
 */
export async function claimJobs(db: Db, worker: string, limit: number, now: Date, leaseMs: number, kinds: KindFilter = null): Promise<JobRow[]> {
  const due = or(
    and(eq(jobs.state, 'pending'), lte(jobs.scheduledAt, now)),
    and(eq(jobs.state, 'running'), lt(jobs.lockedUntil, now)),
  );
  const where = kinds === null ? due : 'only' in kinds ? and(due, inArray(jobs.kind, kinds.only)) : and(due, notInArray(jobs.kind, kinds.except));
  const ids = db.select({ id: jobs.id }).from(jobs).where(where)
    .orderBy(asc(jobs.scheduledAt), asc(jobs.id)).limit(limit).for('update', { skipLocked: true });
  return db.update(jobs).set({
    state: 'running', attempts: sql`${jobs.attempts} + 1`, lockedBy: worker,
    lockedUntil: new Date(now.getTime() + leaseMs), updatedAt: now,
  }).where(inArray(jobs.id, ids)).returning();
}

/** Marks a claimed job done (only while this worker still holds it); true when it did. */
export async function completeJob(db: Db, id: number, worker: string, now: Date): Promise<boolean> {
  const rows = await db.update(jobs).set({ state: 'done', doneAt: now, updatedAt: now, lockedBy: null, lockedUntil: null, lastError: null })
    .where(and(eq(jobs.id, id), eq(jobs.lockedBy, worker), eq(jobs.state, 'running'))).returning({ id: jobs.id });
  return rows.length > 0;
}

/** Marks claimed jobs done in one statement (those this worker still holds); returns how many. */
export async function completeJobs(db: Db, ids: readonly number[], worker: string, now: Date): Promise<number> {
  if (ids.length === 0) return 0;
  const rows = await db.update(jobs).set({ state: 'done', doneAt: now, updatedAt: now, lockedBy: null, lockedUntil: null, lastError: null })
    .where(and(inArray(jobs.id, [...ids]), eq(jobs.lockedBy, worker), eq(jobs.state, 'running'))).returning({ id: jobs.id });
  return rows.length;
}

/**
 * Counts the attempt as reaching the peer, in its own commit before the send (only while this
 * worker holds the job): a run after a kill then knows the attempt may have been received.
 * True when this worker still holds the job.
 */
export async function markAttemptStarted(db: Db, id: number, worker: string, now: Date): Promise<boolean> {
  const rows = await db.update(jobs).set({ startedAttempts: sql`${jobs.startedAttempts} + 1`, attemptStartedAt: now, updatedAt: now })
    .where(and(eq(jobs.id, id), eq(jobs.lockedBy, worker), eq(jobs.state, 'running'))).returning({ id: jobs.id });
  return rows.length > 0;
}

/** Records a failure: back to pending at `retryAt`, or dead when `retryAt` is null. True when this worker still held it. */
export async function failJob(db: Db, id: number, worker: string, error: string, retryAt: Date | null, now: Date): Promise<boolean> {
  const rows = await db.update(jobs).set({
    state: retryAt === null ? 'dead' : 'pending', scheduledAt: retryAt ?? sql`${jobs.scheduledAt}`,
    lastError: error.slice(0, 2000), lockedBy: null, lockedUntil: null, updatedAt: now,
  }).where(and(eq(jobs.id, id), eq(jobs.lockedBy, worker), eq(jobs.state, 'running'))).returning({ id: jobs.id });
  return rows.length > 0;
}

/** Puts a dead (or pending) job back to run now with fresh attempts; null when there is no such job or it is not dead/pending. */
export async function retryJobRow(db: Db, id: number, now: Date): Promise<JobRow | null> {
  const rows = await db.update(jobs).set({ state: 'pending', attempts: 0, scheduledAt: now, updatedAt: now, lockedBy: null, lockedUntil: null })
    .where(and(eq(jobs.id, id), inArray(jobs.state, ['dead', 'pending']))).returning();
  return rows[0] ?? null;
}

export async function getJob(db: Db, id: number): Promise<JobRow | null> {
  const rows = await db.select().from(jobs).where(eq(jobs.id, id));
  return rows[0] ?? null;
}

/** Jobs, newest first, optionally of one state and kind; `before` pages by id. */
export async function listJobRows(db: Db, filter: { state?: JobState; kind?: string; before?: number; limit: number }): Promise<JobRow[]> {
  const conds = [
    filter.state ? eq(jobs.state, filter.state) : undefined,
    filter.kind ? eq(jobs.kind, filter.kind) : undefined,
    filter.before !== undefined ? lt(jobs.id, filter.before) : undefined,
  ].filter((c) => c !== undefined);
  return db.select().from(jobs).where(conds.length ? and(...conds) : undefined).orderBy(desc(jobs.id)).limit(filter.limit);
}

/** How many jobs are in each state. */
export async function jobCounts(db: Db): Promise<Record<JobState, number>> {
  const rows = await db.select({ state: jobs.state, n: sql<number>`count(*)::int` }).from(jobs).groupBy(jobs.state);
  const out: Record<JobState, number> = { pending: 0, running: 0, done: 0, dead: 0 };
  for (const r of rows) if (r.state in out) out[r.state as JobState] = Number(r.n);
  return out;
}

/** The jobs not done: how many pending, running and dead, and when the oldest pending job that is due was due (null: none). */
export async function jobBacklog(db: Db, now: Date): Promise<{ pending: number; running: number; dead: number; oldestDue: Date | null }> {
  // \`state in (…)\` reads jobs_due_idx: the done jobs, which only grow, are not counted.
  const rows = await db.select({
    state: jobs.state, n: sql<number>`count(*)::int`,
    oldest: sql<string | null>`min(${jobs.scheduledAt}) filter (where ${jobs.scheduledAt} <= ${now.toISOString()}::timestamptz)`,
  }).from(jobs).where(inArray(jobs.state, ['pending', 'running', 'dead'])).groupBy(jobs.state);
  const out = { pending: 0, running: 0, dead: 0, oldestDue: null as Date | null };
  for (const r of rows) {
    if (r.state === 'pending' || r.state === 'running' || r.state === 'dead') out[r.state] = Number(r.n);
    if (r.state === 'pending' && r.oldest !== null) out.oldestDue = new Date(r.oldest);
  }
  return out;
}

/** The job queued under an idempotency key, or null. */
export async function findJobByKey(db: Db, idempotencyKey: string): Promise<JobRow | null> {
  const rows = await db.select().from(jobs).where(eq(jobs.idempotencyKey, idempotencyKey)).limit(1);
  return rows[0] ?? null;
}

/** Puts every running job back to pending (a single-process database at start-up: whoever held them is gone). Returns how many. */
export async function releaseRunningJobs(db: Db, now: Date): Promise<number> {
  const rows = await db.update(jobs).set({ state: 'pending', lockedBy: null, lockedUntil: null, scheduledAt: now, updatedAt: now })
    .where(eq(jobs.state, 'running')).returning({ id: jobs.id });
  return rows.length;
}

/**
 * Hands claimed jobs that were never started back (a server stopping gracefully): pending
 * again at once, the claim's attempt given back, so another server runs them without
 * waiting for the lease. Only those this worker still holds. Returns how many.
 */
export async function releaseClaimedJobs(db: Db, ids: readonly number[], worker: string, now: Date): Promise<number> {
  if (ids.length === 0) return 0;
  const rows = await db.update(jobs).set({ state: 'pending', attempts: sql`greatest(${jobs.attempts} - 1, 0)`, lockedBy: null, lockedUntil: null, scheduledAt: now, updatedAt: now })
    .where(and(inArray(jobs.id, [...ids]), eq(jobs.lockedBy, worker), eq(jobs.state, 'running'))).returning({ id: jobs.id });
  return rows.length;
}
