import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backends, createTestApp, type TestApp } from '../support/test-app.ts';

describe.each(backends())('incidents API on %s', (backend) => {
  let t: TestApp;
  beforeAll(async () => { t = await createTestApp(backend); });
  afterAll(async () => { await t?.close(); });

  const declare = (body: Record<string, unknown> = {}) =>
    t.call('responder', 'POST', '/api/v1/incidents', { title: 'Checkout errors', severity: 'SEV-2', services: ['checkout'], ...body });

  it('declares an incident with a per-day id and returns it with version 1', async () => {
    const res = await declare();
    expect(res.statusCode).toBe(201);
    const body = res.json();
    expect(body.id).toMatch(/^INC-2026-03-10-\d{3}$/);
    expect(body.version).toBe(1);
    expect(body.status).toBe('declared');
    expect(res.headers['location']).toBe(`/api/v1/incidents/${body.id}`);
  });

  it('answers a declaration with the same incident and policy a later read gives', async () => {
    const res = await declare({ severity: 'SEV-1', customerVisible: true, startedAt: '2026-03-10T08:00:00Z', detectedAt: '2026-03-10T08:05:00Z' });
    const read = await t.call('viewer', 'GET', `/api/v1/incidents/${res.json().id}`);
    expect(read.statusCode).toBe(200);
    expect(res.json()).toEqual(read.json());
  });

  it('accepts severity aliases and stores the canonical level', async () => {
    const res = await declare({ severity: 'p0' });
    expect(res.json().severity).toBe('SEV-1');
  });

  it('refuses an unknown severity with the field named', async () => {
    const res = await declare({ severity: 'SEV-9' });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors[0].path).toBe('severity');
  });

  it('gives two concurrent declarations on the same day distinct ids', async () => {
    const results = await Promise.all(Array.from({ length: 8 }, () => declare({ title: 'Race' })));
    const ids = results.map((r) => r.json().id as string);
    expect(results.every((r) => r.statusCode === 201)).toBe(true);
    expect(new Set(ids).size).toBe(8);
  });

  it('numbers incidents per day from 001', async () => {
    const res = await declare({ declaredAt: '2025-01-02T03:04:05Z' });
    expect(res.json().id).toBe('INC-2025-01-02-001');
    expect((await declare({ declaredAt: '2025-01-02T23:00:00Z' })).json().id).toBe('INC-2025-01-02-002');
  });

  it('lists incidents newest first with filters and a cursor', async () => {
    await declare({ title: 'Search cluster red', services: ['search'], severity: 'SEV-3' });
    const page1 = await t.call('viewer', 'GET', '/api/v1/incidents?limit=2');
    expect(page1.statusCode).toBe(200);
    const p1 = page1.json();
    expect(p1.items).toHaveLength(2);
    expect(p1.nextCursor).toBeTruthy();
    const page2 = (await t.call('viewer', 'GET', `/api/v1/incidents?limit=2&cursor=${p1.nextCursor}`)).json();
    const ids1 = p1.items.map((i: { id: string }) => i.id);
    expect(page2.items.every((i: { id: string }) => !ids1.includes(i.id))).toBe(true);
    const bySvc = (await t.call('viewer', 'GET', '/api/v1/incidents?service=search')).json();
    expect(bySvc.items.map((i: { title: string }) => i.title)).toEqual(['Search cluster red']);
    const bySev = (await t.call('viewer', 'GET', '/api/v1/incidents?severity=P2')).json();
    expect(bySev.items.every((i: { severity: string }) => i.severity === 'SEV-3')).toBe(true);
  });

  it('updates with the current version and refuses a stale one with 409 and the current version', async () => {
    const id = (await declare()).json().id;
    const ok = await t.call('responder', 'PATCH', `/api/v1/incidents/${id}`, { title: 'Checkout 500s', version: 1 });
    expect(ok.statusCode).toBe(200);
    expect(ok.json().version).toBe(2);
    const stale = await t.call('responder', 'PATCH', `/api/v1/incidents/${id}`, { title: 'Other', version: 1 });
    expect(stale.statusCode).toBe(409);
    expect(stale.headers['content-type']).toContain('application/problem+json');
    expect(stale.json().code).toBe('version_conflict');
    expect(stale.json().currentVersion).toBe(2);
    const viaHeader = await t.call('responder', 'PATCH', `/api/v1/incidents/${id}`, { summary: 'x' }, { 'if-match': '"2"' });
    expect(viaHeader.statusCode).toBe(200);
    const missing = await t.call('responder', 'PATCH', `/api/v1/incidents/${id}`, { summary: 'y' });
    expect(missing.statusCode).toBe(428);
  });

  it('records key times on status changes and keeps every change as a revision', async () => {
    const id = (await declare()).json().id;
    t.clock.now = new Date('2026-03-10T12:10:00Z');
    const inv = await t.call('responder', 'POST', `/api/v1/incidents/${id}/status`, { status: 'investigating', version: 1 });
    expect(inv.json().acknowledgedAt).toBe('2026-03-10T12:10:00.000Z');
    t.clock.now = new Date('2026-03-10T12:50:00Z');
    const res = await t.call('responder', 'POST', `/api/v1/incidents/${id}/status`, { status: 'resolved', at: '2026-03-10T12:40:00Z', version: 2 });
    expect(res.statusCode).toBe(200);
    expect(res.json().resolvedAt).toBe('2026-03-10T12:40:00.000Z');
    const back = await t.call('responder', 'POST', `/api/v1/incidents/${id}/status`, { status: 'declared', version: 3 });
    expect(back.statusCode).toBe(422);
    const revs = (await t.call('viewer', 'GET', `/api/v1/incidents/${id}/revisions`)).json().items;
    expect(revs.map((r: { action: string }) => r.action)).toEqual(['declare', 'status:investigating', 'status:resolved']);
    expect(revs[2].changes.status).toEqual({ from: 'investigating', to: 'resolved' });
    expect(revs[2].actor).toBe('token:responder');
  });

  it('adds, lists and edits timeline events with versions', async () => {
    const id = (await declare()).json().id;
    const add = await t.call('responder', 'POST', `/api/v1/incidents/${id}/events`, { at: '2026-03-10T11:58:00Z', text: 'Error rate alert fired', phase: 'detection' });
    expect(add.statusCode).toBe(201);
    const ev = add.json();
    const edit = await t.call('responder', 'PATCH', `/api/v1/incidents/${id}/events/${ev.id}`, { phase: 'investigation', version: 1 });
    expect(edit.json().phase).toBe('investigation');
    const stale = await t.call('responder', 'PATCH', `/api/v1/incidents/${id}/events/${ev.id}`, { text: 'x', version: 1 });
    expect(stale.statusCode).toBe(409);
    const list = (await t.call('viewer', 'GET', `/api/v1/incidents/${id}/events`)).json();
    expect(list.items).toHaveLength(1);
  });

  it('refuses key times in the future or out of order with 422 naming each field', async () => {
    const res = await declare({ startedAt: '2026-03-10T11:00:00Z', resolvedAt: '2026-03-10T10:00:00Z', detectedAt: '2027-01-01T00:00:00Z' });
    expect(res.statusCode).toBe(422);
    expect([...new Set(res.json().errors.map((e: { path: string }) => e.path))].sort()).toEqual(['detectedAt', 'resolvedAt']);
  });

  it('answers 404 as a problem for an unknown incident', async () => {
    const res = await t.call('viewer', 'GET', '/api/v1/incidents/INC-1999-01-01-001');
    expect(res.statusCode).toBe(404);
    expect(res.json().code).toBe('not_found');
  });
});
