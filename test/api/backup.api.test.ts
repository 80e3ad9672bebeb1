import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { readBackup, restoreBackup } from '../../src/store/backup.ts';
import { backends, createTestApp, openTestDatabase, type TestApp } from '../support/test-app.ts';

async function* linesOf(text: string): AsyncIterable<string> { for (const l of text.split('\n')) yield l; }

const count = async (t: { db: TestApp['ctx']['db'] }, table: string): Promise<number> => {
  const r = await t.db.execute(sql.raw(`select count(*)::int as n from ${table}`));
  return Number(((r as { rows?: { n: number }[] }).rows ?? (r as { n: number }[]))[0]?.n);
};

describe.each(backends())('backup and restore on %s', (backend) => {
  let t: TestApp;
  let text: string;
  beforeAll(async () => {
    t = await createTestApp(backend);
    const inc = (await t.call('responder', 'POST', '/api/v1/incidents', { title: 'Checkout errors', severity: 'SEV-2', detectedAt: '2026-03-10T09:00:00Z', slo: { target: 99.9, windowDays: 30 } })).json();
    await t.call('responder', 'POST', `/api/v1/incidents/${inc.id}/events`, { at: '2026-03-10T09:05:00Z', text: 'Rolled back "v2" — naïve café ✓' });
    await t.call('responder', 'POST', `/api/v1/incidents/${inc.id}/status`, { status: 'resolved', at: '2026-03-10T09:30:00Z', version: inc.version });
    const res = await t.call('admin', 'GET', '/api/v1/admin/backup');
    expect(res.statusCode).toBe(200);
    text = res.body;
  });
  afterAll(async () => { await t?.close(); });

  it('is for admins only', async () => {
    expect((await t.call('editor', 'GET', '/api/v1/admin/backup')).statusCode).toBe(403);
  });

  it('round-trips every incident, event, post-mortem revision, user and token into an empty database', async () => {
    for (const target of backends()) {
      const db = await openTestDatabase(target);
      try {
        const restored = await restoreBackup(db.db, await readBackup(linesOf(text)), { force: false });
        for (const table of ['incidents', 'timeline_events', 'postmortems', 'revisions', 'api_tokens', 'action_items']) {
          expect(await count(db, table), `${table} on ${target}`).toBe(await count(t.ctx, table));
          expect(restored[table]).toBe(await count(t.ctx, table));
        }
        const r = await db.db.execute(sql.raw(`select text from timeline_events where text like 'Rolled back%'`));
        expect(JSON.stringify(r)).toContain('naïve café ✓');
        const inc = await db.db.execute(sql.raw(`select slo, resolved_at from incidents`));
        expect(JSON.stringify(inc)).toContain('99.9');
        // New revisions continue after the restored ones (the id sequence moved on).
        await db.db.execute(sql.raw(`insert into revisions (entity_type, entity_id, version, actor, action, changes, at) values ('incident', 'x', 9, 'a', 'b', '{}', now())`));
      } finally {
        await db.close();
      }
    }
  });

  it('refuses a truncated, edited or foreign file before writing anything', async () => {
    const cut = text.slice(0, Math.floor(text.length * 0.6));
    await expect(readBackup(linesOf(cut))).rejects.toThrow(/truncated|damaged/);
    const edited = text.replace('Checkout errors', 'Checkout errorz');
    await expect(readBackup(linesOf(edited))).rejects.toThrow(/checksum/);
    await expect(readBackup(linesOf('{"hello":"world"}\n'))).rejects.toThrow(/not a Debrief backup/);
    const fromOlder = await readBackup(linesOf(text));
    fromOlder.header.migrations = 1;
    const empty = await openTestDatabase(backend);
    try {
      await expect(restoreBackup(empty.db, fromOlder, { force: false })).rejects.toThrow(/another version of Debrief/);
    } finally {
      await empty.close();
    }
  });

  it('never restores over data without force', async () => {
    await expect(restoreBackup(t.ctx.db, await readBackup(linesOf(text)), { force: false })).rejects.toThrow(/not empty/);
  });
});
