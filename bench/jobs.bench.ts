/**
 * Jobs benchmark: 10,000 due reminders queued as notify.send jobs and sent by the job
 * runner (claim with FOR UPDATE SKIP LOCKED under a lease, HMAC-signed POST to a local
 * recording HTTP server, completion), in jobs per second, beside a raw claim loop over the
 * same number of rows (`UPDATE … WHERE id IN (SELECT … FOR UPDATE SKIP LOCKED)`, nothing
 * sent) on the same database and beside the same signed POSTs without a database, with
 * the ratios. PGlite (a data directory); PostgreSQL too when BENCH_DATABASE_URL is set.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { sql } from 'drizzle-orm';
import { loadConfig } from '../src/config/config.ts';
import { NotifyConfigSchema } from '../src/domain/notify/config.ts';
import { jobHandlers } from '../src/jobs/handlers.ts';
import { JobRunner } from '../src/jobs/job-runner.ts';
import { insertJobs } from '../src/store/repositories/job.repository.ts';
import { webhookChannel } from '../src/services/notify/webhook.channel.ts';
import { openDatabase, type Database } from '../src/store/database.ts';
import type { ServiceContext } from '../src/services/context.ts';

const ms = (t0: bigint): number => Number(process.hrtime.bigint() - t0) / 1e6;

async function queue(db: Database['db'], n: number, kind: string, tag: string): Promise<void> {
  const now = new Date();
  for (let i = 0; i < n; i += 500) {
    await insertJobs(db, Array.from({ length: Math.min(500, n - i) }, (_, j) => ({
      kind, idempotencyKey: `${tag}:${i + j}`, scheduledAt: now, maxAttempts: 8,
      payload: {
        channel: 'webhook', target: { to: ['bench'] },
        notification: { rule: 'action-due-soon', title: `Due soon: action ${i + j}`, text: `INC-BENCH/A${i + j} is due in 2 days.`, url: null, facts: { item: `INC-BENCH/A${i + j}`, priority: 'P2' } },
      },
    })), now);
  }
}

async function benchOn(label: string, database: Database, n: number): Promise<void> {
  let received = 0;
  const http = createServer((req, res) => { req.resume(); req.on('end', () => { received++; res.end('ok'); }); });
  await new Promise<void>((r) => http.listen(0, '127.0.0.1', r));
  try {
    const notify = NotifyConfigSchema.parse({ webhooks: [{ name: 'bench', url: `http://127.0.0.1:${(http.address() as AddressInfo).port}/hook`, secret: 'bench-webhook-secret-0123456789' }] });
    const config = loadConfig({ env: {}, cwd: '/nonexistent-debrief-bench', overrides: { notify } });
    const ctx: ServiceContext = { db: database.db, config, now: () => new Date() };
    const tag = `bench-${Date.now()}`;
    let t0 = process.hrtime.bigint();
    await queue(database.db, n, 'notify.send', `${tag}:send`);
    const queueMs = ms(t0);
    t0 = process.hrtime.bigint();
    const summary = await new JobRunner(ctx, jobHandlers(), { worker: 'bench' }).drain();
    const sendMs = ms(t0);
    const sentByRunner = received;
    if (summary.done !== n || sentByRunner < n) throw new Error(`sent ${summary.done}, received ${sentByRunner}, expected ${n}`);

    await queue(database.db, n, 'bench.noop', `${tag}:raw`);
    t0 = process.hrtime.bigint();
    let claimed = 0;
    for (;;) {
      const r = await database.db.execute(sql`update jobs set state = 'done', done_at = now() where id in (
        select id from jobs where state = 'pending' and kind = 'bench.noop' order by scheduled_at, id limit 50 for update skip locked) returning id`);
      const rows = (r as { rows?: unknown[] }).rows ?? (r as unknown[]);
      if (rows.length === 0) break;
      claimed += rows.length;
    }
    const rawMs = ms(t0);
    if (claimed !== n) throw new Error(`raw loop claimed ${claimed}, expected ${n}`);
    // The sends alone (same channel code, 8 at a time, no database): what the HTTP side costs.
    const before = received;
    let next = 0;
    t0 = process.hrtime.bigint();
    await Promise.all(Array.from({ length: 8 }, async () => {
      while (next < n) {
        const i = next++;
        const send = () => webhookChannel.send(notify, { rule: 'action-due-soon', title: `Due soon: action ${i}`, text: `INC-BENCH/A${i} is due in 2 days.`, url: null, facts: { item: `INC-BENCH/A${i}` } }, { to: ['bench'] }, { id: `bench-${i}`, key: `bench-${i}`, uncertain: false, since: null, now: new Date() });
        // A reset kept-alive connection is tried once more, as the runner's retry would.
        await send().catch(send);
      }
    }));
    const httpMs = ms(t0);
    if (received - before < n) throw new Error(`send-only: received ${received - before}`);
    const jobsPerS = n / (sendMs / 1000);
    const rawPerS = n / (rawMs / 1000);
    console.log(`${label}: queued ${n} due reminders in ${queueMs.toFixed(0)} ms`);
    console.log(`${label}: runner sent ${n} (received ${sentByRunner}) in ${sendMs.toFixed(0)} ms = ${jobsPerS.toFixed(0)} jobs/s`);
    console.log(`${label}: raw SKIP LOCKED claim loop (no send) ${n} in ${rawMs.toFixed(0)} ms = ${rawPerS.toFixed(0)} jobs/s`);
    console.log(`${label}: the same ${n} signed POSTs alone (8 at a time, no database) in ${httpMs.toFixed(0)} ms = ${(n / (httpMs / 1000)).toFixed(0)} /s`);
    console.log(`${label}: runner / raw claim = ${(jobsPerS / rawPerS).toFixed(2)}; runner / sends alone = ${(jobsPerS / (n / (httpMs / 1000))).toFixed(2)}`);
  } finally {
    await new Promise((r) => http.close(r));
  }
}

export async function runJobsBench(n = 10_000): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'debrief-jobs-bench-'));
  const database = await openDatabase({ dataDir: join(dir, 'data'), databaseUrl: null, command: 'bench' });
  try {
    await benchOn('pglite', database, n);
  } finally {
    await database.close();
    rmSync(dir, { recursive: true, force: true });
  }
  const url = process.env['BENCH_DATABASE_URL'];
  if (url) {
    const pgdb = await openDatabase({ dataDir: '', databaseUrl: url, command: 'bench' });
    try { await benchOn('postgres', pgdb, n); } finally { await pgdb.close(); }
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await runJobsBench();
