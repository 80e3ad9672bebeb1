/**
 * Two Debrief servers on one PostgreSQL database (two apps, two pools, each with its job
 * runner) receive Alertmanager deliveries alternately and at once: every delivery ends
 * processed exactly once with its event, none failed, one incident per alert group, and
 * its one `ingest.process` job done.
 */
import pg from 'pg';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/config.ts';
import { SECTION_SCHEMAS } from '../../src/config/sections.ts';
import { buildApp } from '../../src/server/app.ts';
import type { ServiceContext } from '../../src/services/context.ts';
import { startJobRunner } from '../../src/jobs/job-runner-lifecycle.ts';
import { drainInbox } from '../../src/services/ingest/inbox-queue.ts';
import { openDatabase, type Database } from '../../src/store/database.ts';
import { createScratchPostgres, type ScratchPostgres } from '../support/scratch-postgres.ts';

const SECRET = 'two-servers-webhook-secret-0123';
const ADMIN_URL = process.env['TEST_DATABASE_URL'];
const GROUPS = 12;
const PER_GROUP = 25;

/** One Alertmanager notification of group `g` carrying alert `i` of that group. */
function delivery(g: number, i: number): string {
  const labels = { alertname: `TwoServers${g}`, severity: 'critical', service: `two-${g}`, instance: `i-${i}` };
  return JSON.stringify({
    version: '4', groupKey: `{}:{alertname="TwoServers${g}"}`, status: 'firing', receiver: 'debrief',
    groupLabels: { alertname: labels.alertname }, commonLabels: labels, commonAnnotations: { summary: `alert ${i} of group ${g}` },
    externalURL: 'https://am.example',
    alerts: [{
      status: 'firing', labels, annotations: { summary: `alert ${i} of group ${g}` },
      startsAt: new Date(Date.parse('2026-03-10T10:00:00Z') + i * 1000).toISOString(), endsAt: '0001-01-01T00:00:00Z',
      generatorURL: 'https://prom.example/graph', fingerprint: `fp-${g}-${i}`,
    }],
  });
}

describe.skipIf(ADMIN_URL === undefined)('two servers on one PostgreSQL', () => {
  let scratch: ScratchPostgres;
  const servers: { database: Database; app: FastifyInstance; ctx: ServiceContext; stopJobs: () => Promise<void> }[] = [];
  let sql: pg.Client;

  beforeAll(async () => {
    scratch = await createScratchPostgres(ADMIN_URL!, 'debrief_two');
    const config = loadConfig({
      env: {}, cwd: '/nonexistent-debrief-test',
      overrides: { ingest: SECTION_SCHEMAS.ingest.parse({ sources: { alertmanager: { secret: SECRET } } }) },
    });
    for (let s = 0; s < 2; s++) {
      const database = await openDatabase({ dataDir: '', databaseUrl: scratch.url, command: 'test' });
      const ctx: ServiceContext = { db: database.db, config, now: () => new Date('2026-03-10T12:00:00Z') };
      const app = await buildApp({ ctx });
      servers.push({ database, app, ctx, stopJobs: startJobRunner(ctx) });
    }
    sql = new pg.Client({ connectionString: scratch.url });
    await sql.connect();
  });

  afterAll(async () => {
    await sql?.end();
    for (const s of servers) {
      await s.stopJobs();
      await s.app.close();
      await s.database.close();
    }
    await scratch?.drop();
  });

  const count = async (query: string): Promise<number> => Number((await sql.query<{ n: string }>(query)).rows[0]!.n);

  it('processes every delivery once, with its event, when deliveries alternate between two servers', async () => {
    const bodies: string[] = [];
    for (let i = 0; i < PER_GROUP; i++) for (let g = 0; g < GROUPS; g++) bodies.push(delivery(g, i));
    // Every tenth delivery goes to both servers (a sender retrying elsewhere): still one row, one event.
    const sends = bodies.flatMap((body, k) => (k % 10 === 0 ? [{ body, to: 0 }, { body, to: 1 }] : [{ body, to: k % 2 }]));
    const answers = await Promise.all(sends.map(({ body, to }) => servers[to]!.app.inject({
      method: 'POST', url: '/api/v1/ingest/alertmanager?wait=0', payload: body,
      headers: { 'content-type': 'application/json', authorization: `Bearer ${SECRET}` },
    })));
    expect(answers.filter((a) => a.statusCode !== 202 && a.statusCode !== 200).map((a) => a.body)).toEqual([]);

    for (let tries = 0; tries < 300 && (await count("select count(*) as n from ingest_inbox where status = 'pending'")) > 0; tries++) {
      await Promise.all(servers.map((s) => drainInbox(s.ctx.db)));
      await new Promise((r) => setTimeout(r, 100));
    }

    const byStatus = (await sql.query<{ status: string; n: string }>('select status, count(*) as n from ingest_inbox group by status')).rows;
    expect(byStatus.map((r) => [r.status, Number(r.n)])).toEqual([['processed', bodies.length]]);
    expect(await count("select count(*) as n from timeline_events where source = 'alertmanager'")).toBe(bodies.length);
    expect(await count('select coalesce(sum(event_count), 0) as n from ingest_inbox')).toBe(bodies.length);
    expect(await count('select count(*) as n from ingest_inbox where event_count <> 1')).toBe(0);
    expect(await count("select count(*) as n from incidents where group_key like 'alertmanager:%TwoServers%'")).toBe(GROUPS);
    // Each event is on the incident its delivery was filed on.
    expect(await count('select count(*) as n from timeline_events e join ingest_inbox i on i.id = e.inbox_id where e.incident_id <> i.incident_id')).toBe(0);
    // Each delivery had one job, and it is done.
    const jobs = (await sql.query<{ state: string; n: string }>("select state, count(*) as n from jobs where kind = 'ingest.process' group by state")).rows;
    expect(jobs.map((r) => [r.state, Number(r.n)])).toEqual([['done', bodies.length]]);
    expect(await count("select count(*) as n from ingest_inbox i where (select count(*) from jobs j where j.payload->>'inboxId' = i.id) <> 1")).toBe(0);
  }, 120_000);
});
