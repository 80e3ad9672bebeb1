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
import {
  claimJobs, completeJob, completeJobs, failJob, markAttemptStarted, releaseClaimedJobs, type JobRow,
} from '../store/repositories/job.repository.ts';
import { DEFAULT_BACKOFF, nextRunAt, type BackoffOptions } from './backoff.ts';
import { classifyFailure, PermanentJobError } from './job-errors.ts';

/**
 * True when an earlier attempt of this job reached its send (and its outcome was not recorded
 * as a refusal the job could end on): the peer may already have the message.
 */
export const isUncertainRetry = (job: Pick<JobRow, 'startedAttempts'>): boolean => job.startedAttempts > 0;

/** Runs one job (`job` as claimed: `isUncertainRetry(job)` tells a retry after an unknown outcome); throws to fail it (see job-errors.ts). */
export type JobHandler = (payload: Record<string, unknown>, job: JobRow, ctx: ServiceContext) => Promise<void>;

/**
 * A kind whose jobs run together: the jobs of the kind due in a round are claimed at once
 * and passed to one call (the inbox files a batch of deliveries per alert group in one
 * transaction). Its work must be transactional and idempotent by itself (nothing is sent
 * to a peer), so no attempt is marked started before it runs.
 */
export type BatchJobKind = {
  /** Jobs of this kind claimed per round. */
  batch: number;
  /** Their claim's lease; the runner's when absent. */
  leaseMs?: number;
  /** Their retry timing; the runner's when absent. */
  backoff?: BackoffOptions;
  /** Runs the jobs; the map holds the failure of each job that failed (see job-errors.ts), the others are done. */
  run(jobs: JobRow[], ctx: ServiceContext): Promise<Map<number, unknown>>;
};

/** What the runner knows of a kind: one handler per job, or one call per batch. */
export type JobKind = JobHandler | BatchJobKind;

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
  /** Claim only the kinds this runner has handlers for (else a job of an unknown kind is claimed and dies). */
  registeredKindsOnly?: boolean;
  /** Awaited before each claim: lets more urgent work go first (answering webhook senders during a burst). */
  pace?: () => Promise<void>;
};

export const DEFAULT_RUNNER_OPTIONS: Omit<JobRunnerOptions, 'worker'> = { batch: 50, concurrency: 8, leaseMs: 5 * 60_000, intervalMs: 5000, backoff: DEFAULT_BACKOFF };

export type RunSummary = { claimed: number; done: number; failed: number; dead: number };

export class JobRunner {
  private readonly o: JobRunnerOptions;
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<RunSummary> | null = null;
  private again = false;
  private stopping = false;

  private readonly single = new Map<string, JobHandler>();
  private readonly batched = new Map<string, BatchJobKind>();

