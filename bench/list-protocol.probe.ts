/**
 * The list's statement on PGlite three ways (issue 18, session 39), in one process, alternated, medians and p95:
 * `query()` as today (parse, describe, bind, describe, execute and sync: six calls into PGlite), the same
 * statement prepared once under a name and then bound and executed in one call, and the scale bench's raw SQL.
 *
 *   node bin/run-ts.js bench/list-protocol.probe.ts PGLITE_DIR [rounds=300]
 */
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { pageStatement } from '../src/store/repositories/incident-list.statement.ts';
import { preparedQuery } from '../src/store/pglite-prepared.ts';

const [dir, count = '300'] = process.argv.slice(2);
if (dir === undefined) throw new Error('usage: list-protocol.probe.ts PGLITE_DIR [rounds]');
const rounds = Number(count);
const pg = await PGlite.create(dir, { extensions: { pg_trgm } });
const policyKey = ((await pg.query<{ k: string }>('select policy_key as k from incident_verdicts limit 1')).rows[0]?.k) ?? 'none';
const filters: [string, Parameters<typeof pageStatement>[0]['f'], string][] = [
  ['first page', { limit: 51 }, 'select * from incidents order by declared_at desc, id desc limit 51'],
  ['SEV-1', { limit: 51, severities: ['SEV-1'] }, `select * from incidents where severity = 'SEV-1' order by declared_at desc, id desc limit 51`],
  ['mitigated', { limit: 51, statuses: ['mitigated'] }, `select * from incidents where status = 'mitigated' order by declared_at desc, id desc limit 51`],
  ['payments', { limit: 51, service: 'payments' }, `select * from incidents where services @> '["payments"]' order by declared_at desc, id desc limit 51`],
];
const q = (xs: number[], p: number): string => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.ceil(xs.length * p) - 1)]!.toFixed(2);
for (const [name, f, raw] of filters) {
  const t = { query: [] as number[], prepared: [] as number[], raw: [] as number[] };
  for (let i = 0; i < rounds + 20; i++) {
    const st = pageStatement({ f, use: { policyKey, now: new Date() } });
    let s = performance.now();
    const a = await pg.query<{ row: string }>(st.text, st.params);
    const qa = performance.now() - s;
    s = performance.now();
    const b = await preparedQuery(pg, st.text, st.params);
    const qb = performance.now() - s;
    s = performance.now();
    await pg.query(raw);
    const qr = performance.now() - s;
    if (i === 0 && JSON.stringify(a.rows.map((r) => r.row)) !== JSON.stringify(b.rows.map((r) => r['row']))) throw new Error(`${name}: rows differ`);
    if (i >= 20) { t.query.push(qa); t.prepared.push(qb); t.raw.push(qr); }
  }
  console.log(`${name.padEnd(10)} query() median ${q(t.query, 0.5)} p95 ${q(t.query, 0.95)} | prepared median ${q(t.prepared, 0.5)} p95 ${q(t.prepared, 0.95)} | raw select * median ${q(t.raw, 0.5)} p95 ${q(t.raw, 0.95)} ms`);
}
await pg.close();
