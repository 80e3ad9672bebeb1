/**
 * Acknowledged means processed: deliveries a stopped server left pending without a job
 * (stored by a version before inbox jobs) are queued by the start-up sweep and filed with
 * nothing new arriving; the backlog and its oldest age are visible; a delivery that can
 * never be filed is refused at the door (a NUL in a field) or ends `failed` with its
 * reason (its job dead with the same reason), without holding up the others.
 */
import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SECTION_SCHEMAS } from '../../src/config/sections.ts';
import { startJobRunner } from '../../src/jobs/job-runner-lifecycle.ts';
import { drainInbox } from '../../src/services/ingest/inbox-queue.ts';
import { insertInboxBatch, type NewInboxRow } from '../../src/store/repositories/inbox.repository.ts';
import { backends, createTestApp, type TestApp } from '../support/test-app.ts';

const SECRET = 'recovery-webhook-secret-0123456';

function alert(name: string, summary: string, fingerprint: string): string {
  const labels = { alertname: name, severity: 'critical', service: `svc-${name}`, instance: 'i-1' };
  return JSON.stringify({
    version: '4', groupKey: `{}:{alertname="${name}"}`, status: 'firing', receiver: 'debrief',
    groupLabels: { alertname: name }, commonLabels: labels, commonAnnotations: { summary }, externalURL: 'https://am.example',
    alerts: [{
      status: 'firing', labels, annotations: { summary }, startsAt: '2026-03-10T11:00:00Z', endsAt: '0001-01-01T00:00:00Z',
      generatorURL: 'https://prom.example/graph', fingerprint,
    }],
  });
}

/** A row as a server stores it before answering (and then dies before processing it). */
const pendingRow = (body: string, receivedAt: Date): NewInboxRow => ({
  id: randomUUID(), source: 'alertmanager', deliveryKey: `test:${randomUUID()}`, receivedAt, headers: { 'content-type': 'application/json' },
  body, status: 'pending', error: null, processedAt: null, targetIncidentId: null,
});

describe.each(backends())('inbox recovery on %s', (backend) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(backend, { ingest: SECTION_SCHEMAS.ingest.parse({ sources: { alertmanager: { secret: SECRET } } }) });
  });
  afterAll(async () => { await t?.close(); });

  const post = (body: string) => t.app.inject({
    method: 'POST', url: '/api/v1/ingest/alertmanager', payload: body, headers: { 'content-type': 'application/json', authorization: `Bearer ${SECRET}` },
  });
  const backlog = async () => (await t.call('responder', 'GET', '/api/v1/ingest/backlog')).json<{ pending: number; oldestPendingAt: string | null; oldestPendingAgeSeconds: number; failed: number }>();

  it('refuses a delivery with a NUL inside a field with 422 naming the field, and stores nothing', async () => {
    const res = await post(alert('NulAlert', 'bad \u0000 summary', 'fp-nul'));
    expect(res.statusCode).toBe(422);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.json().errors[0].path).toBe('commonAnnotations.summary');
    const listed = (await t.call('responder', 'GET', '/api/v1/ingest/inbox?source=alertmanager')).json<{ items: unknown[] }>();
    expect(listed.items).toEqual([]);
  });

  it('queues and processes what a stopped server left pending without jobs at start-up, with no new delivery, and shows the backlog meanwhile', async () => {
    const received = new Date(t.clock.now.getTime() - 90_000);
    const good = Array.from({ length: 30 }, (_, i) => pendingRow(alert(`Left${i % 3}`, `left over ${i}`, `fp-left-${i}`), received));
    // Stored before the NUL check existed: it can never be filed, and must not hold up the others.
    const poison = pendingRow(alert('Left0', 'poison \u0000 text', 'fp-poison'), new Date(received.getTime() - 1000));
    const notJson = pendingRow('{"version": "4", ', new Date(received.getTime() - 2000));
    await insertInboxBatch(t.ctx.db, [notJson, poison, ...good]);

    const before = await backlog();
    expect(before.pending).toBe(32);
    expect(before.oldestPendingAt).toBe(new Date(received.getTime() - 2000).toISOString());
    expect(before.oldestPendingAgeSeconds).toBe(92);

    const jobsFor = async (id: string) => {
      const result: unknown = await t.ctx.db.execute(sql`select state, last_error from jobs where payload->>'inboxId' = ${id}`);
      return (result as { rows: { state: string; last_error: string | null }[] }).rows;
    };
    expect(await jobsFor(good[0]!.id)).toEqual([]);
    const stop = startJobRunner(t.ctx);
    let now = before;
    for (let i = 0; i < 100 && now.pending > 0; i++) {
      await drainInbox(t.ctx.db);
      now = await backlog();
    }
    expect(now).toMatchObject({ pending: 0, oldestPendingAt: null, oldestPendingAgeSeconds: 0, failed: 1 });
    for (const row of good) {
      expect((await t.call('responder', 'GET', `/api/v1/ingest/inbox/${row.id}`)).json()).toMatchObject({ status: 'processed', eventCount: 1 });
    }
    const failed = (await t.call('responder', 'GET', `/api/v1/ingest/inbox/${poison.id}`)).json();
    expect(failed.status).toBe('failed');
    expect(failed.error).toMatch(/\S/);
    const rejected = (await t.call('responder', 'GET', `/api/v1/ingest/inbox/${notJson.id}`)).json();
    expect(rejected).toMatchObject({ status: 'rejected' });
    expect(rejected.error).toContain('not JSON');
    await stop();
    // One job per delivery, queued by the sweep: done for those filed, dead with the delivery's reason for the others.
    for (const row of good) expect(await jobsFor(row.id)).toEqual([{ state: 'done', last_error: null }]);
    expect(await jobsFor(poison.id)).toEqual([{ state: 'dead', last_error: failed.error }]);
    expect(await jobsFor(notJson.id)).toEqual([{ state: 'dead', last_error: rejected.error }]);
  });

  it('puts a failed delivery back in the queue when its sender delivers it again', async () => {
    const body = alert('Redelivered', 'sent twice', 'fp-redelivered');
    const first = await post(body);
    expect(first.statusCode).toBe(202);
    await drainInbox(t.ctx.db);
    const id = first.json().inboxId as string;
    await t.ctx.db.execute(sql`update ingest_inbox set status = 'failed', error = 'lost' where id = ${id}`);
    const again = await post(body);
    expect(again.statusCode).toBe(202);
    expect(again.json()).toMatchObject({ inboxId: id, duplicate: true });
    await drainInbox(t.ctx.db);
    expect((await t.call('responder', 'GET', `/api/v1/ingest/inbox/${id}`)).json()).toMatchObject({ status: 'processed', error: null });
  });
});
