// Ingest speed: 10k events through the import use case beside a raw parameterized INSERT of the same rows
// (target ≤ 3×), and the webhook route's requests per second beside a bare Fastify route (target ≥ 30%);
// each delivery is stored with its ingest.process job, filed by the job runner in the background.
import { createHash } from 'node:crypto';
import { Agent, request } from 'node:http';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import Fastify from 'fastify';
import { loadConfig } from '../src/config/config.ts';
import { SECTION_SCHEMAS } from '../src/config/sections.ts';
import { SYSTEM_PRINCIPAL } from '../src/domain/access/roles.ts';
import type { IngestedEvent } from '../src/domain/timeline/event.types.ts';
import { buildApp } from '../src/server/app.ts';
import type { ServiceContext } from '../src/services/context.ts';
import { declareIncident } from '../src/services/incident.service.ts';
import { importEvents } from '../src/services/ingest/import.service.ts';
import { ImportEventsSchema } from '../src/services/ingest/ingest.schema.ts';
import { drainInbox } from '../src/services/ingest/inbox-queue.ts';
import { openDatabase, type Database } from '../src/store/database.ts';

const EVENTS = 10_000;
const REQUESTS = 1_500;
const CONCURRENCY = 8;
const SECRET = 'bench-webhook-secret-0123456789';

type PgliteClient = { query(sql: string, params?: unknown[]): Promise<unknown>; dumpDataDir(c: 'none'): Promise<Blob> };
const clientOf = (d: Database): PgliteClient => (d.db as unknown as { $client: PgliteClient }).$client;

function events(n: number, tag: string): IngestedEvent[] {
  const base = Date.parse('2026-03-10T10:00:00Z');
  return Array.from({ length: n }, (_, i) => ({
    at: new Date(base + i * 1000).toISOString(), precision: 'exact', source: 'alertmanager', kind: i % 2 ? 'alert.resolved' : 'alert.firing',
    text: `HighLatency (api-${i % 50}) p99 above 2s`, actor: null, phase: i % 2 ? 'resolution' : 'detection',
    link: 'https://prom.example/graph', idempotencyKey: `alertmanager:${tag}-${i}:2026-03-10T10:00:00Z:firing`,
  }));
}

const COLUMNS = ['id', 'incident_id', 'at', 'precision', 'source', 'kind', 'text', 'actor', 'phase', 'link', 'decision_point', 'idempotency_key', 'sha', 'inbox_id', 'created_by'];

async function rawInsert(client: PgliteClient, incidentId: string, evs: IngestedEvent[]): Promise<void> {
  await client.query('begin');
  for (let i = 0; i < evs.length; i += 500) {
    const chunk = evs.slice(i, i + 500);
    const params: unknown[] = [];
    const rows = chunk.map((e, r) => {
      params.push(createHash('sha1').update(e.idempotencyKey).digest('hex'), incidentId, e.at, e.precision, e.source, e.kind, e.text, e.actor, e.phase, e.link, false, e.idempotencyKey, null, null, 'bench');
      return `(${COLUMNS.map((_, c) => `$${r * COLUMNS.length + c + 1}`).join(',')})`;
    });
    await client.query(`insert into timeline_events (${COLUMNS.join(',')}) values ${rows.join(',')} on conflict do nothing`, params);
  }
  await client.query('commit');
}

async function timeMs(fn: () => Promise<unknown>): Promise<number> {
  const start = process.hrtime.bigint();
  await fn();
  return Number(process.hrtime.bigint() - start) / 1e6;
}

async function fire(port: number, path: string, bodies: string[], headers: Record<string, string>): Promise<number> {
  const agent = new Agent({ keepAlive: true, maxSockets: CONCURRENCY });
  let next = 0;
  let failures = 0;
  const one = (body: string): Promise<void> => new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, method: 'POST', agent, headers: { 'content-type': 'application/json', ...headers } }, (res) => {
      if ((res.statusCode ?? 500) >= 300) failures++;
      res.resume();
      res.on('end', resolve);
    });
    req.on('error', reject);
    req.end(body);
  });
  const start = process.hrtime.bigint();
  await Promise.all(Array.from({ length: CONCURRENCY }, async () => {
    while (next < bodies.length) await one(bodies[next++]!);
  }));
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  agent.destroy();
  if (failures > 0) throw new Error(`${failures} of ${bodies.length} requests to ${path} failed`);
  return bodies.length / seconds;
}

function alertBodies(n: number): string[] {
  return Array.from({ length: n }, (_, i) => JSON.stringify({
    version: '4', groupKey: '{}:{alertname="HighLatency"}', status: 'firing', receiver: 'debrief',
    groupLabels: { alertname: 'HighLatency' }, commonLabels: { alertname: 'HighLatency', severity: 'critical', service: 'api' },
    commonAnnotations: { summary: 'p99 above 2s' }, externalURL: 'https://am.example',
    alerts: [{ status: 'firing', labels: { alertname: 'HighLatency', severity: 'critical', service: 'api', instance: `api-${i}` },
      annotations: { summary: 'p99 above 2s' }, startsAt: new Date(Date.parse('2026-03-10T10:00:00Z') + i * 1000).toISOString(),
      endsAt: '0001-01-01T00:00:00Z', generatorURL: 'https://prom.example/graph', fingerprint: `fp-${i}` }],
  }));
}

