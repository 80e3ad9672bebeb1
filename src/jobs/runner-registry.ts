/**
 * The job runner working for a database handle in this process, so that work queued here
 * (a webhook delivery) wakes it at once: the server's runner once it started, or, in a
 * process that runs no server (the in-process app of the CLI and the tests), a runner
 * made on demand for one kind of work.
 */
import type { JobRunner } from './job-runner.ts';

type Entry = { runner: JobRunner; onDemand: boolean };
const runners = new WeakMap<object, Entry>();

/** The runner of a database handle, if there is one. */
export function jobRunnerOf(db: object): JobRunner | undefined {
  return runners.get(db)?.runner;
}

/** Makes `runner` the database's runner; a runner made on demand before it is stopped (it hands its claims back). */
export async function registerJobRunner(db: object, runner: JobRunner): Promise<void> {
  const before = runners.get(db);
  runners.set(db, { runner, onDemand: false });
  if (before?.onDemand) await before.runner.stop();
}

/** Forgets the database's runner if it is this one. */
export function unregisterJobRunner(db: object, runner: JobRunner): void {
  if (runners.get(db)?.runner === runner) runners.delete(db);
}

/** The database's runner, or one made by `create` (and kept) when it has none. */
export function jobRunnerOrOnDemand(db: object, create: () => JobRunner): JobRunner {
  const entry = runners.get(db);
  if (entry) return entry.runner;
  const runner = create();
  runners.set(db, { runner, onDemand: true });
  return runner;
}

/** Stops and forgets the runner made on demand for a database (the server's own is stopped by the server). */
export async function stopOnDemandRunner(db: object): Promise<void> {
  const entry = runners.get(db);
  if (!entry?.onDemand) return;
  runners.delete(db);
  await entry.runner.stop();
}
