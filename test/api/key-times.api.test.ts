import { createHmac, randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SECTION_SCHEMAS } from '../../src/config/sections.ts';
import { drainInbox } from '../../src/services/ingest/inbox-queue.ts';
import { backends, createTestApp, type TestApp } from '../support/test-app.ts';

const SECRET = 'test-webhook-secret-0123456789';
const ingestConfig = SECTION_SCHEMAS.ingest.parse({
  waitForProcessingMs: 4000,
  sources: { pagerduty: { secret: SECRET } },
});

/** A PagerDuty V3 webhook for one incident of the checkout service. */
function pdEvent(incident: string, verb: 'triggered' | 'acknowledged' | 'resolved', at: string): string {
  return JSON.stringify({
    event: {
      id: randomUUID(), event_type: `incident.${verb}`, resource_type: 'incident', occurred_at: at,
      agent: null, client: null,
      data: {
        id: incident, type: 'incident', html_url: `https://acme.pagerduty.com/incidents/${incident}`, number: 7,
        status: verb, title: `Checkout errors (${incident})`,
        service: { id: 'PSVC1', type: 'service_reference', summary: 'checkout-api' },
        priority: { id: 'P1', type: 'priority_reference', summary: 'P1' }, urgency: 'high',
      },
    },
  });
}

