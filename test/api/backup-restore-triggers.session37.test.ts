/**
 * A restore holds the tables' triggers off while the rows go in (session 37): every table, the state the triggers
 * derive included (search entries, kept verdicts and their epochs), comes back row for row as the source held it;
 * the triggers are on again after the restore, and after a restore that failed; progress is heard per table.
 */
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkBackup, restoreBackup } from '../../src/store/backup.ts';
import type { Database } from '../../src/store/database.ts';
import { backends, createTestApp, openTestDatabase, type TestApp } from '../support/test-app.ts';

async function* linesOf(text: string): AsyncIterable<string> { for (const l of text.split('\n')) yield l; }
type Db = TestApp['ctx']['db'];
const rowsOf = (r: unknown): Record<string, unknown>[] => ((r as { rows?: Record<string, unknown>[] }).rows ?? (r as Record<string, unknown>[]));
const tables = async (db: Db): Promise<string[]> =>
  rowsOf(await db.execute(sql`select table_name as t from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE' order by 1`)).map((r) => String(r['t']));
/** Each table's row count and a checksum of every row's text. */
const fingerprint = async (db: Db): Promise<Record<string, string>> => {
  const out: Record<string, string> = {};
  for (const t of await tables(db)) {
    const [r] = rowsOf(await db.execute(sql.raw(`select count(*)::int as n, md5(coalesce(string_agg(x::text, E'\\n' order by x::text), '')) as h from "${t}" x`)));
    out[t] = `${String(r!['n'])} ${String(r!['h'])}`;
  }
  return out;
};
const triggersOff = async (db: Db): Promise<number> =>
  Number(rowsOf(await db.execute(sql`select count(*)::int as n from pg_trigger where not tgisinternal and tgenabled <> 'O'`))[0]!['n']);

describe.each(backends())('a restore with the triggers held off on %s', (backend) => {
  let t: TestApp;
  let text: string;
  let incidentId: string;
  beforeAll(async () => {
    t = await createTestApp(backend);
    const inc = (await t.call('responder', 'POST', '/api/v1/incidents', { title: 'Checkout errors', severity: 'SEV-1', customerVisible: true, startedAt: '2026-03-10T09:00:00Z' })).json<{ id: string; version: number }>();
    incidentId = inc.id;
    for (let i = 0; i < 3; i++) await t.call('responder', 'POST', `/api/v1/incidents/${inc.id}/events`, { at: `2026-03-10T09:0${i + 1}:00Z`, text: `Step ${i}` });
    await t.call('responder', 'POST', '/api/v1/incidents', { title: 'Search slow', severity: 'SEV-3' });
    // The list computes and keeps the verdicts (the state the epoch triggers guard).
    expect((await t.call('viewer', 'GET', '/api/v1/incidents')).statusCode).toBe(200);
    text = (await t.call('admin', 'GET', '/api/v1/admin/backup')).body;
  });
  afterAll(async () => { await t?.close(); });

  it('restores every table row for row as the source held it, the triggers\' derived state included', async () => {
    let target: Database | null = null;
    try {
      target = await openTestDatabase(backend);
      const heard: [string, number, number | null][] = [];
      await restoreBackup(target.db, await checkBackup(linesOf(text)), linesOf(text), { force: false, onProgress: (table, n, of) => heard.push([table, n, of]) });
      const source = await fingerprint(t.ctx.db);
      expect(await fingerprint(target.db)).toEqual(source);
      expect(Number(source['incident_verdicts']!.split(' ')[0])).toBeGreaterThan(0);
      expect(heard).toContainEqual(['incidents', 2, 2]);
      expect(heard).toContainEqual(['timeline_events', Number(source['timeline_events']!.split(' ')[0]), Number(source['timeline_events']!.split(' ')[0])]);
    } finally {
      await target?.close();
    }
  });

  it('turns the triggers on again: a changed event moves its incident\'s verdict epoch on', async () => {
    const target = await openTestDatabase(backend);
    try {
      await restoreBackup(target.db, await checkBackup(linesOf(text)), linesOf(text), { force: false });
      expect(await triggersOff(target.db)).toBe(0);
      const epoch = async (): Promise<number> => Number(rowsOf(await target.db.execute(sql`select epoch from incident_verdicts where incident_id = ${incidentId}`))[0]!['epoch']);
      const before = await epoch();
      await target.db.execute(sql`update timeline_events set text = text || '.' where incident_id = ${incidentId}`);
      expect(await epoch()).toBeGreaterThan(before);
    } finally {
      await target.close();
    }
  });

  it('leaves the target empty and its triggers on when the restore fails part-way', async () => {
    const checked = await checkBackup(linesOf(text));
    const edited = text.replace('Step 2', 'Step 9');
    const target = await openTestDatabase(backend);
    try {
      await expect(restoreBackup(target.db, checked, linesOf(edited), { force: false })).rejects.toThrow(/checksum/);
      expect(await triggersOff(target.db)).toBe(0);
      const left = await fingerprint(target.db);
      const nonEmpty = Object.entries(left).filter(([table, v]) => !v.startsWith('0 ') && !table.startsWith('__'));
      expect(nonEmpty).toEqual([]);
    } finally {
      await target.close();
    }
  });

  it('replaces everything with force, triggers on after', async () => {
    const target = await openTestDatabase(backend);
    try {
      await restoreBackup(target.db, await checkBackup(linesOf(text)), linesOf(text), { force: false });
      await restoreBackup(target.db, await checkBackup(linesOf(text)), linesOf(text), { force: true });
      expect(await fingerprint(target.db)).toEqual(await fingerprint(t.ctx.db));
      expect(await triggersOff(target.db)).toBe(0);
    } finally {
      await target.close();
    }
  });
});
