/**
 * API benchmark: declaring incidents and listing a page (the list view: each incident's
 * compact verdict) through the in-process app, each beside the raw SQL of the same work on the
 * same PGlite database, and the ratio.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { loadConfig } from '../src/config/config.ts';
import { SYSTEM_PRINCIPAL } from '../src/domain/access/roles.ts';
import { buildApp } from '../src/server/app.ts';
import { createToken } from '../src/services/token.service.ts';
import { openDatabase } from '../src/store/database.ts';

type PgClient = { query(sql: string, params?: unknown[]): Promise<{ rows: unknown[] }> };

const ms = (t0: bigint): number => Number(process.hrtime.bigint() - t0) / 1e6;
const fmt = (n: number): string => n.toFixed(2);
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** Runs the API benchmark and prints each figure beside its baseline. */
export async function runApiBench(count = 500): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'debrief-bench-api-'));
  const database = await openDatabase({ dataDir: dir, databaseUrl: null, command: 'bench' });
  try {
    const ctx = { db: database.db, config: loadConfig({ env: {}, cwd: dir }), now: () => new Date() };
    const app = await buildApp({ ctx });
    const token = (await createToken(ctx, SYSTEM_PRINCIPAL, { name: 'bench', role: 'admin' })).token;
    const headers = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
    const client = (database.db as unknown as { $client: PgClient }).$client;

    // Each round times the API call and its raw SQL baseline back to back, and the figures are
    // medians: on a shared, loaded machine the load moves between two separate loops, not
    // between two calls a millisecond apart.
    // Both sides are warmed first (JIT, statement caches, the first pages of each table and
    // index), as the scale bench does: a long-running server is measured, not its first second.
    const warmUp = 100;
    const declare: number[] = [];
    const insert: number[] = [];
    const firstDeclare: number[] = [];
    const firstInsert: number[] = [];
    for (let i = -warmUp; i < count; i++) {
      let t0 = process.hrtime.bigint();
      await app.inject({ method: 'POST', url: '/api/v1/incidents', headers, payload: JSON.stringify({ title: `Bench ${i}`, severity: i % 2 ? 'SEV-2' : 'SEV-3', services: ['api'] }) });
      (i >= 0 ? declare : firstDeclare).push(ms(t0));
      t0 = process.hrtime.bigint();
      await client.query(`insert into incidents (id, title, severity, status, declared_at, created_by) values ($1, $2, 'SEV-2', 'declared', now(), 'bench')`, [`RAW-${i}`, `Raw ${i}`]);
      (i >= 0 ? insert : firstInsert).push(ms(t0));
    }

    const rounds = 60;
    const list: number[] = [];
    const select: number[] = [];
    for (let i = -20; i < rounds; i++) {
      let t0 = process.hrtime.bigint();
      await app.inject({ method: 'GET', url: '/api/v1/incidents?limit=50', headers });
      if (i >= 0) list.push(ms(t0));
      t0 = process.hrtime.bigint();
      await client.query('select * from incidents order by declared_at desc, id desc limit 51');
      if (i >= 0) select.push(ms(t0));
    }
    const [apiDeclare, rawInsert, apiList, rawList] = [declare, insert, list, select].map(median) as [number, number, number, number];

    console.log(`api: declare one incident ${fmt(apiDeclare)} ms (authentication, validation, id allocation, row and revision in one statement, policy) vs raw INSERT ${fmt(rawInsert)} ms — ratio ${fmt(apiDeclare / rawInsert)}× (medians of ${count} after ${warmUp} warm-up rounds on both sides; target ≤ 5×)`);
    console.log(`api: the ${warmUp} warm-up declares after start, apart: ${fmt(median(firstDeclare))} ms vs raw INSERT ${fmt(median(firstInsert))} ms (medians; ratio ${fmt(median(firstDeclare) / median(firstInsert))}×)`);
    console.log(`api: list a page of 50 (list view: compact verdict and next deadline) ${fmt(apiList)} ms vs raw SELECT ${fmt(rawList)} ms — ratio ${fmt(apiList / rawList)}× (medians of ${rounds} after 20 warm-up rounds; target ≤ 3×)`);
    await app.close();
  } finally {
    await database.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await runApiBench();
