/**
 * The list's statement prepared once on PGlite and then bound and executed in one call (session 39,
 * `src/store/pglite-prepared.ts`): the same rows and errors as `query()`, one parse per text, and the same exclusion
 * as `query()` against a transaction in flight. On PostgreSQL the statement goes through `query()` unchanged.
 */
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/store/database.ts';
import { frontend } from '../../src/store/pg-frontend.ts';
import { preparedQuery } from '../../src/store/pglite-prepared.ts';
import { rawClientOf } from '../../src/store/raw-insert.ts';
import { insertIncident } from '../../src/store/repositories/incident.repository.ts';
import { pageStatement, type IncidentFilter } from '../../src/store/repositories/incident-list.statement.ts';
import { backends, openTestDatabase } from '../support/test-app.ts';

const use = { policyKey: 'k1', now: new Date('2031-05-04T00:00:00.250Z') };
const filters: IncidentFilter[] = [
  { limit: 50 },
  { limit: 10, statuses: ['resolved'] },
  { limit: 10, severities: ['SEV-1', 'SEV-2'] },
  { limit: 10, service: 'payments' },
  { limit: 10, q: '50%_off \\ "x" \'quoted\' é' },
  { limit: 10, from: new Date('2031-04-30T00:00:00Z'), to: new Date('2031-05-03T12:00:00.5Z') },
  { limit: 10, after: { declaredAt: new Date('2031-05-02T10:00:00Z'), id: 'INC-2031-05-02-001' } },
];

describe('frontend messages', () => {
  it('writes Bind with every value in text, nulls as length -1', () => {
    const bytes = Buffer.from(frontend(['bind', 's1', ['é', null]]));
    // 'B', length, portal "", name "s1", 0 format codes, 2 values (2 bytes of é, then -1), 0 result format codes.
    expect(bytes.toString('hex')).toBe(['42', '00000018', '00', '733100', '0000', '0002', '00000002', 'c3a9', 'ffffffff', '0000'].join(''));
  });
});

describe.each(backends())('a statement run through preparedQuery on %s', (backend) => {
  let database: Database;
  const client = () => rawClientOf(database.db)!;
  beforeAll(async () => {
    database = await openTestDatabase(backend);
    const base = { summary: 'a slow path', environments: [], flags: {}, timeSources: {}, cycles: [], createdBy: 'test', commander: null, startedAt: null, detectedAt: null, mitigatedAt: null, closedAt: null };
    for (const [day, severity, status, service, title] of [
      ['2031-05-01', 'SEV-1', 'resolved', 'payments', 'SEV-1 50%_off \\ "x" \'quoted\' é'], ['2031-05-02', 'SEV-2', 'investigating', 'checkout', 'SEV-2'], ['2031-05-03', 'SEV-3', 'mitigated', null, 'SEV-3'],
    ] as const) {
      await insertIncident(database.db, day, {
        ...base, title, severity, status, type: 'outage', groupKey: 'g', primaryService: service, services: service ? [service] : [],
        declaredAt: new Date(`${day}T10:00:00Z`), resolvedAt: status === 'resolved' ? new Date(`${day}T11:00:00Z`) : null,
      });
    }
  });
  afterAll(async () => { await database?.close(); });

  it('reads the rows query() reads, for every filter, again and again', async () => {
    let nonEmpty = 0;
    for (let round = 0; round < 7; round++) { // past PostgreSQL's five custom plans, so a generic plan is tried too
      for (const f of filters) {
        const { text, params } = pageStatement({ f, use });
        const expected = await client().query(text, params);
        const got = await preparedQuery(client(), text, params);
        expect(got.rows).toEqual(expected.rows);
        if (round === 0 && got.rows.length > 0) nonEmpty++;
      }
    }
    expect(nonEmpty).toBeGreaterThan(4);
  });

  it('parses each text once', async () => {
    if (backend !== 'pglite') return;
    const text = `select $1::text || '-' || $2::text as a, null::text as b`;
    const count = async () => Number((await client().query(`select count(*)::int as n from pg_prepared_statements where statement = $1`, [text])).rows[0]!['n']);
    expect(await count()).toBe(0);
    for (let i = 0; i < 3; i++) expect((await preparedQuery(client(), text, [`x${i}`, 7])).rows).toEqual([{ a: `x${i}-7`, b: null }]);
    expect(await count()).toBe(1);
  });

  it('reads statements with other columns, and values of other kinds, through query()', async () => {
    expect((await preparedQuery(client(), 'select $1::int as n, $2::text as t', [4, 'a'])).rows).toEqual([{ n: 4, t: 'a' }]);
    const at = new Date('2031-05-01T10:00:00Z');
    expect((await preparedQuery(client(), 'select count(*)::text as n from incidents where declared_at = $1', [at])).rows).toEqual([{ n: '1' }]);
  });

  it('throws the error query() throws, and the next statement runs', async () => {
    const text = 'select ($1::text::int + 1)::text as n';
    const fromQuery = await client().query(text, ['x']).catch((e: unknown) => e) as { code?: string; message?: string };
    const fromPrepared = await preparedQuery(client(), text, ['x']).catch((e: unknown) => e) as { code?: string; message?: string };
    expect(fromQuery.code).toBe('22P02');
    expect(fromPrepared.code).toBe(fromQuery.code);
    expect(fromPrepared.message).toBe(fromQuery.message);
    expect((await preparedQuery(client(), text, ['41'])).rows).toEqual([{ n: '42' }]);
    const syntax = await preparedQuery(client(), 'selec 1::text as n', []).catch((e: unknown) => e) as { code?: string };
    expect(syntax.code).toBe('42601');
    expect((await preparedQuery(client(), text, ['1'])).rows).toEqual([{ n: '2' }]);
  });

  it('waits for a transaction in flight, as query() does (never reads its uncommitted rows)', async () => {
    let release!: () => void;
    const held = new Promise<void>((r) => { release = r; });
    let inserted!: () => void;
    const didInsert = new Promise<void>((r) => { inserted = r; });
    const tx = database.db.transaction(async (t) => {
      await t.execute(sql`update incidents set title = 'uncommitted' where severity = 'SEV-3'`);
      inserted();
      await held;
      throw new Error('roll back');
    }).catch(() => undefined);
    await didInsert;
    const read = preparedQuery(client(), `select title as t from incidents where severity = 'SEV-3'`, []);
    await new Promise((r) => setTimeout(r, 50));
    release();
    await tx;
    expect((await read).rows).toEqual([{ t: 'SEV-3' }]);
  });
});
