/**
 * A timeline that survives real data: imported events outside the incident's window are
 * listed as outliers (kept or dropped as the importer chooses); a person can exclude an
 * event (kept, left out of gaps and numbers) or delete it (a re-import does not revive it),
 * each with a revision.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listRevisions } from '../../src/store/repositories/revision.repository.ts';
import { backends, createTestApp, type TestApp } from '../support/test-app.ts';

type Ev = { id: string; at: string | null; text: string; excluded: boolean; version: number };

const event = (key: string, at: string, text: string) => ({
  at, precision: 'exact', source: 'slack', kind: 'message', text, actor: null, phase: null, link: null, idempotencyKey: key,
});
const batch = [
  event('a', '2026-03-10T10:00:00Z', 'payments queue lag alert'),
  event('b', '2026-03-10T10:20:00Z', 'rolled back the consumer'),
  event('old-1', '2016-05-02T09:00:00Z', 'welcome to #general (2016)'),
  event('old-2', '2016-05-03T09:00:00Z', 'lunch?'),
];

describe.each(backends())('timeline outliers, exclude and delete on %s', (backend) => {
  let t: TestApp;
  beforeAll(async () => { t = await createTestApp(backend); });
  afterAll(async () => { await t?.close(); });

  const declare = async (title: string): Promise<string> => {
    const res = await t.call('responder', 'POST', '/api/v1/incidents', { title, severity: 'SEV-2', startedAt: '2026-03-10T09:50:00Z', resolvedAt: '2026-03-10T11:00:00Z' });
    expect(res.statusCode, res.body).toBe(201);
    return res.json().id as string;
  };
  const importBatch = (id: string, q = '') => t.call('responder', 'POST', `/api/v1/incidents/${id}/events/import${q}`, { source: 'slack', events: batch });

  it('lists the events from another year as outliers and keeps them by default', async () => {
    const id = await declare('Kept outliers');
    const res = await importBatch(id);
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    expect(body.inserted).toBe(4);
    expect(body.outlierAction).toBe('kept');
    expect(body.window).toMatchObject({ basis: 'key_times', from: '2026-03-07T09:50:00.000Z', to: '2026-03-13T11:00:00.000Z' });
    expect(body.outliers.map((o: { text: string }) => o.text)).toEqual(['welcome to #general (2016)', 'lunch?']);
    expect(body.outliers.every((o: { id: string | null }) => typeof o.id === 'string')).toBe(true);
  });

  it('does not let a kept event from another year set a key time or move a deadline', async () => {
    const res = await t.call('responder', 'POST', '/api/v1/incidents', { title: 'Key times from the timeline', severity: 'SEV-2', declaredAt: '2026-03-10T10:05:00Z' });
    const id = res.json().id as string;
    const alert = (key: string, at: string, text: string) => ({ ...event(key, at, text), source: 'alertmanager', kind: 'alert.firing', phase: 'detection' });
    const imported = await t.call('responder', 'POST', `/api/v1/incidents/${id}/events/import`, { source: 'alertmanager', events: [
      alert('stray', '2018-07-01T08:00:00Z', 'DiskFull on db-2 (an export from 2018)'),
      alert('now', '2026-03-10T10:01:00Z', 'QueueLag on payments'),
      { ...alert('fixed', '2026-03-10T10:40:00Z', 'consumer restored'), kind: 'service.restored', phase: 'resolution' },
    ] });
    expect(imported.statusCode, imported.body).toBe(200);
    expect(imported.json().outliers.map((o: { text: string }) => o.text)).toEqual(['DiskFull on db-2 (an export from 2018)']);
    const { policy } = (await t.call('viewer', 'GET', `/api/v1/incidents/${id}`)).json();
    expect(policy.metrics.keyTimes.detectedAt).toEqual({ at: '2026-03-10T10:01:00.000Z', source: 'timeline' });
    expect(policy.metrics.timeToMitigateMinutes).toBe(39);
  });

  it('drops the outliers when asked, storing only the events inside the window', async () => {
    const id = await declare('Dropped outliers');
    const res = await importBatch(id, '?outliers=drop');
    expect(res.json()).toMatchObject({ inserted: 2, outlierAction: 'dropped' });
    expect(res.json().outliers).toHaveLength(2);
    const items = (await t.call('viewer', 'GET', `/api/v1/incidents/${id}/events`)).json().items as Ev[];
    expect(items.map((e) => e.text)).toEqual(['payments queue lag alert', 'rolled back the consumer']);
    const bad = await importBatch(id, '?outliers=maybe');
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain('outliers');
  });

  it('flags outliers on the file drop too (a Slack daily file from 2016)', async () => {
    const id = await declare('File drop from 2016');
    const day = JSON.stringify([{ type: 'message', user: 'U1', text: 'deploying v2', ts: '1462179600.000100' }]);
    const res = await t.app.inject({ method: 'POST', url: `/api/v1/incidents/${id}/ingest-file?source=slack&name=2016-05-02.json&outliers=drop`, payload: day, headers: { authorization: `Bearer ${t.tokens.responder}`, 'content-type': 'application/json' } });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ added: 0, outlierAction: 'dropped' });
    expect(res.json().outliers).toHaveLength(1);
  });

  it('excludes an event from gaps and the merged timeline, keeps it listed, and includes it again, a revision each', async () => {
    const id = await declare('Excluded event');
    const { outliers } = (await importBatch(id)).json<{ outliers: { id: string }[] }>();
    const before = (await t.call('viewer', 'GET', `/api/v1/incidents/${id}/timeline`)).json();
    expect(before.gaps.some((g: { minutes: number }) => g.minutes > 1_000_000)).toBe(true);

    for (const o of outliers) {
      const res = await t.call('responder', 'POST', `/api/v1/incidents/${id}/events/${o.id}/exclude`, { excluded: true });
      expect(res.statusCode, res.body).toBe(200);
      expect(res.json()).toMatchObject({ excluded: true, version: 2 });
    }
    const after = (await t.call('viewer', 'GET', `/api/v1/incidents/${id}/timeline`)).json();
    expect(after.items.map((e: Ev) => e.text)).toEqual(['payments queue lag alert', 'rolled back the consumer']);
    expect(after.gaps.map((g: { minutes: number }) => g.minutes)).toEqual([20]);
    expect(after.excluded.map((e: Ev) => e.text)).toEqual(['welcome to #general (2016)', 'lunch?']);
    const listed = (await t.call('viewer', 'GET', `/api/v1/incidents/${id}/events`)).json().items as Ev[];
    expect(listed.filter((e) => e.excluded)).toHaveLength(2);

    const stale = await t.call('responder', 'POST', `/api/v1/incidents/${id}/events/${outliers[0]!.id}/exclude`, { excluded: false, version: 1 });
    expect(stale.statusCode).toBe(409);
    const back = await t.call('responder', 'POST', `/api/v1/incidents/${id}/events/${outliers[0]!.id}/exclude`, { excluded: false, version: 2 });
    expect(back.json()).toMatchObject({ excluded: false, version: 3 });
    const revs = await listRevisions(t.ctx.db, 'event', outliers[0]!.id);
    expect(revs.map((r) => r.action)).toEqual(['exclude', 'include']);
    expect(revs[0]!.changes).toEqual({ excluded: { from: false, to: true } });

    const viewer = await t.call('viewer', 'POST', `/api/v1/incidents/${id}/events/${outliers[1]!.id}/exclude`, { excluded: false });
    expect(viewer.statusCode).toBe(403);
  });

  it('deletes an event with a revision, and importing the same file again does not bring it back', async () => {
    const id = await declare('Deleted event');
    const { outliers } = (await importBatch(id)).json<{ outliers: { id: string }[] }>();
    const stale = await t.call('responder', 'DELETE', `/api/v1/incidents/${id}/events/${outliers[0]!.id}`, undefined, { 'if-match': '"7"' });
    expect(stale.statusCode).toBe(409);
    const del = await t.call('responder', 'DELETE', `/api/v1/incidents/${id}/events/${outliers[0]!.id}`, undefined, { 'if-match': '"1"' });
    expect(del.statusCode, del.body).toBe(200);
    const again = await t.call('responder', 'DELETE', `/api/v1/incidents/${id}/events/${outliers[0]!.id}`);
    expect(again.statusCode).toBe(404);
    const bulk = await t.call('responder', 'POST', `/api/v1/incidents/${id}/events/delete`, { ids: [outliers[1]!.id, 'nope'] });
    expect(bulk.json()).toEqual({ deleted: 1, missing: ['nope'] });

    const reimport = (await importBatch(id)).json();
    expect(reimport.inserted).toBe(0);
    const items = (await t.call('viewer', 'GET', `/api/v1/incidents/${id}/events`)).json().items as Ev[];
    expect(items.map((e) => e.text)).toEqual(['payments queue lag alert', 'rolled back the consumer']);
    const revs = await listRevisions(t.ctx.db, 'event', outliers[0]!.id);
    expect(revs.map((r) => r.action)).toEqual(['delete']);
    expect(revs[0]!.changes['text']).toEqual({ from: 'welcome to #general (2016)', to: null });
  });

  it('leaves excluded events out of the incident numbers (an alert excluded as noise no longer sets detectedAt)', async () => {
    const id = await declare('Policy ignores excluded');
    const add = await t.call('responder', 'POST', `/api/v1/incidents/${id}/events`, { at: '2026-03-10T09:40:00Z', kind: 'detected', text: 'unrelated alert' });
    expect(add.statusCode, add.body).toBe(201);
    const withIt = (await t.call('viewer', 'GET', `/api/v1/incidents/${id}`)).json();
    expect(withIt.policy.metrics.keyTimes.detectedAt).toEqual({ at: '2026-03-10T09:40:00.000Z', source: 'timeline' });
    await t.call('responder', 'POST', `/api/v1/incidents/${id}/events/${add.json().id}/exclude`, { excluded: true });
    const without = (await t.call('viewer', 'GET', `/api/v1/incidents/${id}`)).json();
    expect(without.policy.metrics.keyTimes.detectedAt).toBeUndefined();
  });
});
