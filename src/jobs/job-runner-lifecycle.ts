/** The server's one job runner: started after listening, stopped before the database closes. */
import type { ServiceContext } from '../services/context.ts';
import { setJobWaker } from '../services/jobs/job.service.ts';
import { jobHandlers } from './handlers.ts';
import { JobRunner } from './job-runner.ts';

/** Starts running due jobs now and on a timer; returns the stop function. */
export function startJobRunner(ctx: ServiceContext): () => Promise<void> {
  const runner = new JobRunner(ctx, jobHandlers());
  setJobWaker(() => runner.kick());
  runner.start();
  return async () => {
    setJobWaker(null);
    await runner.stop();
  };
}
