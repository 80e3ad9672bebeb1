/** The server's one job runner: started after listening, stopped before the database closes. */
import type { ServiceContext } from '../services/context.ts';
import { setJobWaker } from '../services/jobs/job.service.ts';
import { jobHandlers } from './handlers.ts';
import { scanNotifications } from '../services/notify/rules.service.ts';
import { JobRunner } from './job-runner.ts';

/** Starts running due jobs now and on a timer; returns the stop function. */
export function startJobRunner(ctx: ServiceContext): () => Promise<void> {
  const runner = new JobRunner(ctx, jobHandlers());
  setJobWaker(() => runner.kick());
  runner.start();
  // The notification rules look at what is due every five minutes (idempotency keys: once each).
  const scan = (): void => { scanNotifications(ctx).catch(() => undefined); };
  const timer = setInterval(scan, 5 * 60_000);
  timer.unref();
  scan();
  return async () => {
    clearInterval(timer);
    setJobWaker(null);
    await runner.stop();
  };
}
