import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import parsePrometheusTextFormat from 'parse-prometheus-text-format';
import { backends, createTestApp, type TestApp } from '../support/test-app.ts';

describe.each(backends())('operations endpoints on %s', (backend) => {
  let t: TestApp;
  let remote: TestApp;
  beforeAll(async () => {
    t = await createTestApp(backend);
    remote = await createTestApp(backend, { host: '0.0.0.0' });
  });
  afterAll(async () => {
    await t?.close();
    await remote?.close();
  });

  it('serves Prometheus metrics a real parser reads: requests by route, latency, inbox backlog', async () => {
    await t.call('viewer', 'GET', '/api/v1/incidents');
    await t.call('viewer', 'GET', '/api/v1/incidents/INC-1999-01-01-001');
    const res = await t.app.inject({ method: 'GET', url: '/metrics' });
    expect(res.statusCode).toBe(200);
    const metrics = parsePrometheusTextFormat(res.body);
    const byName = new Map(metrics.map((m) => [m.name, m]));
    const requests = byName.get('debrief_http_requests_total');
    expect(requests?.type).toBe('COUNTER');
    expect(requests?.metrics.some((m) => m.labels?.['route'] === '/api/v1/incidents/:id' && m.labels['status'] === '404')).toBe(true);
    expect(byName.get('debrief_http_request_duration_seconds')?.type).toBe('HISTOGRAM');
    expect(byName.get('debrief_inbox_pending')?.metrics[0]?.value).toBe('0');
    expect(byName.has('debrief_inbox_oldest_pending_age_seconds')).toBe(true);
    const jobStates = new Map(byName.get('debrief_jobs')?.metrics.map((m) => [m.labels?.['state'], m.value]));
    expect([...jobStates.keys()].sort()).toEqual(['dead', 'pending', 'running']);
    expect(byName.get('debrief_jobs_oldest_due_age_seconds')?.type).toBe('GAUGE');
  });

  it('asks for a token for /metrics when the server is not bound to loopback', async () => {
    expect((await remote.app.inject({ method: 'GET', url: '/metrics' })).statusCode).toBe(401);
    expect((await remote.call('viewer', 'GET', '/metrics')).statusCode).toBe(200);
  });

  it('is ready when the database answers and every migration is applied', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/readyz' });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ status: 'ready', checks: { database: { ok: true }, migrations: { ok: true }, shutdown: { ok: true } } });
  });

  it('carries a request id on every answer and in problems, keeping a sane one the caller sent', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/nowhere', headers: { 'x-request-id': 'trace-42' } });
    expect(res.headers['x-request-id']).toBe('trace-42');
    expect(res.json().requestId).toBe('trace-42');
    const odd = await t.app.inject({ method: 'GET', url: '/healthz', headers: { 'x-request-id': 'bad id\nwith newline' } });
    // A fresh id replaces it (not a substring check on 'bad': a random hex id may hold those letters).
    expect(odd.headers['x-request-id']).not.toMatch(/\s|with|newline|id/);
    expect(String(odd.headers['x-request-id'])).toMatch(/^[\w.:-]{8,}$/);
  });
});
