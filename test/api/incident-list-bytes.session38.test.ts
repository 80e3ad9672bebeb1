/**
 * The list's kept items are serialised once and spliced into each answer (session 38): the answer keeps its declared
 * schema and is byte for byte the JSON the service's page serialises to, on the first read, from kept verdicts, from
 * the memo, with a next page's cursor, and after a change.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { IncidentListPageSchema } from '../../src/domain/incident/incident-list.view.ts';
import { SYSTEM_PRINCIPAL } from '../../src/domain/access/roles.ts';
import { listIncidentsPage } from '../../src/services/incident.service.ts';
import { backends, createTestApp, type TestApp } from '../support/test-app.ts';

describe.each(backends())('the list answer spliced from kept items on %s', (backend) => {
  let t: TestApp;
  beforeAll(async () => { t = await createTestApp(backend); });
  afterAll(async () => { await t?.close(); });

  const declare = async (body: Record<string, unknown>): Promise<{ id: string; version: number }> => {
    const res = await t.call('responder', 'POST', '/api/v1/incidents', { severity: 'SEV-2', ...body });
    expect(res.statusCode, res.body).toBe(201);
    return res.json();
  };
  const read = async (query: string): Promise<string> => {
    const res = await t.call('viewer', 'GET', `/api/v1/incidents?${query}`);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-type']).toBe('application/json; charset=utf-8');
    IncidentListPageSchema.parse(res.json());
    expect(Number(res.headers['content-length'])).toBe(Buffer.byteLength(res.body));
    return res.body;
  };
  const serialisedPage = async (limit: number, cursor?: string): Promise<string> =>
    JSON.stringify(await listIncidentsPage(t.ctx, SYSTEM_PRINCIPAL, { limit, ...(cursor === undefined ? {} : { cursor }) }));

  it('answers the bytes the service page serialises to, on every read and on a next page', async () => {
    await declare({ title: 'Resolved “quoted” één', startedAt: '2026-03-10T09:00:00Z', resolvedAt: '2026-03-10T09:30:00Z' });
    await declare({ title: 'Open one', startedAt: '2026-03-10T10:00:00Z' });
    await declare({ title: 'Major one', severity: 'SEV-1', customerVisible: true, startedAt: '2026-03-09T10:00:00Z', resolvedAt: '2026-03-09T12:00:00Z' });
    // The first read computes the verdicts and keeps them (jsonb then orders a kept verdict's keys its own way, as
    // before this change); every read after it serves kept verdicts, the third on from kept items' bytes.
    await read('limit=50');
    for (let i = 0; i < 4; i++) {
      const body = await read('limit=50');
      expect(body).toBe(await serialisedPage(50));
      expect(body).toBe(JSON.stringify(JSON.parse(body)));
    }
    const first = JSON.parse(await read('limit=2')) as { nextCursor: string | null };
    expect(first.nextCursor).not.toBeNull();
    expect(await read('limit=2')).toBe(await serialisedPage(2));
    const next = await read(`limit=2&cursor=${encodeURIComponent(first.nextCursor!)}`);
    expect(next).toBe(await serialisedPage(2, first.nextCursor!));
  });

  it('answers the new bytes of a changed incident, not the kept ones', async () => {
    const { id, version } = await declare({ title: 'Before', startedAt: '2026-03-08T09:00:00Z', resolvedAt: '2026-03-08T09:20:00Z' });
    await read('limit=50'); await read('limit=50');
    const patched = await t.call('responder', 'PATCH', `/api/v1/incidents/${id}`, { title: 'After', version });
    expect(patched.statusCode, patched.body).toBe(200);
    await read('limit=50');
    for (let i = 0; i < 3; i++) {
      const body = await read('limit=50');
      expect(body).toBe(await serialisedPage(50));
      const item = IncidentListPageSchema.parse(JSON.parse(body)).items.find((x) => x.id === id)!;
      expect(item).toMatchObject({ title: 'After', version: version + 1 });
    }
  });
});
