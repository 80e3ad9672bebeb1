import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backends, createTestApp, type TestApp } from '../support/test-app.ts';

describe.each(backends())("the post-mortem's timeline is the incident's on %s", (backend) => {
  let t: TestApp;
  beforeAll(async () => { t = await createTestApp(backend); });
  afterAll(async () => { await t?.close(); });

  const incident = async (id: string) => (await t.call('viewer', 'GET', `/api/v1/incidents/${id}`)).json();
  const status = async (id: string, to: string, at: string) =>
    t.call('responder', 'POST', `/api/v1/incidents/${id}/status`, { status: to, at, version: (await incident(id)).version });
  const pm = async (id: string) => (await t.call('viewer', 'GET', `/api/v1/postmortems/${id}`)).json();

  it('records every status change on the incident timeline', async () => {
    const id = (await t.call('responder', 'POST', '/api/v1/incidents', { title: 'Search latency', severity: 'SEV-3', detectedAt: '2026-03-10T08:00:00Z' })).json().id;
    await status(id, 'investigating', '2026-03-10T08:03:00Z');
    await status(id, 'mitigated', '2026-03-10T08:20:00Z');
    const events = (await t.call('viewer', 'GET', `/api/v1/incidents/${id}/events`)).json().items as { kind: string; at: string; source: string; phase: string }[];
    expect(events.map((e) => [e.kind, e.at, e.source, e.phase])).toEqual([
      ['status.investigating', '2026-03-10T08:03:00.000Z', 'debrief', 'investigation'],
      ['status.mitigated', '2026-03-10T08:20:00.000Z', 'debrief', 'mitigation'],
    ]);
  });

  it('adds later status changes and events to the draft when refreshed, keeping what the author wrote', async () => {
    const id = (await t.call('responder', 'POST', '/api/v1/incidents', { title: 'Checkout 500s', severity: 'SEV-2', detectedAt: '2026-03-10T09:00:00Z', commander: 'maria' })).json().id;
    await status(id, 'investigating', '2026-03-10T09:02:00Z');
    const started = await t.call('editor', 'POST', `/api/v1/incidents/${id}/postmortem`, {});
    expect(started.statusCode).toBe(201);
    expect((await pm(id)).timeline.entries.map((e: { text: string }) => e.text)).toEqual(['Status changed to investigating']);

    await t.call('responder', 'POST', `/api/v1/incidents/${id}/events`, { at: '2026-03-10T09:10:00Z', text: 'Rolled back release 2026.03.10-1', kind: 'action' });
    await status(id, 'mitigated', '2026-03-10T09:15:00Z');
    await status(id, 'resolved', '2026-03-10T09:40:00Z');
    const before = await pm(id);
    expect(before.timelineBehind).toBe(3);

    const refreshed = await t.call('editor', 'POST', `/api/v1/postmortems/${id}/timeline/refresh`, { version: before.version });
    expect(refreshed.statusCode).toBe(200);
    const body = refreshed.json();
    expect(body.refresh).toEqual({ added: 3, kept: 1 });
    expect(body.timelineBehind).toBe(0);
    expect(body.timeline.entries.map((e: { text: string }) => e.text)).toEqual([
      'Status changed to investigating', 'Rolled back release 2026.03.10-1', 'Status changed to mitigated', 'Status changed to resolved',
    ]);
    const again = await t.call('editor', 'POST', `/api/v1/postmortems/${id}/timeline/refresh`, { version: body.version });
    expect(again.json().refresh.added).toBe(0);
    expect(again.json().version).toBe(body.version);
  });

  it('refuses a stale refresh with 409 and a viewer with 403', async () => {
    const id = (await t.call('responder', 'POST', '/api/v1/incidents', { title: 'Stale refresh', severity: 'SEV-2', detectedAt: '2026-03-10T07:00:00Z' })).json().id;
    await t.call('editor', 'POST', `/api/v1/incidents/${id}/postmortem`, {});
    await status(id, 'investigating', '2026-03-10T07:05:00Z');
    const v = (await pm(id)).version;
    expect((await t.call('viewer', 'POST', `/api/v1/postmortems/${id}/timeline/refresh`, { version: v })).statusCode).toBe(403);
    expect((await t.call('editor', 'POST', `/api/v1/postmortems/${id}/timeline/refresh`, { version: v + 5 })).statusCode).toBe(409);
  });
});
