import { createHmac, randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SECTION_SCHEMAS } from '../../src/config/sections.ts';
import { drainInbox } from '../../src/services/ingest/inbox-queue.ts';
import { backends, createTestApp, type TestApp } from '../support/test-app.ts';

const SECRET = 'test-webhook-secret-0123456789';
const fixture = (name: string): string => readFileSync(new URL(`../fixtures/payloads/${name}`, import.meta.url), 'utf8');
let nextId = 1000;
/** A GitHub fixture as a distinct delivery (its own deployment, status, run and push ids): tests share one database. */
const githubBody = (name: string): string => {
  const body = JSON.parse(fixture(name)) as Record<string, Record<string, unknown> | string>;
  const n = nextId++;
  for (const key of ['deployment', 'deployment_status', 'workflow_run'] as const) {
    const o = body[key];
    if (typeof o === 'object' && o !== null) o['id'] = n;
  }
  if (typeof body['after'] === 'string') body['after'] = `${n}`.padStart(40, 'a');
  return JSON.stringify(body);
};
const hmac = (...parts: string[]): string => {
  const mac = createHmac('sha256', SECRET);
  for (const p of parts) mac.update(p);
  return mac.digest('hex');
};

const ingestConfig = SECTION_SCHEMAS.ingest.parse({
  waitForProcessingMs: 4000,
  sources: {
    github: { secret: SECRET },
    pagerduty: { secret: SECRET },
    grafana: { secret: SECRET },
    alertmanager: { secret: SECRET },
  },
});

/** An Alertmanager v4 group notification with one alert. */
function alertGroup(group: string, status: 'firing' | 'resolved', o: { service: string; startsAt: string; endsAt?: string; severity?: string }): string {
  return JSON.stringify({
    version: '4', groupKey: `{}:{alertname="${group}"}`, status, receiver: 'debrief',
    groupLabels: { alertname: group }, commonLabels: { alertname: group, severity: o.severity ?? 'critical', service: o.service },
    commonAnnotations: { summary: `${group} on ${o.service}` }, externalURL: 'https://am.example',
    alerts: [{
      status, labels: { alertname: group, severity: o.severity ?? 'critical', service: o.service, instance: 'i-1' },
      annotations: { summary: `${group} on ${o.service}` }, startsAt: o.startsAt, endsAt: o.endsAt ?? '0001-01-01T00:00:00Z',
      generatorURL: 'https://prom.example/graph', fingerprint: `fp-${group}`,
    }],
  });
}

