/**
 * A restore reads its backup once (session 38): checked as it goes, with every fault refused and rolled back (a
 * truncated file, an edited one, another version, not a backup, a non-empty target without force), the triggers on
 * after a failure, and the tables row for row as the source held them.
 */
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { restoreBackup } from '../../src/store/backup.ts';
import { backends, createTestApp, openTestDatabase, type TestApp } from '../support/test-app.ts';

type Db = TestApp['ctx']['db'];
const rowsOf = (r: unknown): Record<string, unknown>[] => ((r as { rows?: Record<string, unknown>[] }).rows ?? (r as Record<string, unknown>[]));
/** Lines that can be read only once: a second pass over them fails the test. */
function once(text: string): AsyncIterable<string> & { reads: number } {
  const source = {
    reads: 0,
    async *[Symbol.asyncIterator](): AsyncGenerator<string> {
      source.reads += 1;
      if (source.reads > 1) throw new Error('the backup was read a second time');
      for (const l of text.split('\n')) yield l;
    },
  };
  return source;
}
const count = async (db: Db): Promise<number> =>
  Number(rowsOf(await db.execute(sql`select (select count(*) from incidents) + (select count(*) from timeline_events) as n`))[0]!['n']);
const triggersOff = async (db: Db): Promise<number> =>
  Number(rowsOf(await db.execute(sql`select count(*)::int as n from pg_trigger where not tgisinternal and tgenabled <> 'O'`))[0]!['n']);

describe.each(backends())('a restore reading its backup once on %s', (backend) => {
  let t: TestApp;
  let text: string;
  beforeAll(async () => {
    t = await createTestApp(backend);
    const inc = (await t.call('responder', 'POST', '/api/v1/incidents', { title: 'Checkout errors', severity: 'SEV-1', startedAt: '2026-03-10T09:00:00Z' })).json<{ id: string }>();
    for (let i = 0; i < 3; i++) await t.call('responder', 'POST', `/api/v1/incidents/${inc.id}/events`, { at: `2026-03-10T09:0${i + 1}:00Z`, text: `Step ${i}` });
    await t.call('responder', 'POST', '/api/v1/incidents', { title: 'Search slow', severity: 'SEV-3' });
    text = (await t.call('admin', 'GET', '/api/v1/admin/backup')).body;
  });
  afterAll(async () => { await t?.close(); });

  const into = async (fn: (db: Db) => Promise<void>): Promise<void> => {
    const target = await openTestDatabase(backend);
    try { await fn(target.db); } finally { await target.close(); }
  };

  it('restores every row from one pass over the lines, each table told whole once its rows are in', async () => {
    await into(async (db) => {
      const lines = once(text);
      const heard: [string, number, number | null][] = [];
      const rows = await restoreBackup(db, null, lines, { force: false, onProgress: (table, n, of) => heard.push([table, n, of]) });
      expect(lines.reads).toBe(1);
      expect(rows['incidents']).toBe(2);
      expect(rows['timeline_events']).toBeGreaterThanOrEqual(3);
      expect(await count(db)).toBe(await count(t.ctx.db));
      expect(heard).toContainEqual(['incidents', 2, 2]);
      expect(await triggersOff(db)).toBe(0);
    });
  });

  it('refuses a truncated backup, an edited one and a foreign file, leaving the target empty and its triggers on', async () => {
    const cut = text.split('\n').slice(0, -3).join('\n');
    await into(async (db) => {
      await expect(restoreBackup(db, null, once(cut), { force: false })).rejects.toThrow(/truncated/);
      await expect(restoreBackup(db, null, once(text.replace('Step 2', 'Step 9')), { force: false })).rejects.toThrow(/checksum/);
      await expect(restoreBackup(db, null, once('{"hello":"world"}\n'), { force: false })).rejects.toThrow(/not a Debrief backup/);
      await expect(restoreBackup(db, null, once(''), { force: false })).rejects.toThrow(/not a Debrief backup/);
      expect(await count(db)).toBe(0);
      expect(await triggersOff(db)).toBe(0);
      // The same target then takes the whole backup: nothing was left half-restored.
      await restoreBackup(db, null, once(text), { force: false });
      expect(await count(db)).toBe(await count(t.ctx.db));
    });
  });

  it('refuses another version and a non-empty target without force before writing anything', async () => {
    const [head, ...rest] = text.split('\n');
    const older = [JSON.stringify({ ...(JSON.parse(head!) as Record<string, unknown>), migrations: 1 }), ...rest].join('\n');
    await into(async (db) => {
      await expect(restoreBackup(db, null, once(older), { force: false })).rejects.toThrow(/another version of Debrief/);
      expect(await count(db)).toBe(0);
      await restoreBackup(db, null, once(text), { force: false });
      await expect(restoreBackup(db, null, once(text), { force: false })).rejects.toThrow(/not empty/);
      await restoreBackup(db, null, once(text), { force: true });
      expect(await count(db)).toBe(await count(t.ctx.db));
      expect(await triggersOff(db)).toBe(0);
    });
  });
});
