/**
 * Filing webhook deliveries as `ingest.process` jobs, on PGlite and PostgreSQL: two runners
 * racing for the same inbox jobs file each delivery once (no event twice, none lost); a
 * delivery failing transiently is retried with backoff and ends dead (job) and failed
 * (delivery) with the reason on both, and `jobs retry` files it; an inbox retry queues a
 * new job; a stopping runner hands the inbox jobs it claimed back at once; the start-up
 * sweep never queues a second job for a delivery that has one.
 */
import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SECTION_SCHEMAS } from '../../src/config/sections.ts';
import { JobRunner } from '../../src/jobs/job-runner.ts';
import type { ServiceContext } from '../../src/services/context.ts';
import { drainInbox } from '../../src/services/ingest/inbox-queue.ts';
import { INGEST_JOB, INGEST_JOB_SPEC, ingestJobKind, queueUnqueuedDeliveries } from '../../src/services/ingest/inbox.job.ts';
import { findInboxMany, insertInboxBatch, type NewInboxRow } from '../../src/store/repositories/inbox.repository.ts';
import { listJobRows } from '../../src/store/repositories/job.repository.ts';
import { backends, createTestApp, type TestApp } from '../support/test-app.ts';

const SECRET = 'inbox-jobs-webhook-secret-01234';

function alert(group: string, i: number): string {
  const labels = { alertname: group, severity: 'critical', service: `svc-${group}`, instance: `i-${i}` };
  return JSON.stringify({
    version: '4', groupKey: `{}:{alertname="${group}"}`, status: 'firing', receiver: 'debrief',
    groupLabels: { alertname: group }, commonLabels: labels, commonAnnotations: { summary: `${group} ${i}` }, externalURL: 'https://am.example',
    alerts: [{
      status: 'firing', labels, annotations: { summary: `${group} ${i}` }, startsAt: new Date(Date.parse('2026-03-10T11:00:00Z') + i * 1000).toISOString(),
      endsAt: '0001-01-01T00:00:00Z', generatorURL: 'https://prom.example/graph', fingerprint: `fp-${group}-${i}`,
    }],
  });
}

const row = (body: string, receivedAt: Date): NewInboxRow => ({
  id: randomUUID(), source: 'alertmanager', deliveryKey: `test:${randomUUID()}`, receivedAt, headers: { 'content-type': 'application/json' },
  body, status: 'pending', error: null, processedAt: null, targetIncidentId: null,
});