describe.each(backends())('ingest API on %s', (backend) => {
  let t: TestApp;
  beforeAll(async () => { t = await createTestApp(backend, { ingest: structuredClone(ingestConfig) }); });
  afterAll(async () => {
    await drainInbox(t.ctx.db);
    await t?.close();
  });

  const post = (source: string, body: string, headers: Record<string, string> = {}, qs = '') =>
    t.app.inject({ method: 'POST', url: `/api/v1/ingest/${source}${qs}`, payload: body, headers: { 'content-type': 'application/json', ...headers } });
  const bearer = { authorization: `Bearer ${SECRET}` };
  const declare = async (title: string, service: string): Promise<string> =>
    (await t.call('responder', 'POST', '/api/v1/incidents', { title, severity: 'SEV-2', services: [service], primaryService: service })).json().id;
  const incident = async (id: string) => (await t.call('viewer', 'GET', `/api/v1/incidents/${id}`)).json();
  const events = async (id: string) => (await t.call('viewer', 'GET', `/api/v1/incidents/${id}/events`)).json().items as { kind: string; inboxId: string | null; id: string }[];

  it('accepts a GitHub delivery signed with X-Hub-Signature-256 and refuses unsigned or badly signed ones', async () => {
    const id = await declare('Deploy went wrong', 'shop-gh');
    const body = githubBody('github-deployment.json');
    const h = { 'x-github-event': 'deployment', 'x-github-delivery': randomUUID() };
    const unsigned = await post('github', body, h, `?incident=${id}`);
    expect(unsigned.statusCode).toBe(401);
    expect(unsigned.json().detail).toContain('X-Hub-Signature-256');
    const bad = await post('github', body, { ...h, 'x-hub-signature-256': `sha256=${'0'.repeat(64)}` }, `?incident=${id}`);
    expect(bad.statusCode).toBe(401);
    const tampered = await post('github', body.replace('Rollback', 'Rollout'), { ...h, 'x-hub-signature-256': `sha256=${hmac(body)}` }, `?incident=${id}`);
    expect(tampered.statusCode).toBe(401);
    const ok = await post('github', body, { ...h, 'x-hub-signature-256': `sha256=${hmac(body)}` }, `?incident=${id}`);
    expect(ok.statusCode).toBe(202);
    expect(ok.json()).toMatchObject({ status: 'processed', events: 1, incidentId: id, duplicate: false });
  });

  it('answers as soon as the delivery is stored when not asked to wait, and processes it in the background', async () => {
    const res = await post('alertmanager', alertGroup('Background', 'firing', { service: 'bg-svc', startsAt: '2026-03-10T11:50:00Z' }), bearer, '?wait=0');
    expect(res.statusCode).toBe(202);
    expect(res.json()).toMatchObject({ status: 'pending', incidentId: null });
    await drainInbox(t.ctx.db);
    const item = (await t.call('responder', 'GET', `/api/v1/ingest/inbox/${res.json().inboxId}`)).json();
    expect(item).toMatchObject({ status: 'processed', eventCount: 1 });
    expect(item.incidentId).toMatch(/^INC-/);
  });

  it('answers a redelivery 200 { duplicate: true } without a second event', async () => {
    const id = await declare('Redelivered deploy', 'shop-redeliver');
    const body = githubBody('github-deployment.json');
    const h = { 'x-github-event': 'deployment', 'x-github-delivery': randomUUID(), 'x-hub-signature-256': `sha256=${hmac(body)}` };
    const first = await post('github', body, h, `?incident=${id}`);
    const again = await post('github', body, h, `?incident=${id}`);
    expect(first.statusCode).toBe(202);
    expect(again.statusCode).toBe(200);
    expect(again.json()).toMatchObject({ duplicate: true, inboxId: first.json().inboxId, events: 0 });
    expect(await events(id)).toHaveLength(1);
  });

  it('stores one event when a captured signed GitHub body is replayed with new delivery ids (and event names)', async () => {
    const id = await declare('Replayed deploy', 'shop-replay');
    const cases = { 'github-deployment.json': 'deployment', 'github-push.json': 'push', 'github-deployment-status-failure.json': 'deployment_status', 'github-workflow-run.json': 'workflow_run' };
    for (const [name, event] of Object.entries(cases)) {
      const body = githubBody(name);
      const sig = { 'x-hub-signature-256': `sha256=${hmac(body)}` };
      const send = (e: string) => post('github', body, { ...sig, 'x-github-event': e, 'x-github-delivery': randomUUID() }, `?incident=${id}`);
      const first = await send(event);
      expect(first.statusCode, name).toBe(202);
      for (let i = 0; i < 3; i++) {
        const replay = await send(event);
        expect(replay.statusCode, name).toBe(200);
        expect(replay.json()).toMatchObject({ duplicate: true, inboxId: first.json().inboxId, events: 0 });
      }
      // Another event name on the same signed body is refused or recognised, never a new event.
      expect([200, 400]).toContain((await send('issues')).statusCode);
    }
    expect(await events(id)).toHaveLength(4);
  });

  it('stores an identical body once for every source (a digest of the raw body)', async () => {
    const id = await declare('Replayed alert', 'am-replay');
    const body = alertGroup('ReplayedAlert', 'firing', { service: 'am-replay', startsAt: '2024-03-05T14:00:00Z' });
    const h = { authorization: `Bearer ${SECRET}` };
    const first = await post('alertmanager', body, h, `?incident=${id}`);
    const again = await post('alertmanager', body, { ...h, 'x-request-id': randomUUID() }, `?incident=${id}`);
    expect([first.statusCode, again.statusCode]).toEqual([202, 200]);
    expect(await events(id)).toHaveLength(1);
  });

  it('accepts any of several PagerDuty v1 signatures and uses the event id as delivery key', async () => {
    const id = await declare('Paged', 'pd-svc');
    const body = fixture('pagerduty-v3-acknowledged.json');
    const res = await post('pagerduty', body, { 'x-pagerduty-signature': `v1=${'a'.repeat(64)},v1=${hmac(body)}` }, `?incident=${id}`);
    expect(res.statusCode).toBe(202);
    const item = (await t.call('responder', 'GET', `/api/v1/ingest/inbox/${res.json().inboxId}`)).json();
    expect(item.deliveryKey).toBe('pagerduty-event:01EXAMPLEACKEVENT000000001');
    expect(item.headers['authorization']).toBeUndefined();
    expect((await post('pagerduty', body, { 'x-pagerduty-signature': `v1=${'b'.repeat(64)}` })).statusCode).toBe(401);
  });

  it('checks Grafana signatures over "<timestamp>:<body>" and refuses old timestamps', async () => {
    const body = fixture('grafana-unified.json');
    const fresh = String(Math.floor(t.clock.now.getTime() / 1000) - 10);
    const old = String(Math.floor(t.clock.now.getTime() / 1000) - 3600);
    const sign = (ts: string) => ({ 'x-grafana-alerting-signature': hmac(ts, ':', body), 'x-grafana-alerting-signature-timestamp': ts });
    const stale = await post('grafana', body, sign(old));
    expect(stale.statusCode).toBe(401);
    expect(stale.json().detail).toMatch(/3600 s old/);
    expect((await post('grafana', body, { ...sign(fresh), 'x-grafana-alerting-signature-timestamp': String(Number(fresh) + 1) })).statusCode).toBe(401);
    expect((await post('grafana', body, sign(fresh))).statusCode).toBe(202);
  });

  it('takes the Alertmanager secret as bearer or basic-auth password, and Debrief tokens of responders', async () => {
    const body = alertGroup('AuthCheck', 'firing', { service: 'auth-svc', startsAt: '2026-03-10T11:00:00Z', severity: 'info' });
    expect((await post('alertmanager', body)).statusCode).toBe(401);
    expect((await post('alertmanager', body, { authorization: 'Bearer wrong-secret-wrong-secret' })).statusCode).toBe(401);
    expect((await post('alertmanager', body, bearer)).statusCode).toBe(202);
    const basic = `Basic ${Buffer.from(`am:${SECRET}`).toString('base64')}`;
    expect((await post('alertmanager', body, { authorization: basic })).statusCode).toBe(200);
    expect((await post('alertmanager', body, { authorization: `Bearer ${t.tokens.responder}` })).statusCode).toBe(200);
    expect((await post('alertmanager', body, { authorization: `Bearer ${t.tokens.viewer}` })).statusCode).toBe(403);
  });

  it('explains how to configure a source that has no secret', async () => {
    const res = await post('opsgenie', fixture('opsgenie-acknowledge.json'));
    expect(res.statusCode).toBe(401);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.json().detail).toContain('ingest.sources.opsgenie.secret');
    expect((await post('slack', '{}', bearer)).statusCode).toBe(404);
  });

  it('refuses a payload the source would not send with 400 and keeps it as rejected', async () => {
    const res = await post('alertmanager', fixture('github-push.json'), bearer);
    expect(res.statusCode).toBe(400);
    const inboxId = res.json().inboxId as string;
    expect(inboxId).toBeTruthy();
    const list = (await t.call('responder', 'GET', '/api/v1/ingest/inbox?status=rejected')).json();
    expect(list.items.map((i: { id: string }) => i.id)).toContain(inboxId);
    expect((await t.call('viewer', 'GET', '/api/v1/ingest/inbox')).statusCode).toBe(403);
  });

  it('keeps a processing failure as failed, lists it and processes it on retry', async () => {
    const rule = t.ctx.config.ingest.autoDeclare;
    rule.minSeverity = 'SEV-9';
    const res = await post('alertmanager', alertGroup('RetryMe', 'firing', { service: 'retry-svc', startsAt: '2026-03-10T11:30:00Z' }), bearer);
    rule.minSeverity = 'SEV-3';
    expect(res.statusCode).toBe(202);
    expect(res.json()).toMatchObject({ status: 'failed', incidentId: null });
    expect(res.json().error).toContain('SEV-9');
    const failed = (await t.call('responder', 'GET', '/api/v1/ingest/inbox?status=failed')).json();
    expect(failed.items.map((i: { id: string }) => i.id)).toContain(res.json().inboxId);
    const retried = await t.call('responder', 'POST', `/api/v1/ingest/inbox/${res.json().inboxId}/retry`);
    expect(retried.statusCode).toBe(200);
    expect(retried.json()).toMatchObject({ status: 'processed', declared: true, events: 1 });
    expect((await incident(retried.json().incidentId)).createdBy).toBe('ingest:alertmanager');
  });

  it('declares an incident from a firing alert, attaches later alerts of the group and records times from the pages', async () => {
    const first = await post('alertmanager', alertGroup('DiskFull', 'firing', { service: 'db-disk', startsAt: '2026-03-10T11:40:00Z' }), bearer);
    expect(first.json()).toMatchObject({ status: 'processed', declared: true });
    const id = first.json().incidentId as string;
    const inc = await incident(id);
    expect(inc).toMatchObject({ severity: 'SEV-1', createdBy: 'ingest:alertmanager', primaryService: 'db-disk', detectedAt: '2026-03-10T11:40:00.000Z', resolvedAt: null });
    expect(inc.groupKey).toBe('alertmanager:{}:{alertname="DiskFull"}');
    expect(inc.timeSources.detectedAt).toBe('alertmanager');

    const resolved = await post('alertmanager', alertGroup('DiskFull', 'resolved', { service: 'db-disk', startsAt: '2026-03-10T11:40:00Z', endsAt: '2026-03-10T11:55:00Z' }), bearer);
    expect(resolved.json()).toMatchObject({ incidentId: id, declared: false, events: 1 });
    const after = await incident(id);
    expect(after.resolvedAt).toBe('2026-03-10T11:55:00.000Z');
    expect(after.status).toBe('declared');
    expect((await events(id)).map((e) => e.kind).sort()).toEqual(['alert.firing', 'alert.resolved']);
  });

  it('never overwrites a key time a person typed', async () => {
    const first = await post('alertmanager', alertGroup('Latency', 'firing', { service: 'lat-svc', startsAt: '2026-03-10T11:20:00Z' }), bearer);
    const id = first.json().incidentId as string;
    const current = await incident(id);
    await t.call('responder', 'PATCH', `/api/v1/incidents/${id}`, { detectedAt: '2026-03-10T11:25:00Z', version: current.version });
    await post('alertmanager', alertGroup('Latency', 'firing', { service: 'lat-svc', startsAt: '2026-03-10T11:10:00Z' }).replace('"i-1"', '"i-2"'), bearer);
    const after = await incident(id);
    expect(after.detectedAt).toBe('2026-03-10T11:25:00.000Z');
    expect(after.timeSources.detectedAt).toBe('human');
  });

  it('imports file events idempotently and folds a GitHub deploy with its git commit in the merged timeline', async () => {
    const id = await declare('Pricing cache', 'shop-merge');
    const body = githubBody('github-deployment.json');
    const gh = await post('github', body, { 'x-github-event': 'deployment', 'x-github-delivery': randomUUID(), 'x-hub-signature-256': `sha256=${hmac(body)}` }, `?incident=${id}`);
    expect(gh.statusCode).toBe(202);
    const commit = {
      at: '2024-03-05T14:20:11.000Z', precision: 'exact', source: 'git', kind: 'commit', text: 'Revert "Enable new pricing cache"', actor: 'Ana Dev',
      phase: 'mitigation', link: null, idempotencyKey: 'git:c0ffee0000000000000000000000000000000abc', sha: 'c0ffee0000000000000000000000000000000abc',
    };
    const other = { ...commit, at: '2024-03-05T13:40:00.000Z', text: 'Merge pull request #41', phase: null, idempotencyKey: 'git:1111111', sha: '1111111' };
    const imported = await t.call('responder', 'POST', `/api/v1/incidents/${id}/events/import`, { source: 'git', events: [commit, other] });
    expect(imported.statusCode).toBe(200);
    expect(imported.json()).toMatchObject({ inserted: 2, existing: 0 });
    expect((await t.call('responder', 'POST', `/api/v1/incidents/${id}/events/import`, { source: 'git', events: [commit, other] })).json()).toMatchObject({ inserted: 0, existing: 2 });
    expect((await t.call('responder', 'POST', `/api/v1/incidents/${id}/events/import`, { source: 'git', events: [{ ...commit, source: 'github' }] })).statusCode).toBe(400);

    const timeline = (await t.call('viewer', 'GET', `/api/v1/incidents/${id}/timeline`)).json();
    expect(timeline.items).toHaveLength(2);
    const deploy = timeline.items.find((i: { kind: string }) => i.kind.startsWith('deploy'));
    expect(deploy.foldedIds).toHaveLength(1);
    expect(deploy.foldReasons).toEqual(['sha']);
    expect(deploy.inboxId).toBe(gh.json().inboxId);
    expect(timeline.gaps).toHaveLength(1);
    expect(timeline.sources.map((s: { source: string }) => s.source).sort()).toEqual(['git', 'github']);
    const raw = (await t.call('responder', 'GET', `/api/v1/ingest/inbox/${deploy.inboxId}`)).json();
    expect(raw.rawBody).toBe(body);
  });
});
