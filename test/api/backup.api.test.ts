import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { checkBackup, restoreBackup } from '../../src/store/backup.ts';
import { backupStream } from '../../src/services/backup.service.ts';
import { runScheduledBackup } from '../../src/jobs/backup-scheduler.ts';
import { backupFileLines } from '../../src/store/backup-file.ts';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Principal } from '../../src/domain/access/roles.ts';
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
    // More rows than one batch (2,000): the cursor and the batched restore go round several times.
    await t.ctx.db.execute(sql.raw(`insert into revisions (entity_type, entity_id, version, actor, action, changes, at)
      select 'incident', 'bulk-' || n, 1, 'loader', 'created', '{}', now() from generate_series(1, 4500) n`));
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
        const restored = await restoreBackup(db.db, await checkBackup(linesOf(text)), linesOf(text), { force: false });
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
    await expect(checkBackup(linesOf(cut))).rejects.toThrow(/truncated|damaged/);
    const edited = text.replace('Checkout errors', 'Checkout errorz');
    await expect(checkBackup(linesOf(edited))).rejects.toThrow(/checksum/);
    await expect(checkBackup(linesOf('{"hello":"world"}\n'))).rejects.toThrow(/not a Debrief backup/);
    // The restore takes the version from the file's own header line (it reads the file once: session 38).
    const [head, ...rest] = text.split('\n');
    const fromOlder = [JSON.stringify({ ...(JSON.parse(head!) as Record<string, unknown>), migrations: 1 }), ...rest].join('\n');
    const empty = await openTestDatabase(backend);
    try {
      await expect(restoreBackup(empty.db, null, linesOf(fromOlder), { force: false })).rejects.toThrow(/another version of Debrief/);
    } finally {
      await empty.close();
    }
  });

  it('rolls everything back when the file changes between the check and the restore', async () => {
    const checked = await checkBackup(linesOf(text));
    const edited = text.replace('Checkout errors', 'Checkout errorz');
    const empty = await openTestDatabase(backend);
    try {
      await expect(restoreBackup(empty.db, checked, linesOf(edited), { force: false })).rejects.toThrow(/checksum/);
      expect(await count(empty, 'incidents')).toBe(0);
      expect(await count(empty, 'revisions')).toBe(0);
    } finally {
      await empty.close();
    }
  });

  it('ends the snapshot when the reader goes away part-way', async () => {
    const admin: Principal = { kind: 'system', id: 'test', name: 'test', role: 'admin', userId: null };
    const stream = backupStream(t.ctx, admin, backend === 'postgres' ? 'postgres' : 'pglite');
    for await (const chunk of stream) { expect(String(chunk)).toContain('debrief-backup'); break; }
    stream.destroy();
    // The snapshot's transaction is over: the database answers again (on PGlite, one connection).
    expect((await t.call('viewer', 'GET', '/api/v1/incidents')).statusCode).toBe(200);
  });

  it('writes scheduled backups as whole gzipped files and keeps the newest', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'debrief-scheduled-'));
    try {
      const at = (iso: string) => ({ ...t.ctx, config: { ...t.ctx.config, backup: { ...t.ctx.config.backup, dir, keep: 1 } }, now: () => new Date(iso) });
      await runScheduledBackup(at('2026-03-10T10:00:00Z'));
      const path = await runScheduledBackup(at('2026-03-10T16:00:00Z'));
      expect(readdirSync(dir)).toEqual(['debrief-20260310T160000Z.jsonl.gz']);
      const checked = await checkBackup(backupFileLines(path));
      expect(checked.rows['incidents']).toBe(await count(t.ctx, 'incidents'));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('never restores over data without force', async () => {
    await expect(restoreBackup(t.ctx.db, await checkBackup(linesOf(text)), linesOf(text), { force: false })).rejects.toThrow(/not empty/);
  });
});
