import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backends, createTestApp, type TestApp } from '../support/test-app.ts';

const rows = [
  { externalId: 'PD-1', title: 'Checkout 500s', severity: 'SEV-1', type: 'deployment', services: ['checkout', 'cart'], customerVisible: true,
    startedAt: '2026-03-01T10:00:00Z', detectedAt: '2026-03-01T10:05:00Z', resolvedAt: '2026-03-01T11:05:00Z',
    postmortem: { status: 'published', draftedAt: '2026-03-02T09:00:00Z', publishedAt: '2026-03-04T09:00:00Z' },
    actionItems: [{ title: 'Add canary', category: 'prevent', priority: 'P1', owner: 'ann', dueDate: '2026-03-20', status: 'done', doneAt: '2026-03-18T12:00:00Z' },
      { title: 'Alert on 5xx', category: 'detect', priority: 'P2', owner: 'bob', dueDate: '2026-03-25', status: 'open' }] },
  { externalId: 'PD-2', title: 'Search slow', severity: 'SEV-3', services: ['search'], startedAt: '2026-03-10T00:00:00Z', detectedAt: '2026-03-10T00:20:00Z', resolvedAt: '2026-03-10T01:20:00Z' },
];

describe.each(backends())('history import on %s', (backend) => {
  let t: TestApp;
  beforeAll(async () => { t = await createTestApp(backend); t.clock.now = new Date('2026-12-01T00:00:00Z'); });
  afterAll(async () => { await t?.close(); });

  const post = (body: string, qs = '') => t.app.inject({ method: 'POST', url: `/api/v1/import/history${qs}`, payload: body, headers: { authorization: `Bearer ${t.tokens.editor}`, 'content-type': 'text/plain' } });

  it('loads good JSON lines, reports bad ones by line with the reason, and is idempotent on externalId', async () => {
    const text = [JSON.stringify(rows[0]), '{not json', JSON.stringify({ externalId: 'PD-3', severity: 'SEV-2' }), JSON.stringify(rows[1])].join('\n');
    const res = await post(text);
    expect(res.statusCode, res.body).toBe(200);
    const r = res.json();
    expect(r.created.map((c: { line: number; externalId: string }) => [c.line, c.externalId])).toEqual([[1, 'PD-1'], [4, 'PD-2']]);
    expect(r.errors).toEqual([
      { line: 2, externalId: null, message: 'not valid JSON' },
      { line: 3, externalId: 'PD-3', message: expect.stringContaining('title') },
    ]);
    const again = (await post(text)).json();
    expect(again.created).toEqual([]);
    expect(again.existing.map((c: { externalId: string }) => c.externalId)).toEqual(['PD-1', 'PD-2']);
  });

  it('keeps times, services, flags, the post-mortem and action items, and reports on them', async () => {
    const r = (await t.call('viewer', 'GET', '/api/v1/reports/monthly?period=2026-03')).json();
    expect(r.incidents.total).toBe(2);
    expect(r.incidents.byService).toEqual({ cart: 1, checkout: 1, search: 1 });
    expect(r.mttdMinutes.mean).toBe(12.5);
    expect(r.mttrMinutes.mean).toBe(60);
    expect(r.postmortems).toMatchObject({ required: 1, published: 1, completionRate: 1, draftWithin48h: 1 });
    expect(r.actionItems).toMatchObject({ due: 2, doneByDue: 1, completionRate: 0.5 });
  });

  it('reads CSV with a column map', async () => {
    const csv = 'id,name,sev,start,detected,resolved,services\nJ-1,"Queue stuck, again",SEV-2,2026-04-01T00:00:00Z,2026-04-01T00:10:00Z,2026-04-01T00:40:00Z,queue;worker\nJ-2,,SEV-2,,,,\n';
    const res = await post(csv, '?format=csv&map=id:externalId,name:title,sev:severity,start:startedAt,detected:detectedAt,resolved:resolvedAt');
    const r = res.json();
    expect(r.created.map((c: { externalId: string }) => c.externalId)).toEqual(['J-1']);
    expect(r.errors[0]).toMatchObject({ line: 3, externalId: 'J-2' });
    const rep = (await t.call('viewer', 'GET', '/api/v1/reports/monthly?period=2026-04')).json();
    expect(rep.incidents.byService).toEqual({ queue: 1, worker: 1 });
    expect(rep.mttrMinutes.mean).toBe(30);
  });

  it('refuses a viewer', async () => {
    const res = await t.app.inject({ method: 'POST', url: '/api/v1/import/history', payload: JSON.stringify(rows[1]), headers: { authorization: `Bearer ${t.tokens.viewer}`, 'content-type': 'text/plain' } });
    expect(res.statusCode).toBe(403);
  });
});
