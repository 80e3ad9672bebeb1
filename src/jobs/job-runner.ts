/**
 * The job runner: takes due jobs from the `jobs` table and runs their handler. The
 * database is the queue: claims use FOR UPDATE SKIP LOCKED, so several runners (two
 * servers on one database) share the work without taking one job twice, and each
 * claim carries a lease, so the jobs a killed server held run again once it ends.
 * A failure backs off exponentially (or as long as the peer's Retry-After asks) and
 * the job is `dead` after its last attempt; `debrief jobs retry` brings it back.
 *
 * Exactly-once as far as the peer allows: each attempt is counted in its own commit before
 * the handler sends (`started_attempts`), and each job is recorded done in its own commit
 * right after the peer acknowledged. A server killed between those two commits leaves a job
 * whose last attempt is uncertain (`isUncertainRetry`); its next run passes that to the
 * handler, which uses the peer's idempotency (delivery id, Message-ID, Slack metadata,
 * tracker marker) so that the peer sees the message once.
 */
import { randomBytes } from 'node:crypto';
import type { ServiceContext } from '../services/context.ts';
import { claimJobs, completeJob, failJob, markAttemptStarted, releaseClaimedJobs, type JobRow } from '../store/repositories/job.repository.ts';
import { DEFAULT_BACKOFF, nextRunAt, type BackoffOptions } from './backoff.ts';
import { classifyFailure, PermanentJobError } from './job-errors.ts';

/**
 * True when an earlier attempt of this job reached its send (and its outcome was not recorded
 * as a refusal the job could end on): the peer may already have the message.
 */
export const isUncertainRetry = (job: Pick<JobRow, 'startedAttempts'>): boolean => job.startedAttempts > 0;

/** Runs one job (`job` as claimed: `isUncertainRetry(job)` tells a retry after an unknown outcome); throws to fail it (see job-errors.ts). */
export type JobHandler = (payload: Record<string, unknown>, job: JobRow, ctx: ServiceContext) => Promise<void>;

export type JobRunnerOptions = {
  /** Jobs claimed per round. */
  batch: number;
  /** Handlers running at once. */
  concurrency: number;
  /** How long a claim lasts before another runner may take the job again. */
  leaseMs: number;
  /** How often the runner looks for due jobs without being woken. */
  intervalMs: number;
  backoff: BackoffOptions;
  /** This runner's name in `locked_by`. */
  worker: string;
};

export const DEFAULT_RUNNER_OPTIONS: Omit<JobRunnerOptions, 'worker'> = { batch: 50, concurrency: 8, leaseMs: 5 * 60_000, intervalMs: 5000, backoff: DEFAULT_BACKOFF };

export type RunSummary = { claimed: number; done: number; failed: number; dead: number };

export class JobRunner {
  private readonly o: JobRunnerOptions;
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<RunSummary> | null = null;
  private again = false;
  private stopping = false;

  constructor(private readonly ctx: ServiceContext, private readonly handlers: ReadonlyMap<string, JobHandler>, options: Partial<JobRunnerOptions> = {}) {
    this.o = { ...DEFAULT_RUNNER_OPTIONS, worker: `w-${process.pid}-${randomBytes(4).toString('hex')}`, ...options };
  }

  get worker(): string {
    return this.o.worker;
  }

  /** Runs what is due now, then looks again every `intervalMs`. */
  start(): void {
    if (this.timer !== null || this.stopping) return;
    this.timer = setInterval(() => this.kick(), this.o.intervalMs);
    this.timer.unref();
    this.kick();
  }

  /** A job was queued: run soon. */
  kick(): void {
    if (this.stopping) return;
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = this.drain().finally(() => {
      this.running = null;
      if (this.again) {
        this.again = false;
        this.kick();
      }
    });
    this.running.catch(() => undefined);
  }

  /** Claims and runs rounds until nothing is due; returns the totals. */
  async drain(): Promise<RunSummary> {
    const total: RunSummary = { claimed: 0, done: 0, failed: 0, dead: 0 };
    for (;;) {
      if (this.stopping) return total;
      const r = await this.runOnce();
      total.claimed += r.claimed; total.done += r.done; total.failed += r.failed; total.dead += r.dead;
      if (r.claimed === 0) return total;
    }
  }

  /** One round: claim a batch (one short transaction), run the handlers, record each outcome. */
  async runOnce(): Promise<RunSummary> {
    const claimed = await this.ctx.db.transaction((tx) => claimJobs(tx, this.o.worker, this.o.batch, this.ctx.now(), this.o.leaseMs));
    const summary: RunSummary = { claimed: claimed.length, done: 0, failed: 0, dead: 0 };
    let next = 0;
    const lane = async (): Promise<void> => {
      while (next < claimed.length && !this.stopping) {
        const job = claimed[next++]!;
        const outcome = await this.runJob(job);
        summary[outcome]++;
      }
    };
    await Promise.all(Array.from({ length: Math.min(this.o.concurrency, claimed.length) }, lane));
    // Stopping: the claimed jobs no lane started go back at once (another server need not wait for the lease).
    if (next < claimed.length) await releaseClaimedJobs(this.ctx.db, claimed.slice(next).map((j) => j.id), this.o.worker, this.ctx.now());
    return summary;
  }

  private async runJob(job: JobRow): Promise<'done' | 'failed' | 'dead'> {
    const handler = this.handlers.get(job.kind);
    try {
      if (!handler) throw new PermanentJobError(`no handler for job kind ${job.kind}`);
      // Committed before the send: a run after a kill knows this attempt may have reached the peer.
      if (!(await markAttemptStarted(this.ctx.db, job.id, this.o.worker, this.ctx.now()))) return 'failed';
      await handler(job.payload, job, this.ctx);
    } catch (e) {
      const f = classifyFailure(e);
      const now = this.ctx.now();
      const at = nextRunAt(now, job.attempts, job.maxAttempts, f, this.o.backoff);
      await failJob(this.ctx.db, job.id, this.o.worker, f.message, at, now);
      return at === null ? 'dead' : 'failed';
    }
    // Its own commit, right after the peer acknowledged: the window a kill can leave uncertain is this one statement.
    try {
      await completeJob(this.ctx.db, job.id, this.o.worker, this.ctx.now());
    } catch {
      // The database is away: the job stays claimed, its lease ends and it runs again as an uncertain retry.
      return 'failed';
    }
    return 'done';
  }

  /** Stops the timer, lets the sends in progress finish and hands the claimed jobs not yet started back. */
  async stop(): Promise<void> {
    this.stopping = true;
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.running?.catch(() => undefined);
  }
}