  constructor(private readonly ctx: ServiceContext, handlers: ReadonlyMap<string, JobKind>, options: Partial<JobRunnerOptions> = {}) {
    this.o = { ...DEFAULT_RUNNER_OPTIONS, worker: `w-${process.pid}-${randomBytes(4).toString('hex')}`, ...options };
    for (const [kind, h] of handlers) {
      if (typeof h === 'function') this.single.set(kind, h);
      else this.batched.set(kind, h);
    }
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

  /** Runs now and resolves once this runner has nothing due left (tests, benchmarks). */
  async settle(): Promise<void> {
    this.kick();
    while (this.running) await this.running.catch(() => undefined);
  }

  /** One round: claim due jobs (one short transaction), run the handlers, record each outcome. */
  async runOnce(): Promise<RunSummary> {
    await this.o.pace?.();
    if (this.stopping) return { claimed: 0, done: 0, failed: 0, dead: 0 };
    const now = this.ctx.now();
    const { claimed, batches } = await this.ctx.db.transaction(async (tx) => {
      const singles = this.o.registeredKindsOnly && this.single.size === 0 ? []
        : await claimJobs(tx, this.o.worker, this.o.batch, now, this.o.leaseMs,
          this.o.registeredKindsOnly ? { only: [...this.single.keys()] } : this.batched.size > 0 ? { except: [...this.batched.keys()] } : null);
      const groups: { kind: BatchJobKind; jobs: JobRow[] }[] = [];
      for (const [name, kind] of this.batched) {
        const jobs = await claimJobs(tx, this.o.worker, kind.batch, now, kind.leaseMs ?? this.o.leaseMs, { only: [name] });
        if (jobs.length > 0) groups.push({ kind, jobs });
      }
      return { claimed: singles, batches: groups };
    });
    const summary: RunSummary = { claimed: claimed.length + batches.reduce((n, b) => n + b.jobs.length, 0), done: 0, failed: 0, dead: 0 };
    const unstarted: JobRow[] = [];
    let next = 0;
    const lane = async (): Promise<void> => {
      while (next < claimed.length && !this.stopping) {
        const job = claimed[next++]!;
        const outcome = await this.runJob(job);
        summary[outcome]++;
      }
    };
    const batch = async (b: { kind: BatchJobKind; jobs: JobRow[] }): Promise<void> => {
      if (this.stopping) unstarted.push(...b.jobs);
      else await this.runBatch(b.kind, b.jobs, summary);
    };
    await Promise.all([...Array.from({ length: Math.min(this.o.concurrency, claimed.length) }, lane), ...batches.map(batch)]);
    unstarted.push(...claimed.slice(next));
    // Stopping: the claimed jobs never started go back at once (another server need not wait for the lease).
    if (unstarted.length > 0) await releaseClaimedJobs(this.ctx.db, unstarted.map((j) => j.id), this.o.worker, this.ctx.now());
    return summary;
  }

  /** Runs the claimed jobs of a batch kind in one call; the done ones are recorded in one statement. */
  private async runBatch(kind: BatchJobKind, jobs: JobRow[], summary: RunSummary): Promise<void> {
    let failures: Map<number, unknown>;
    try {
      failures = await kind.run(jobs, this.ctx);
    } catch (e) {
      failures = new Map(jobs.map((j) => [j.id, e]));
    }
    const done = jobs.filter((j) => !failures.has(j.id)).map((j) => j.id);
    try {
      const recorded = await completeJobs(this.ctx.db, done, this.o.worker, this.ctx.now());
      summary.done += recorded;
      summary.failed += done.length - recorded;
    } catch {
      // The database is away: the jobs stay claimed, their lease ends and they run again (the work itself is idempotent).
      summary.failed += done.length;
    }
    for (const job of jobs) {
      if (failures.has(job.id)) summary[await this.recordFailure(job, failures.get(job.id), kind.backoff ?? this.o.backoff)]++;
    }
  }

  /** Records a failed attempt: pending again after the backoff, or dead. */
  private async recordFailure(job: JobRow, e: unknown, backoff: BackoffOptions): Promise<'failed' | 'dead'> {
    const f = classifyFailure(e);
    const now = this.ctx.now();
    const at = nextRunAt(now, job.attempts, job.maxAttempts, f, backoff);
    try {
      await failJob(this.ctx.db, job.id, this.o.worker, f.message, at, now);
    } catch {
      // The database is away: the job stays claimed and runs again once its lease ends.
    }
    return at === null ? 'dead' : 'failed';
  }

  private async runJob(job: JobRow): Promise<'done' | 'failed' | 'dead'> {
    const handler = this.single.get(job.kind);
    try {
      if (!handler) throw new PermanentJobError(`no handler for job kind ${job.kind}`);
      // Committed before the send: a run after a kill knows this attempt may have reached the peer.
      if (!(await markAttemptStarted(this.ctx.db, job.id, this.o.worker, this.ctx.now()))) return 'failed';
      await handler(job.payload, job, this.ctx);
    } catch (e) {
      return this.recordFailure(job, e, this.o.backoff);
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
