/**
 * Every write and its revision in one transaction: when the revision cannot be stored
 * (a trigger refuses it), the change is not stored either — for an incident update,
 * a status change, a post-mortem edit and a timeline event — and once revisions can be
 * stored again the same request goes through with its history.
 */
import { sql } from 'drizzle-orm';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { backends, createTestApp, type TestApp } from '../support/test-app.ts';

describe.each(backends())('writes and their revisions on %s', (backend) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(backend);
    await t.ctx.db.execute(sql.raw(`
      create or replace function debrief_test_refuse_revision() returns trigger language plpgsql as $$
      begin raise exception 'revision refused by the test'; end $$`));
  });
  afterAll(async () => { await t?.close(); });
  afterEach(async () => { await t.ctx.db.execute(sql.raw('drop trigger if exists debrief_test_refuse on revisions')); });

  const refuseRevisions = () => t.ctx.db.execute(sql.raw(
    'create trigger debrief_test_refuse before insert on revisions for each row execute function debrief_test_refuse_revision()'));
  const allowRevisions = () => t.ctx.db.execute(sql.raw('drop trigger if exists debrief_test_refuse on revisions'));
  const revisionCount = async (type: string, id: string): Promise<number> => {
    const r = await t.ctx.db.execute(sql`select count(*)::int as n from revisions where entity_type = ${type} and entity_id = ${id}`);
    return Number((r as { rows: { n: number }[] }).rows[0]!.n);
  };
  const declare = async (title: string) => {
    const res = await t.call('responder', 'POST', '/api/v1/incidents', { title, severity: 'SEV-2', services: ['atomic'] });
    expect(res.statusCode, res.body).toBe(201);
    return res.json<{ id: string; version: number }>();
  };

  it('stores no incident update when its revision cannot be stored', async () => {
    const inc = await declare('Atomic update');
    const before = await revisionCount('incident', inc.id);
    await refuseRevisions();
    const res = await t.call('responder', 'PATCH', `/api/v1/incidents/${inc.id}`, { title: 'Changed without history', version: inc.version });
    expect(res.statusCode).toBeGreaterThanOrEqual(500);
    const after = (await t.call('viewer', 'GET', `/api/v1/incidents/${inc.id}`)).json();
    expect(after).toMatchObject({ title: 'Atomic update', version: inc.version });
    expect(await revisionCount('incident', inc.id)).toBe(before);
    await allowRevisions();
    const ok = await t.call('responder', 'PATCH', `/api/v1/incidents/${inc.id}`, { title: 'Changed with history', version: inc.version });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(await revisionCount('incident', inc.id)).toBe(before + 1);
  });

  it('stores no declaration and no status change without their revisions', async () => {
    await refuseRevisions();
    const declared = await t.call('responder', 'POST', '/api/v1/incidents', { title: 'Never declared', severity: 'SEV-2' });
    expect(declared.statusCode).toBeGreaterThanOrEqual(500);
    const list = (await t.call('viewer', 'GET', '/api/v1/incidents?q=Never%20declared')).json<{ items: { title: string }[] }>();
    expect(list.items.filter((i) => i.title === 'Never declared')).toEqual([]);
    await allowRevisions();

    const inc = await declare('Atomic status');
    const events = async () => ((await t.call('viewer', 'GET', `/api/v1/incidents/${inc.id}/events`)).json<{ items: unknown[] }>()).items.length;
    const eventsBefore = await events();
    await refuseRevisions();
    const res = await t.call('responder', 'POST', `/api/v1/incidents/${inc.id}/status`, { status: 'investigating', version: inc.version });
    expect(res.statusCode).toBeGreaterThanOrEqual(500);
    const after = (await t.call('viewer', 'GET', `/api/v1/incidents/${inc.id}`)).json();
    expect(after).toMatchObject({ status: 'declared', version: inc.version, acknowledgedAt: null });
    expect(await events()).toBe(eventsBefore);
  });

  it('stores no post-mortem edit when its revision cannot be stored', async () => {
    const inc = await declare('Atomic post-mortem');
    const created = await t.call('responder', 'POST', `/api/v1/incidents/${inc.id}/postmortem`, {});
    expect(created.statusCode, created.body).toBe(201);
    const pm = created.json<{ id: string; version: number; title: string }>();
    const before = await revisionCount('postmortem', pm.id);
    await refuseRevisions();
    const res = await t.call('editor', 'PATCH', `/api/v1/postmortems/${pm.id}`, { title: 'Edited without history', version: pm.version });
    expect(res.statusCode).toBeGreaterThanOrEqual(500);
    const after = (await t.call('viewer', 'GET', `/api/v1/postmortems/${pm.id}`)).json();
    expect(after).toMatchObject({ title: pm.title, version: pm.version });
    expect(await revisionCount('postmortem', pm.id)).toBe(before);
    await allowRevisions();
    const ok = await t.call('editor', 'PATCH', `/api/v1/postmortems/${pm.id}`, { title: 'Edited with history', version: pm.version });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(await revisionCount('postmortem', pm.id)).toBe(before + 1);
  });

  it('changes no action item when a Markdown upload turns out stale', async () => {
    const inc = await declare('Atomic markdown');
    const pm = (await t.call('responder', 'POST', `/api/v1/incidents/${inc.id}/postmortem`, {})).json<{ id: string }>();
    const item = await t.call('editor', 'POST', `/api/v1/postmortems/${pm.id}/action-items`, { title: 'Add a canary stage', category: 'prevent', priority: 'P2' });
    expect(item.statusCode, item.body).toBe(201);
    const exported = await t.call('editor', 'GET', `/api/v1/postmortems/${pm.id}.md`);
    const version = Number(String(exported.headers['etag']).replaceAll('"', ''));
    // Someone else saves first: the upload below is one version behind.
    const other = await t.call('editor', 'PATCH', `/api/v1/postmortems/${pm.id}`, { title: 'Saved elsewhere', version });
    expect(other.statusCode, other.body).toBe(200);
    const edited = exported.body.replace('Add a canary stage', 'Add a canary stage and a rollback drill');
    expect(edited).not.toBe(exported.body);
    const stale = await t.call('editor', 'PUT', `/api/v1/postmortems/${pm.id}.md`, edited, { 'content-type': 'text/markdown', 'if-match': `"${version}"` });
    expect(stale.statusCode).toBe(409);
    const items = (await t.call('viewer', 'GET', `/api/v1/postmortems/${pm.id}`)).json<{ actionItems: { title: string }[] }>().actionItems;
    expect(items.map((a) => a.title)).toEqual(['Add a canary stage']);
  });

  it('adds no timeline event when its revision cannot be stored', async () => {
    const inc = await declare('Atomic event');
    await refuseRevisions();
    const res = await t.call('responder', 'POST', `/api/v1/incidents/${inc.id}/events`, { at: '2026-03-10T11:00:00Z', kind: 'note', text: 'never stored' });
    expect(res.statusCode).toBeGreaterThanOrEqual(500);
    const items = ((await t.call('viewer', 'GET', `/api/v1/incidents/${inc.id}/events`)).json<{ items: { text: string }[] }>()).items;
    expect(items.filter((e) => e.text === 'never stored')).toEqual([]);
  });
});