/** Runs both measurements on fresh PGlite clones of one migrated database and prints each beside its baseline. */
export async function runIngestBench(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'debrief-ingest-bench-'));
  try {
    const seed = await openDatabase({ dataDir: join(dir, 'seed'), databaseUrl: null, command: 'bench' });
    const dump = await clientOf(seed).dumpDataDir('none');
    await seed.close();
    const clone = () => openDatabase({ dataDir: '', databaseUrl: null, command: 'bench', loadDump: dump, migrate: false });
    const config = loadConfig({ env: {}, cwd: dir, overrides: { ingest: SECTION_SCHEMAS.ingest.parse({ sources: { alertmanager: { secret: SECRET } } }) } });

    // 1. Import use case vs raw INSERT, same rows, same database.
    const database = await clone();
    const ctx: ServiceContext = { db: database.db, config, now: () => new Date() };
    const inc = async () => (await declareIncident(ctx, SYSTEM_PRINCIPAL, { title: 'bench', severity: 'SEV-2' })).id;
    const [warmA, warmB, a, b] = [await inc(), await inc(), await inc(), await inc()];
    await importEvents(ctx, SYSTEM_PRINCIPAL, warmA, ImportEventsSchema.parse({ source: 'alertmanager', events: events(500, 'w') }));
    await rawInsert(clientOf(database), warmB, events(500, 'w'));
    const body = { source: 'alertmanager', events: events(EVENTS, 'x') };
    const raw = await timeMs(() => rawInsert(clientOf(database), b, body.events));
    const ours = await timeMs(() => importEvents(ctx, SYSTEM_PRINCIPAL, a, ImportEventsSchema.parse(body)));
    await database.close();

    // 2. Webhook route vs a bare Fastify route, both on loopback.
    const bare = Fastify();
    bare.post('/hook', async (_req, reply) => reply.status(202).send({ ok: true }));
    await bare.listen({ port: 0, host: '127.0.0.1' });
    const bodies = alertBodies(REQUESTS);
    const barePort = (bare.server.address() as { port: number }).port;
    await fire(barePort, '/hook', bodies.slice(0, 200), {});
    const bareRps = await fire(barePort, '/hook', bodies, {});
    await bare.close();

    // The webhook runs as `npm start` does: PGlite on a data directory (the migrated seed).
    const hookDb = await openDatabase({ dataDir: join(dir, 'seed'), databaseUrl: null, command: 'bench', migrate: false });
    const app = await buildApp({ ctx: { db: hookDb.db, config, now: () => new Date() } });
    await app.listen({ port: 0, host: '127.0.0.1' });
    const port = (app.server.address() as { port: number }).port;
    const auth = { authorization: `Bearer ${SECRET}` };
    await fire(port, '/api/v1/ingest/alertmanager', alertBodies(REQUESTS + 200).slice(REQUESTS), auth);
    const hookRps = await fire(port, '/api/v1/ingest/alertmanager', bodies, auth);
    const drainMs = await timeMs(() => drainInbox(hookDb.db));
    const processed = await clientOf(hookDb).query("select count(*)::int as n from ingest_inbox where status = 'processed'") as { rows: { n: number }[] };
    const jobsDone = await clientOf(hookDb).query("select count(*)::int as n from jobs where kind = 'ingest.process' and state = 'done'") as { rows: { n: number }[] };
    await app.close();
    await hookDb.close();

    const ratio = ours / raw;
    const share = hookRps / bareRps;
    process.stdout.write([
      `ingest: ${EVENTS} events into one incident (PGlite)`,
      `  raw parameterized INSERT (baseline): ${raw.toFixed(0)} ms`,
      `  import use case (zod + service):     ${ours.toFixed(0)} ms`,
      `  ratio: ${ratio.toFixed(2)}× (target ≤ 3×) ${ratio <= 3 ? 'ok' : 'OVER TARGET'}`,
      `webhook: ${REQUESTS} Alertmanager deliveries, ${CONCURRENCY} concurrent, loopback`,
      `  bare Fastify route (baseline): ${bareRps.toFixed(0)} req/s`,
      `  POST /api/v1/ingest/alertmanager (auth, inbox, correlate, events): ${hookRps.toFixed(0)} req/s`,
      `  share: ${(share * 100).toFixed(0)}% (target ≥ 30%) ${share >= 0.3 ? 'ok' : 'UNDER TARGET'}`,
      `  background processing (ingest.process jobs): backlog drained ${drainMs.toFixed(0)} ms after the last answer; ${processed.rows[0]?.n ?? 0} deliveries processed, ${jobsDone.rows[0]?.n ?? 0} jobs done`,
    ].join('\n') + '\n');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await runIngestBench();
