/** The server's one job runner: started after listening, stopped before the database closes. */
import type { Logger } from 'pino';
import type { ServiceContext } from '../services/context.ts';
import { setJobWaker } from '../services/jobs/job.service.ts';
import { jobHandlers } from './handlers.ts';
import { scanNotifications } from '../services/notify/rules.service.ts';
import { scanTrackers } from '../services/trackers/tracker.service.ts';
import { JobRunner } from './job-runner.ts';
import { releaseRunningJobs } from '../store/repositories/job.repository.ts';
import { inboxStore } from '../services/ingest/inbox-queue.ts';
import { queueUnqueuedDeliveries } from '../services/ingest/inbox.job.ts';
import { registerJobRunner, unregisterJobRunner } from './runner-registry.ts';
import { ALWAYS_IDLE, type Activity } from './activity.ts';

/** Runs the rule scans (notifications, automatic tracker issues); a failure is logged, never swallowed, and the next tick tries again. */
export async function scanRules(ctx: ServiceContext, logger: Pick<Logger, 'error' | 'info'> | null): Promise<{ notifications: number; trackers: number; errors: string[] }> {
  const errors: string[] = [];
  const run = async (name: string, fn: () => Promise<number>): Promise<number> => {
    try {
      return await fn();
    } catch (e) {
      errors.push(`${name}: ${e instanceof Error ? e.message : String(e)}`);
      logger?.error({ err: e, scan: name }, `the ${name} scan failed; it runs again at the next tick`);
      return 0;
    }
  };
  const notifications = await run('notifications', () => scanNotifications(ctx));
  const trackers = await run('trackers', () => scanTrackers(ctx));
  if (notifications + trackers > 0) logger?.info({ notifications, trackers }, 'rules queued jobs');
  return { notifications, trackers, errors };
}

/** How long the server is left alone after starting (or after a request) before the first rule scan. */
const FIRST_SCAN_QUIET_MS = 2_000;

/**
 * Starts running due jobs now and on a timer (this database's runner: webhook deliveries
 * stored here wake it); returns the stop function. The first rule scan waits for a quiet
 * moment of the server (`activity`): it reads every open action item and post-mortem, which
 * at scale holds PGlite's one connection while the readiness probe and the first pages wait.
 */
export function startJobRunner(ctx: ServiceContext, logger: Pick<Logger, 'error' | 'info'> | null = null, activity: Activity = ALWAYS_IDLE): () => Promise<void> {
  // Answering webhook senders comes first: during a burst of deliveries the runner claims once it pauses.
  const runner = new JobRunner(ctx, jobHandlers(), { leaseMs: ctx.config.notify.leaseSeconds * 1000, pace: () => inboxStore(ctx.db).pace() });
  setJobWaker(() => runner.kick());
  const registered = registerJobRunner(ctx.db, runner);
  // PGlite is one server's (the data-directory lock): a job still running is a killed server's, and runs again now.
  // On PostgreSQL other servers may be sending: their claims are left to expire (notify.leaseSeconds; inbox jobs: 10 s).
  const released = ctx.config.databaseUrl === null
    ? releaseRunningJobs(ctx.db, ctx.now()).then((n) => { if (n > 0) logger?.info({ jobs: n }, 'jobs left running by a stopped server run again'); }, (e: unknown) => { logger?.error({ err: e }, 'could not release the jobs of a stopped server'); })
    : Promise.resolve();
  // Deliveries stored by a version without inbox jobs are queued once.
  const swept = released.then(() => queueUnqueuedDeliveries(ctx)).then(
    (n) => { if (n > 0) logger?.info({ deliveries: n }, 'pending webhook deliveries without a job were queued'); },
    (e: unknown) => { logger?.error({ err: e }, 'could not queue the pending webhook deliveries; they are queued at the next start'); },
  );
  const ready = Promise.all([registered, swept]).then(() => runner.start());
  // The rules look at what is due every minute ("at once" rules within a minute; idempotency keys: once each).
  const scan = (): void => { void scanRules(ctx, logger); };
  const timer = setInterval(scan, 60_000);
  timer.unref();
  let stopping = false;
  const firstScan = activity.whenIdle({ quietMs: FIRST_SCAN_QUIET_MS, stopping: () => stopping }).then(() => { if (!stopping) scan(); });
  return async () => {
    stopping = true;
    clearInterval(timer);
    await firstScan;
    setJobWaker(null);
    await ready;
    unregisterJobRunner(ctx.db, runner);
    await runner.stop();
  };
}
