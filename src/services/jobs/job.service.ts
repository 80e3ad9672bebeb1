/** Jobs use cases: queue (idempotent), list (what is pending, done, failing and why), retry a dead job. */
import { AppError } from '../../domain/errors.ts';
import type { Principal } from '../../domain/access/roles.ts';
import type { JobList, JobView } from '../../domain/jobs/job.view.ts';
import { requireRole } from '../access.ts';
import type { ServiceContext } from '../context.ts';
import {
  getJob, insertJobs, jobBacklog, jobCounts, listJobRows, retryJobRow, type JobRow, type JobState, type NewJob,
} from '../../store/repositories/job.repository.ts';

export type { JobView };

export function jobView(r: JobRow): JobView {
  return {
    id: r.id, kind: r.kind, state: r.state, idempotencyKey: r.idempotencyKey, payload: r.payload,
    attempts: r.attempts, maxAttempts: r.maxAttempts, scheduledAt: r.scheduledAt.toISOString(), lastError: r.lastError, startedAttempts: r.startedAttempts,
    createdAt: r.createdAt.toISOString(), updatedAt: r.updatedAt.toISOString(), doneAt: r.doneAt?.toISOString() ?? null,
  };
}

type Waker = () => void;
let waker: Waker | null = null;
/** The running server's job runner registers here so that queued jobs run at once. */
export function setJobWaker(w: Waker | null): void {
  waker = w;
}

/**
 * Queues jobs inside the caller's transaction (no access check: callers are use cases that
 * checked already). A key already queued is skipped, so a rule that fires twice sends once.
 */
export async function enqueueJobs(ctx: ServiceContext, rows: NewJob[]): Promise<JobRow[]> {
  const inserted = await insertJobs(ctx.db, rows, ctx.now());
  if (inserted.length > 0) waker?.();
  return inserted;
}

export async function listJobs(ctx: ServiceContext, actor: Principal, filter: { state?: JobState; kind?: string; before?: number; limit?: number }): Promise<JobList> {
  requireRole(actor, 'admin', 'Listing jobs');
  const limit = filter.limit ?? 50;
  const rows = await listJobRows(ctx.db, { ...filter, limit });
  return { items: rows.map(jobView), counts: await jobCounts(ctx.db), nextBefore: rows.length === limit ? rows[rows.length - 1]!.id : null };
}

export async function retryJob(ctx: ServiceContext, actor: Principal, id: number): Promise<JobView> {
  requireRole(actor, 'admin', 'Retrying a job');
  const row = await retryJobRow(ctx.db, id, ctx.now());
  if (!row) {
    const existing = await getJob(ctx.db, id);
    if (!existing) throw new AppError('not_found', `No job ${id}.`);
    throw new AppError('conflict', `Job ${id} is ${existing.state}: only dead or pending jobs can be retried.`, { state: existing.state });
  }
  waker?.();
  return jobView(row);
}

/** For /metrics: jobs pending, running and dead, and how long the oldest due pending job has waited (0 when none). */
export async function jobBacklogStats(ctx: ServiceContext): Promise<{ pending: number; running: number; dead: number; oldestDueAgeSeconds: number }> {
  const now = ctx.now();
  const b = await jobBacklog(ctx.db, now);
  return { pending: b.pending, running: b.running, dead: b.dead, oldestDueAgeSeconds: b.oldestDue ? Math.max(0, (now.getTime() - b.oldestDue.getTime()) / 1000) : 0 };
}
