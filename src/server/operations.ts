/**
 * Debrief's own observability: a Prometheus `/metrics` endpoint (prom-client), `/readyz`
 * (database reachable, migrations applied, not shutting down), and a request id on every
 * answer. Other rooms add their gauges with `addCollector`.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { vacuumState } from '../jobs/vacuum-maintenance.ts';
import { tablesToVacuum } from '../store/repositories/vacuum.repository.ts';
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import { AppError } from '../domain/errors.ts';
import type { ServiceContext } from '../services/context.ts';
import { inboxBacklogStats } from '../services/ingest/inbox.service.ts';
import { jobBacklogStats } from '../services/jobs/job.service.ts';
import { MIGRATIONS_DIR } from '../store/database.ts';
import { sendProblem } from './problem.ts';

export type OperationsOptions = {
  ctx: ServiceContext;
  /** Whether /metrics may be read without a token (bound to loopback, or configured so). */
  metricsPublic: boolean;
  /** Checks a bearer token for /metrics when it is not public. */
  authenticate: (req: FastifyRequest) => Promise<unknown>;
  /** Pool use of a PostgreSQL database, when there is one. */
  poolStats?: (() => { total: number; idle: number; waiting: number }) | undefined;
};

type Collector = (registry: Registry) => Promise<void> | void;

/** Migrations shipped with this build (drizzle-kit's journal). */
function shippedMigrations(): number {
  try {
    const journal = JSON.parse(readFileSync(join(MIGRATIONS_DIR, 'meta', '_journal.json'), 'utf8')) as { entries: unknown[] };
    return journal.entries.length;
  } catch {
    return 0;
  }
}

/** The route a request matched (its pattern, not its URL), or a fixed label for unmatched ones. */
function routeLabel(req: FastifyRequest): string {
  return req.routeOptions.url ?? 'unmatched';
}

