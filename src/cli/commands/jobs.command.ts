import type { Command } from 'commander';
import { JobListSchema, JobViewSchema } from '../../domain/jobs/job.view.ts';
import { readAnswer, withApi } from '../api-client.ts';
import { printJson } from '../io.ts';
import { addClientOptions, type GlobalClientOptions } from './client-options.ts';


/** Registers `debrief jobs list|retry`: the background jobs (notifications, tracker calls). */
export function registerJobsCommand(program: Command): void {
  const jobs = program.command('jobs').description('Background jobs: notifications and tracker calls, what waits, what failed and why');
  addClientOptions(jobs.command('list'))
    .description('List jobs, newest first (counts per state on top)')
    .option('--state <state>', 'pending, running, done or dead')
    .option('--kind <kind>', 'only this kind of job')
    .option('--limit <n>', 'at most this many', '50')
    .option('--json', 'machine-readable output')
    .action(async (o: GlobalClientOptions & { state?: string; kind?: string; limit: string; json?: boolean }) => withApi(o, async (api) => {
      const q = new URLSearchParams({ limit: o.limit });
      if (o.state) q.set('state', o.state);
      if (o.kind) q.set('kind', o.kind);
      const r = readAnswer(await api.request('GET', `/api/v1/jobs?${q}`), JobListSchema);
      if (o.json) return printJson(r);
      process.stdout.write(`${Object.entries(r.counts).map(([k, n]) => `${k} ${n}`).join('  ')}\n`);
      for (const j of r.items) {
        const err = j.lastError ? `  ${j.lastError}` : '';
        process.stdout.write(`${j.id}\t${j.state}\t${j.kind}\ttry ${j.attempts}/${j.maxAttempts}\tat ${j.scheduledAt}${err}\n`);
      }
    }));
  addClientOptions(jobs.command('retry'))
    .argument('<id>', 'the job id (from `debrief jobs list`)')
    .description('Run a dead job again now, with fresh attempts')
    .option('--json', 'machine-readable output')
    .action(async (id: string, o: GlobalClientOptions & { json?: boolean }) => withApi(o, async (api) => {
      const r = readAnswer(await api.request('POST', `/api/v1/jobs/${encodeURIComponent(id)}/retry`), JobViewSchema);
      if (o.json) return printJson(r);
      process.stdout.write(`job ${r.id} (${r.kind}) is ${r.state}, runs at ${r.scheduledAt}\n`);
    }));
}
