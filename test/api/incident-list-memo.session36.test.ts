/**
 * The list memoizes each page row on its text (session 36): an unchanged incident read again answers the same bytes,
 * and any change of an incident, through the API or straight in the database, shows in the next page read.
 */
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { IncidentListPageSchema } from '../../src/domain/incident/incident-list.view.ts';
import { backends, createTestApp, type TestApp } from '../support/test-app.ts';

describe.each(backends())('the list read again on %s', (backend) => {
  let t: TestApp;
  beforeAll(async () => { t = await createTestApp(backend); });
  afterAll(async () => { await t?.close(); });

  const declare = async (body: Record<string, unknown>): Promise<{ id: string; version: number }> => {
    const res = await t.call('responder', 'POST', '/api/v1/incidents', { severity: 'SEV-2', ...body });
    expect(res.statusCode, res.body).toBe(201);
    return res.json();
  };
  const page = async (): Promise<string> => {
    const res = await t.call('viewer', 'GET', '/api/v1/incidents?limit=50');
    expect(res.statusCode, res.body).toBe(200);
    IncidentListPageSchema.parse(res.json());
    return res.body;
  };
  const item = async (id: string) => IncidentListPageSchema.parse(JSON.parse(await page())).items.find((i) => i.id === id)!;

  it('answers the same bytes when its rows come from the memo as when they were computed and kept', async () => {
    await declare({ title: 'Resolved one', startedAt: '2026-03-10T09:00:00Z', resolvedAt: '2026-03-10T09:30:00Z' });
    await declare({ title: 'Open one', startedAt: '2026-03-10T10:00:00Z' });
    await declare({ title: 'Major one', severity: 'SEV-1', customerVisible: true, startedAt: '2026-03-09T10:00:00Z', resolvedAt: '2026-03-09T12:00:00Z' });
    // The first read computes the verdicts and keeps them; the second reads them kept (PostgreSQL's jsonb orders an
    // object's keys its own way, so only the value is the same as the computed one's, as before the memo); the second
    // parses each row's text afresh, the third and fourth take it from the memo: the same bytes.
    const computed = await page();
    const kept = await page();
    expect(JSON.parse(kept)).toEqual(JSON.parse(computed));
    const memoized = await page();
    expect(memoized).toBe(kept);
    expect(await page()).toBe(memoized);
  });

  it('shows a change made through the API in the next read', async () => {
    const { id, version } = await declare({ title: 'Before the edit', startedAt: '2026-03-08T09:00:00Z', resolvedAt: '2026-03-08T09:20:00Z' });
    await page(); await page();
    const patched = await t.call('responder', 'PATCH', `/api/v1/incidents/${id}`, { title: 'After the edit', severity: 'SEV-1', version });
    expect(patched.statusCode, patched.body).toBe(200);
    expect(await item(id)).toMatchObject({ title: 'After the edit', severity: 'SEV-1', version: version + 1 });
  });

  it('shows a change made straight in the database, and a verdict moved by a new event, in the next read', async () => {
    const { id } = await declare({ title: 'Direct SQL', severity: 'SEV-1', customerVisible: true, startedAt: '2026-03-07T09:00:00Z' });
    const before = await item(id);
    await item(id);
    await t.database.db.execute(sql`update incidents set title = 'Renamed in SQL', commander = 'grace' where id = ${id}`);
    expect(await item(id)).toMatchObject({ title: 'Renamed in SQL', commander: 'grace' });
    const added = await t.call('responder', 'POST', `/api/v1/incidents/${id}/events`, { at: '2026-03-07T09:05:00Z', kind: 'alert.firing', text: 'Alert fired', phase: 'detection' });
    expect(added.statusCode, added.body).toBe(201);
    const resolved = await t.call('responder', 'PATCH', `/api/v1/incidents/${id}`, { resolvedAt: '2026-03-07T10:00:00Z', version: (await item(id)).version });
    expect(resolved.statusCode, resolved.body).toBe(200);
    const after = await item(id);
    expect(after.resolvedAt).toBe('2026-03-07T10:00:00.000Z');
    expect(after).not.toEqual(before);
  });
});