describe.each(backends())('inbox jobs on %s', (backend) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(backend, { ingest: SECTION_SCHEMAS.ingest.parse({ sources: { alertmanager: { secret: SECRET } } }) });
  });
  afterAll(async () => { await t?.close(); });

  const post = (body: string, qs = '?wait=0') => t.app.inject({
    method: 'POST', url: `/api/v1/ingest/alertmanager${qs}`, payload: body, headers: { 'content-type': 'application/json', authorization: `Bearer ${SECRET}` },
  });
  const jobsOf = async (inboxIds: string[]) => (await listJobRows(t.ctx.db, { kind: INGEST_JOB, limit: 10_000 }))
    .filter((j) => inboxIds.includes(String(j.payload['inboxId'])));
  /** Stores deliveries and their jobs as the webhook does, without waking any runner. */
  const store = async (group: string, n: number) => {
    const rows = Array.from({ length: n }, (_, i) => row(alert(group, i), t.ctx.now()));
    await insertInboxBatch(t.ctx.db, rows, INGEST_JOB_SPEC);
    return rows.map((r) => r.id);
  };
  const runner = (worker: string, batch = ingestJobKind.batch, ctx: ServiceContext = t.ctx) =>
    new JobRunner(ctx, new Map([[INGEST_JOB, { ...ingestJobKind, batch }]]), { worker, registeredKindsOnly: true });

  it('two runners racing for the same inbox jobs file each delivery once: no event twice, none lost', async () => {
    const ids = (await Promise.all(['RaceA', 'RaceB', 'RaceC', 'RaceD'].map((g) => store(g, 30)))).flat();
    // Each delivery has its job already: the start-up sweep queues nothing more.
    expect(await queueUnqueuedDeliveries(t.ctx)).toBe(0);
    expect((await jobsOf(ids)).map((j) => j.idempotencyKey).sort()).toEqual(ids.map((id) => `ingest:${id}`).sort());

    const [a, b] = await Promise.all([runner('a', 7).drain(), runner('b', 7).drain()]);
    expect(a.done + b.done).toBe(ids.length);
    expect(a.done).toBeGreaterThan(0);
    expect(b.done).toBeGreaterThan(0);
    const rows = await findInboxMany(t.ctx.db, ids);
    // Filed once each: one attempt, one event.
    expect(rows.map((r) => [r.status, r.attempts, r.eventCount])).toEqual(ids.map(() => ['processed', 1, 1]));
    const events: unknown = await t.ctx.db.execute(sql`select count(*)::int as n from timeline_events where inbox_id in ${ids}`);
    expect((events as { rows: { n: number }[] }).rows[0]!.n).toBe(ids.length);
    expect((await jobsOf(ids)).map((j) => j.state)).toEqual(ids.map(() => 'done'));
  });

  it('retries a delivery that fails transiently with backoff, then records the job dead and the delivery failed with the reason; jobs retry files it', async () => {
    // The database refuses every event insert as a serialization failure (a transient error).
    await t.ctx.db.execute(sql.raw(`create or replace function inbox_jobs_test_fail() returns trigger language plpgsql as $$
      begin raise exception 'injected serialization failure' using errcode = '40001'; end $$`));
    await t.ctx.db.execute(sql.raw('create trigger inbox_jobs_test_fail before insert on timeline_events for each row execute function inbox_jobs_test_fail()'));
    try {
      const res = await post(alert('Flaky', 1));
      expect(res.statusCode).toBe(202);
      const inboxId = res.json<{ inboxId: string }>().inboxId;
      await drainInbox(t.ctx.db);
      let [job] = await jobsOf([inboxId]);
      expect(job).toMatchObject({ state: 'pending', attempts: 1, maxAttempts: 10 });
      expect(job!.lastError).toContain('injected serialization failure');
      // Backoff: 1 s after the first failure; not due before.
      expect(job!.scheduledAt.getTime() - t.clock.now.getTime()).toBe(1000);
      expect((await findInboxMany(t.ctx.db, [inboxId]))[0]).toMatchObject({ status: 'pending', attempts: 1 });
      for (let i = 0; i < 12 && job!.state === 'pending'; i++) {
        t.clock.now = new Date(t.clock.now.getTime() + 60_000);
        await drainInbox(t.ctx.db);
        [job] = await jobsOf([inboxId]);
      }
      expect(job).toMatchObject({ state: 'dead', attempts: 10 });
      expect(job!.lastError).toMatch(/^gave up after 10 attempts: .*injected serialization failure/);
      const delivery = (await t.call('responder', 'GET', `/api/v1/ingest/inbox/${inboxId}`)).json();
      expect(delivery).toMatchObject({ status: 'failed', error: job!.lastError });
      const dead = (await t.call('admin', 'GET', `/api/v1/jobs?kind=${INGEST_JOB}&state=dead`)).json<{ items: { id: number; lastError: string }[] }>();
      expect(dead.items.find((j) => j.id === job!.id)?.lastError).toBe(job!.lastError);
      await t.ctx.db.execute(sql.raw('drop trigger inbox_jobs_test_fail on timeline_events'));

      const retried = await t.call('admin', 'POST', `/api/v1/jobs/${job!.id}/retry`);
      expect(retried.statusCode).toBe(200);
      await drainInbox(t.ctx.db);
      expect((await t.call('responder', 'GET', `/api/v1/ingest/inbox/${inboxId}`)).json()).toMatchObject({ status: 'processed', eventCount: 1, error: null });
      expect((await jobsOf([inboxId]))[0]).toMatchObject({ state: 'done', lastError: null });
    } finally {
      await t.ctx.db.execute(sql.raw('drop trigger if exists inbox_jobs_test_fail on timeline_events'));
    }
  });

  it('an inbox retry queues a new job for the delivery and answers with its outcome', async () => {
    const first = await post(alert('Unmatched', 1), '?wait=4000');
    const inboxId = first.json<{ inboxId: string }>().inboxId;
    expect(first.json()).toMatchObject({ status: 'processed' });
    const target = (await t.call('responder', 'POST', '/api/v1/incidents', { title: 'Attach here', severity: 'SEV-2', services: ['attach'], primaryService: 'attach' })).json<{ id: string }>().id;
    const retried = await t.call('responder', 'POST', `/api/v1/ingest/inbox/${inboxId}/retry?incident=${target}`);
    expect(retried.statusCode).toBe(200);
    expect(retried.json()).toMatchObject({ status: 'processed', incidentId: target, events: 1 });
    // The answer comes with the outcome; the job is recorded done right after.
    await drainInbox(t.ctx.db);
    const jobs = await jobsOf([inboxId]);
    expect(jobs.map((j) => [j.idempotencyKey, j.state]).sort()).toEqual([[`ingest:${inboxId}`, 'done'], [`ingest:${inboxId}:1`, 'done']]);
  });

  it('a runner stopped while claiming hands the inbox jobs it claimed back at once, and another runner files them', async () => {
    // The app's own runner (woken by the deliveries posted above) has finished: these jobs are for the runners below.
    await drainInbox(t.ctx.db);
    const ids = await store('Stopping', 5);
    const stopped: { done: Promise<void> | null } = { done: null };
    // The runner is asked to stop right after its claim commits (a SIGTERM arriving then).
    const db = new Proxy(t.ctx.db, {
      get(target, p, receiver) {
        if (p !== 'transaction') return Reflect.get(target, p, receiver) as unknown;
        return async (fn: Parameters<typeof target.transaction>[0]) => {
          const out = await target.transaction(fn);
          stopped.done ??= stopping.stop();
          return out;
        };
      },
    });
    const stopping = runner('stopping', ingestJobKind.batch, { ...t.ctx, db });
    const summary = await stopping.runOnce();
    await stopped.done;
    expect(summary).toMatchObject({ claimed: 5, done: 0, failed: 0, dead: 0 });
    const back = await jobsOf(ids);
    expect(back.map((j) => [j.state, j.attempts, j.lockedBy])).toEqual(ids.map(() => ['pending', 0, null]));
    expect((await findInboxMany(t.ctx.db, ids)).map((r) => r.status)).toEqual(ids.map(() => 'pending'));
    expect((await runner('next').drain()).done).toBe(5);
    expect((await findInboxMany(t.ctx.db, ids)).map((r) => r.status)).toEqual(ids.map(() => 'processed'));
  });
});
