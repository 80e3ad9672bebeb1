/**
 * The vacuum maintenance (issue 18, session 35): PGlite runs no autovacuum, so tables filled by a restore, an import
 * or a generator were never vacuumed. The server now vacuums each table whose visibility map covers under half its
 * pages, and says so in /metrics.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import parsePrometheusTextFormat from 'parse-prometheus-text-format';
import { runVacuumMaintenance, startVacuumMaintenance, vacuumState } from '../../src/jobs/vacuum-maintenance.ts';
import { needsVacuum, tablesToVacuum, tableVisibility, VACUUM_MIN_PAGES } from '../../src/store/repositories/vacuum.repository.ts';
import { createTestApp, type TestApp } from '../support/test-app.ts';

const metric = (body: string, name: string): string | undefined =>
  parsePrometheusTextFormat(body).find((m) => m.name === name)?.metrics[0]?.value;

describe('vacuum maintenance on PGlite', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp('pglite');
    // A large table filled as a restore fills one (inserts, never vacuumed), and a small one.
    await t.database.db.execute(sql`create table scratch_big (id int primary key, text text)`);
    await t.database.db.execute(sql`insert into scratch_big select n, repeat('x', 200) from generate_series(1, 8000) n`);
    await t.database.db.execute(sql`create table scratch_small (id int primary key, text text)`);
    await t.database.db.execute(sql`insert into scratch_small select n, 'y' from generate_series(1, 100) n`);
  });
  afterAll(async () => { await t?.close(); });

  it('names a large table never vacuumed, from its file size even before any statistics', async () => {
    const big = (await tableVisibility(t.database.db)).find((v) => v.table === 'scratch_big')!;
    expect(big.pages).toBeGreaterThanOrEqual(VACUUM_MIN_PAGES);
    expect(big.allVisible).toBe(0);
    expect((await tablesToVacuum(t.database.db)).map((v) => v.table)).toContain('scratch_big');
  });

  it('leaves out a small table never vacuumed (read whole from memory anyway)', async () => {
    expect((await tablesToVacuum(t.database.db)).map((v) => v.table)).not.toContain('scratch_small');
    expect(needsVacuum({ table: 'x', pages: VACUUM_MIN_PAGES - 1, allVisible: 0 })).toBe(false);
    expect(needsVacuum({ table: 'x', pages: 1000, allVisible: 600 })).toBe(false);
    expect(needsVacuum({ table: 'x', pages: 1000, allVisible: 400 })).toBe(true);
  });

  it('reports the table in /metrics before, vacuums it (every page all-visible after) and counts it after', async () => {
    const before = await t.app.inject({ method: 'GET', url: '/metrics' });
    expect(Number(metric(before.body, 'debrief_db_tables_needing_vacuum'))).toBeGreaterThanOrEqual(1);
    expect(metric(before.body, 'debrief_db_vacuum_checks')).toBe('0');

    const done = await runVacuumMaintenance(t.ctx);
    expect(done).toContain('scratch_big');
    const big = (await tableVisibility(t.database.db)).find((v) => v.table === 'scratch_big')!;
    expect(big.allVisible).toBe(big.pages);
    expect(await tablesToVacuum(t.database.db)).toEqual([]);

    const after = await t.app.inject({ method: 'GET', url: '/metrics' });
    expect(metric(after.body, 'debrief_db_tables_needing_vacuum')).toBe('0');
    expect(metric(after.body, 'debrief_db_vacuum_checks')).toBe('1');
    expect(Number(metric(after.body, 'debrief_db_vacuum_tables'))).toBe(done.length);
    expect(Number(metric(after.body, 'debrief_db_vacuum_last_check_timestamp_seconds'))).toBe(Math.floor(t.clock.now.getTime() / 1000));
  });

  it('vacuums nothing on the next check when nothing was written since', async () => {
    expect(await runVacuumMaintenance(t.ctx)).toEqual([]);
    expect(vacuumState(t.database.db).lastNeeded).toBe(0);
  });

  it('runs its first check on the schedule and stops cleanly', async () => {
    await t.database.db.execute(sql`insert into scratch_big select n, repeat('z', 200) from generate_series(8001, 16000) n`);
    await t.database.db.execute(sql`analyze scratch_big`);
    const checks = vacuumState(t.database.db).checks;
    const log = { info: () => {}, warn: () => {} };
    const stop = startVacuumMaintenance(t.ctx, log, undefined, { firstMs: 10, everyMs: 60_000 });
    for (let i = 0; i < 200 && vacuumState(t.database.db).checks === checks; i++) await new Promise((r) => setTimeout(r, 25));
    await stop();
    expect(vacuumState(t.database.db).checks).toBe(checks + 1);
    expect(await tablesToVacuum(t.database.db)).toEqual([]);
  });
});
