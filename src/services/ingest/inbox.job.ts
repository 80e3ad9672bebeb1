/**
 * Filing stored webhook deliveries is a kind of job on the jobs runner, `ingest.process`:
 * one job per delivery (idempotency key `ingest:<inbox id>`), queued in the statement that
 * stores the delivery, claimed with SKIP LOCKED like every job and run in batches (the
 * deliveries of one alert group filed in one transaction). Filing is transactional and
 * checks the delivery's status under its row lock, so a job run twice (a lease that ended,
 * two servers, a retry) never files a delivery twice. A transient failure is retried with
 * this kind's backoff; the last attempt records the delivery `failed` and the job `dead`,
 * with the reason on both; `debrief jobs retry` or an inbox retry queues it again.
 */
import { z } from 'zod';
import type { BatchJobKind } from '../../jobs/job-runner.ts';
import { PermanentJobError } from '../../jobs/job-errors.ts';
import { findInboxMany, queueJobsForPendingInbox, type InboxJobSpec } from '../../store/repositories/inbox.repository.ts';
import type { JobRow } from '../../store/repositories/job.repository.ts';
import type { ServiceContext } from '../context.ts';
import { announceOutcomes } from './inbox-outcomes.ts';
import { processDeliveries } from './process-deliveries.ts';

export const INGEST_JOB = 'ingest.process';

/** The inbox's jobs: their kind, key (`ingest:<inbox id>`, then `…:<attempts>` when queued again) and attempts. */
export const INGEST_JOB_SPEC: InboxJobSpec = { kind: INGEST_JOB, keyPrefix: 'ingest:', maxAttempts: 10 };

const PayloadSchema = z.object({ inboxId: z.string().min(1) });

/** What a job files: a delivery not processed yet (a processed one is filed again only through an inbox retry, which makes it pending). */
const FILEABLE = ['pending', 'failed', 'rejected'];

/** Files the deliveries of the claimed jobs; returns the failure of each job that failed. */
async function runIngestJobs(jobs: JobRow[], ctx: ServiceContext): Promise<Map<number, unknown>> {
  const failures = new Map<number, unknown>();
  const inboxIdOf = new Map<number, string>();
  for (const job of jobs) {
    const p = PayloadSchema.safeParse(job.payload);
    if (p.success) inboxIdOf.set(job.id, p.data.inboxId);
    else failures.set(job.id, new PermanentJobError(`not an ${INGEST_JOB} payload: ${p.error.message}`));
  }
  const ids = [...new Set(inboxIdOf.values())];
  const rows = await findInboxMany(ctx.db, ids);
  const giveUp = new Set(jobs.filter((j) => j.attempts >= j.maxAttempts && inboxIdOf.has(j.id)).map((j) => inboxIdOf.get(j.id)!));
  const outcomes = await processDeliveries(ctx, rows.filter((r) => FILEABLE.includes(r.status)), { statuses: FILEABLE, giveUp });
  announceOutcomes(outcomes);
  // Without an outcome: filed by someone else meanwhile (nothing left to do), or still pending (failing transiently).
  const after = new Map((await findInboxMany(ctx.db, ids.filter((id) => !outcomes.has(id)))).map((r) => [r.id, r]));
  for (const [jobId, inboxId] of inboxIdOf) {
    const outcome = outcomes.get(inboxId);
    if (outcome) {
      if (outcome.status !== 'processed') failures.set(jobId, new PermanentJobError(outcome.error ?? `the delivery is ${outcome.status}`));
      continue;
    }
    const row = after.get(inboxId);
    if (row === undefined) failures.set(jobId, new PermanentJobError(`no ingest delivery ${inboxId}`));
    else if (row.status === 'pending') failures.set(jobId, new Error(row.error ?? 'the delivery is held by another transaction'));
  }
  return failures;
}

/**
 * The `ingest.process` kind: up to 500 deliveries per claim; a short lease (filing a batch
 * takes seconds, and a second run of a job is harmless), so the deliveries a killed server
 * held on PostgreSQL are taken over within seconds; retries after 1 s, 2 s, 4 s… (≤ 60 s).
 */
export const ingestJobKind: BatchJobKind = { batch: 500, leaseMs: 10_000, backoff: { baseMs: 1000, maxMs: 60_000 }, run: runIngestJobs };

/** Queues a job for each pending delivery that has none (stored by a version without jobs): run once at start-up. */
export async function queueUnqueuedDeliveries(ctx: ServiceContext): Promise<number> {
  return queueJobsForPendingInbox(ctx.db, INGEST_JOB_SPEC, ctx.now());
}