describe.each(backends())('key times and correlation on %s', (backend) => {
  let t: TestApp;
  beforeAll(async () => { t = await createTestApp(backend, { ingest: structuredClone(ingestConfig) }); });
  afterAll(async () => {
    await drainInbox(t.ctx.db);
    await t?.close();
  });

  const incident = async (id: string) => (await t.call('viewer', 'GET', `/api/v1/incidents/${id}`)).json();
  const status = async (id: string, to: string, at?: string) => {
    const cur = await incident(id);
    return t.call('responder', 'POST', `/api/v1/incidents/${id}/status`, { status: to, version: cur.version, ...(at ? { at } : {}) });
  };
  const pd = (body: string) => {
    const sig = createHmac('sha256', SECRET).update(body).digest('hex');
    return t.app.inject({ method: 'POST', url: '/api/v1/ingest/pagerduty', payload: body, headers: { 'content-type': 'application/json', 'x-pagerduty-signature': `v1=${sig}` } });
  };

  it('keeps a resolution time an alert set when a person marks the incident resolved without a time', async () => {
    const id = (await pd(pdEvent('PDDDDD4', 'triggered', '2026-03-10T11:00:00Z'))).json().incidentId as string;
    await pd(pdEvent('PDDDDD4', 'resolved', '2026-03-10T11:20:00Z'));
    expect((await incident(id)).resolvedAt).toBe('2026-03-10T11:20:00.000Z');
    t.clock.now = new Date('2026-03-20T12:00:00Z');
    try {
      const res = await status(id, 'resolved');
      expect(res.statusCode).toBe(200);
      expect(res.json().resolvedAt).toBe('2026-03-10T11:20:00.000Z');
      expect(res.json().status).toBe('resolved');
    } finally {
      t.clock.now = new Date('2026-03-10T12:00:00Z');
    }
  });

  it('overrides a known time when the person gives one', async () => {
    const declared = (await t.call('responder', 'POST', '/api/v1/incidents', {
      title: 'Cache misses', severity: 'SEV-3', detectedAt: '2026-03-10T09:00:00Z', mitigatedAt: '2026-03-10T09:30:00Z',
    })).json();
    const res = await status(declared.id, 'resolved', '2026-03-10T09:50:00Z');
    expect(res.json().resolvedAt).toBe('2026-03-10T09:50:00.000Z');
  });

  it('refuses an acknowledgement before detection with 422 naming both fields', async () => {
    const res = await t.call('responder', 'POST', '/api/v1/incidents', {
      title: 'Out of order', severity: 'SEV-3', detectedAt: '2026-03-10T09:10:00Z', acknowledgedAt: '2026-03-10T09:08:00Z',
    });
    expect(res.statusCode).toBe(422);
    const problem = res.json();
    expect(problem.errors[0].path).toBe('acknowledgedAt');
    expect(problem.errors[0].message).toContain('detectedAt');
  });

  it('records a reopen as a new cycle and never moves the acknowledgement after the resolution', async () => {
    const declared = (await t.call('responder', 'POST', '/api/v1/incidents', {
      title: 'Flapping DNS', severity: 'SEV-2', detectedAt: '2026-03-10T08:00:00Z',
    })).json();
    await status(declared.id, 'investigating', '2026-03-10T08:05:00Z');
    await status(declared.id, 'resolved', '2026-03-10T09:00:00Z');
    const reopened = (await status(declared.id, 'investigating', '2026-03-10T10:00:00Z')).json();
    expect(reopened.acknowledgedAt).toBe('2026-03-10T08:05:00.000Z');
    expect(reopened.resolvedAt).toBeNull();
    expect(reopened.cycles).toEqual([
      expect.objectContaining({ resolvedAt: '2026-03-10T09:00:00.000Z', reopenedAt: '2026-03-10T10:00:00.000Z' }),
    ]);
    const resolved = (await status(declared.id, 'resolved', '2026-03-10T10:30:00Z')).json();
    expect(resolved.resolvedAt).toBe('2026-03-10T10:30:00.000Z');
    expect(resolved.cycles).toHaveLength(1);
  });

  it('holds an SLO so the error budget is computed', async () => {
    const res = await t.call('responder', 'POST', '/api/v1/incidents', {
      title: 'Login outage', severity: 'SEV-1', customerVisible: true,
      startedAt: '2026-03-10T07:00:00Z', detectedAt: '2026-03-10T07:00:00Z', resolvedAt: '2026-03-10T07:43:12Z',
      slo: { target: 99.9, windowDays: 30 },
    });
    expect(res.statusCode).toBe(201);
    const body = res.json();
    expect(body.slo).toEqual({ target: 99.9, windowDays: 30 });
    expect(JSON.stringify(body.numbers ?? body.policy)).toContain('43.2');
    const bad = await t.call('responder', 'PATCH', `/api/v1/incidents/${body.id}`, { slo: { target: 120 }, version: body.version });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0].path).toContain('slo');
  });

  it('never lets a PagerDuty resolve of one incident close the incident of another on the same service', async () => {
    const first = await pd(pdEvent('PFQZPSY', 'triggered', '2026-03-10T11:00:00Z'));
    expect(first.statusCode).toBeLessThan(300);
    const mine = first.json().incidentId as string;
    expect(mine).toBeTruthy();
    const other = await pd(pdEvent('PCPZE64', 'resolved', '2026-03-10T10:41:24Z'));
    expect(other.statusCode).toBeLessThan(300);
    expect(other.json().incidentId ?? null).not.toBe(mine);
    const after = await incident(mine);
    expect(after.resolvedAt).toBeNull();
    expect(after.detectedAt).toBe('2026-03-10T11:00:00.000Z');
    // Its own resolve does close it.
    const own = await pd(pdEvent('PFQZPSY', 'resolved', '2026-03-10T11:30:00Z'));
    expect(own.json().incidentId).toBe(mine);
    expect((await incident(mine)).resolvedAt).toBe('2026-03-10T11:30:00.000Z');
  });

  it('declares a second incident for a new trigger of the same source instead of merging it', async () => {
    const a = (await pd(pdEvent('PAAAAA1', 'triggered', '2026-03-10T11:10:00Z'))).json().incidentId as string;
    const b = (await pd(pdEvent('PBBBBB2', 'triggered', '2026-03-10T11:12:00Z'))).json().incidentId as string;
    expect(a).toBeTruthy();
    expect(b).toBeTruthy();
    expect(b).not.toBe(a);
  });

  it('writes the declaration summary in English', async () => {
    const id = (await pd(pdEvent('PCCCCC3', 'triggered', '2026-03-10T11:20:00Z'))).json().incidentId as string;
    expect((await incident(id)).summary).toMatch(/^Declared from a PagerDuty alert/);
  });
});