/** Registers /metrics, /readyz and the request id header; returns `addCollector` for other rooms. */
export function registerOperations(app: FastifyInstance, opts: OperationsOptions): { addCollector: (c: Collector) => void; registry: Registry } {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: 'debrief_process_' });
  const requests = new Counter({ name: 'debrief_http_requests_total', help: 'HTTP requests by route pattern, method and status', labelNames: ['method', 'route', 'status'], registers: [registry] });
  const latency = new Histogram({
    name: 'debrief_http_request_duration_seconds', help: 'HTTP request latency by route pattern and method', labelNames: ['method', 'route'],
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10], registers: [registry],
  });
  const deliveries = new Counter({ name: 'debrief_webhook_deliveries_total', help: 'Webhook deliveries by source and outcome', labelNames: ['source', 'outcome'], registers: [registry] });
  const collectors: Collector[] = [];
  let shuttingDown = false;

  // Inbox backlog, read on each scrape.
  const pending = new Gauge({ name: 'debrief_inbox_pending', help: 'Acknowledged webhook deliveries not processed yet', registers: [registry] });
  const oldest = new Gauge({ name: 'debrief_inbox_oldest_pending_age_seconds', help: 'Age of the oldest pending delivery (0 when none waits)', registers: [registry] });
  const failed = new Gauge({ name: 'debrief_inbox_failed', help: 'Deliveries that failed processing (kept, retryable)', registers: [registry] });
  collectors.push(async () => {
    const b = await inboxBacklogStats(opts.ctx);
    pending.set(b.pending);
    oldest.set(b.oldestPendingAgeSeconds);
    failed.set(b.failed);
  });
  // Background jobs (notifications, tracker issues, inbox processing), read on each scrape.
  const jobsGauge = new Gauge({ name: 'debrief_jobs', help: 'Background jobs not done, by state (pending, running, dead)', labelNames: ['state'], registers: [registry] });
  const jobsAge = new Gauge({ name: 'debrief_jobs_oldest_due_age_seconds', help: 'How long the oldest due pending job has waited (0 when none)', registers: [registry] });
  collectors.push(async () => {
    const j = await jobBacklogStats(opts.ctx);
    jobsGauge.set({ state: 'pending' }, j.pending);
    jobsGauge.set({ state: 'running' }, j.running);
    jobsGauge.set({ state: 'dead' }, j.dead);
    jobsAge.set(j.oldestDueAgeSeconds);
  });
  // The vacuum maintenance PGlite needs (it runs no autovacuum), and how many tables wait for it now.
  const vacuumChecks = new Gauge({ name: 'debrief_db_vacuum_checks', help: 'Vacuum maintenance checks since the start (PGlite)', registers: [registry] });
  const vacuumTables = new Gauge({ name: 'debrief_db_vacuum_tables', help: 'Tables vacuumed by the maintenance since the start (PGlite)', registers: [registry] });
  const vacuumSeconds = new Gauge({ name: 'debrief_db_vacuum_seconds', help: 'Seconds spent vacuuming since the start (PGlite)', registers: [registry] });
  const vacuumLast = new Gauge({ name: 'debrief_db_vacuum_last_check_timestamp_seconds', help: 'When the last vacuum check ended (0 before the first)', registers: [registry] });
  const vacuumFailures = new Gauge({ name: 'debrief_db_vacuum_failures', help: 'Failed vacuum checks since the start', registers: [registry] });
  const vacuumNeeded = new Gauge({ name: 'debrief_db_tables_needing_vacuum', help: 'Tables whose visibility map covers under half their pages now (read on each scrape)', registers: [registry] });
  collectors.push(async () => {
    const v = vacuumState(opts.ctx.db);
    vacuumChecks.set(v.checks);
    vacuumTables.set(v.tablesVacuumed);
    vacuumSeconds.set(v.seconds);
    vacuumLast.set(v.lastCheckAt);
    vacuumFailures.set(v.failures);
    vacuumNeeded.set((await tablesToVacuum(opts.ctx.db)).length);
  });
  if (opts.poolStats) {
    const pool = new Gauge({ name: 'debrief_db_pool_connections', help: 'PostgreSQL pool connections by state', labelNames: ['state'], registers: [registry] });
    const stats = opts.poolStats;
    collectors.push(() => {
      const s = stats();
      pool.set({ state: 'total' }, s.total);
      pool.set({ state: 'idle' }, s.idle);
      pool.set({ state: 'waiting' }, s.waiting);
    });
  }

  app.addHook('onRequest', async (req, reply) => { reply.header('x-request-id', req.id); });
  app.addHook('onResponse', async (req, reply) => {
    const route = routeLabel(req);
    if (route === '/metrics') return;
    requests.inc({ method: req.method, route, status: String(reply.statusCode) });
    latency.observe({ method: req.method, route }, reply.elapsedTime / 1000);
    if (route === '/api/v1/ingest/:source') {
      const source = (req.params as { source?: string }).source ?? 'unknown';
      const s = reply.statusCode;
      const outcome = s === 401 || s === 403 ? 'unauthorized' : s >= 500 ? 'error' : s >= 400 ? 'refused' : s === 200 ? 'duplicate-or-processed' : 'accepted';
      deliveries.inc({ source, outcome });
    }
  });
  app.addHook('onClose', async () => { shuttingDown = true; });

  app.get('/metrics', async (req, reply) => {
    if (!opts.metricsPublic) {
      const actor = await opts.authenticate(req);
      if (!actor) return sendProblem(reply, new AppError('unauthorized', '/metrics needs a Debrief token here (it is open only on a loopback address or with server.metricsPublic: true)'), '/metrics');
    }
    for (const c of collectors) await c(registry);
    return reply.type(registry.contentType).send(await registry.metrics());
  });

  const expected = shippedMigrations();
  app.get('/readyz', async (_req, reply) => {
    const checks: Record<string, { ok: boolean; detail?: string }> = {};
    checks['shutdown'] = shuttingDown ? { ok: false, detail: 'shutting down' } : { ok: true };
    try {
      await opts.ctx.db.execute(sql`select 1`);
      checks['database'] = { ok: true };
      const rows = await opts.ctx.db.execute(sql`select count(*)::int as n from drizzle.__drizzle_migrations`);
      const applied = Number((rows as { rows?: { n: number }[] }).rows?.[0]?.n ?? (rows as { n: number }[])[0]?.n ?? 0);
      checks['migrations'] = applied >= expected ? { ok: true } : { ok: false, detail: `${applied} of ${expected} migrations applied` };
    } catch (e) {
      checks['database'] = { ok: false, detail: (e as Error).message.slice(0, 200) };
    }
    const ready = Object.values(checks).every((c) => c.ok);
    return reply.status(ready ? 200 : 503).send({ status: ready ? 'ready' : 'not ready', checks });
  });

  return { addCollector: (c) => { collectors.push(c); }, registry };
}

/** Whether a host binds to loopback only. */
export function isLoopbackHost(host: string): boolean {
  return host === 'localhost' || host === '::1' || /^127\./.test(host);
}
