/**
 * Two transactions that take the same rows in opposite orders on PostgreSQL: another
 * writer adds a timeline event (its trigger takes the incident's kept-verdict row) and then
 * updates the incident, while a person's PATCH updates the incident (and its trigger then
 * wants the verdict row). PostgreSQL ends one of them with a deadlock. The PATCH's use case
 * runs again and lands; the person never sees a 500, and the other writer's work commits.
 */
import pg from 'pg';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/config.ts';
import { SYSTEM_PRINCIPAL } from '../../src/domain/access/roles.ts';
import { buildApp } from '../../src/server/app.ts';
import type { ServiceContext } from '../../src/services/context.ts';
import { createToken } from '../../src/services/token.service.ts';
import { openDatabase, type Database } from '../../src/store/database.ts';
import { createScratchPostgres, type ScratchPostgres } from '../support/scratch-postgres.ts';

const ADMIN_URL = process.env['TEST_DATABASE_URL'];

describe.skipIf(ADMIN_URL === undefined)('a deadlock between a person\'s change and another writer on PostgreSQL', () => {
  let scratch: ScratchPostgres;
  let name: string;
  let database: Database;
  let app: FastifyInstance;
  let other: pg.Client;
  let watcher: pg.Client;
  let headers: Record<string, string>;

  beforeAll(async () => {
    scratch = await createScratchPostgres(ADMIN_URL!, 'debrief_dl');
    name = scratch.name;
    database = await openDatabase({ dataDir: '', databaseUrl: scratch.url, command: 'test' });
    const ctx: ServiceContext = { db: database.db, config: loadConfig({ env: {}, cwd: '/nonexistent-debrief-test' }), now: () => new Date('2026-03-10T12:00:00Z') };
    app = await buildApp({ ctx });
    headers = { authorization: `Bearer ${(await createToken(ctx, SYSTEM_PRINCIPAL, { name: 'responder', role: 'responder' })).token}`, 'content-type': 'application/json' };
    other = new pg.Client({ connectionString: scratch.url });
    watcher = new pg.Client({ connectionString: scratch.url });
    await other.connect();
    await watcher.connect();
  });
  afterAll(async () => {
    await other?.end();
    await watcher?.end();
    await app?.close();
    await database?.close();
    await scratch?.drop();
  });

  /** Waits until some session of this database waits for a lock. */
  const someoneWaits = async (): Promise<void> => {
    for (let i = 0; i < 200; i++) {
      const { rows } = await watcher.query(`select count(*)::int as n from pg_stat_activity where datname = $1 and wait_event_type = 'Lock'`, [name]);
      if ((rows[0] as { n: number }).n > 0) return;
      await new Promise((r) => setTimeout(r, 25));
    }
    throw new Error('no session ever waited for a lock');
  };

  it('runs the person\'s change again after PostgreSQL ends it for the deadlock: 200, both changes kept, no 500', async () => {
    const declared = await app.inject({ method: 'POST', url: '/api/v1/incidents', headers, payload: JSON.stringify({ title: 'Deadlock target', severity: 'SEV-2' }) });
    expect(declared.statusCode, declared.body).toBe(201);
    const { id, version } = declared.json<{ id: string; version: number }>();

    // The other writer: an event (its trigger takes the kept-verdict row), and it waits longer than
    // the server's session before looking for deadlocks, so the server's transaction is the one ended.
    await other.query('begin');
    await other.query(`set local deadlock_timeout = '20s'`);
    await other.query(`insert into timeline_events (id, incident_id, at, precision, source, kind, text, idempotency_key, created_by) values ('EV-deadlock-1', $1, now(), 'minute', 'manual', 'note', 'From the other writer', 'deadlock-1', 'other')`, [id]);

    // The person's change takes the incident's row, then its trigger waits for the verdict row.
    const patch = app.inject({ method: 'PATCH', url: `/api/v1/incidents/${id}`, headers, payload: JSON.stringify({ version, title: 'Renamed by a person' }) });
    await someoneWaits();
    // The other writer now wants the incident's row: a cycle, which the server's session finds first.
    // Once PostgreSQL has ended the server's transaction, the other writer goes on and commits; the
    // server's use case, run again, then finds the rows free.
    await other.query(`update incidents set summary = 'Summary from the other writer' where id = $1`, [id]);
    await other.query('commit');
    const answer = await patch;

    expect(answer.statusCode, answer.body).toBe(200);
    expect(answer.json()).toMatchObject({ title: 'Renamed by a person' });
    const { rows } = await watcher.query(`select title, summary, (select count(*)::int from timeline_events where incident_id = $1 and id = 'EV-deadlock-1') as events from incidents where id = $1`, [id]);
    expect(rows[0]).toEqual({ title: 'Renamed by a person', summary: 'Summary from the other writer', events: 1 });
  }, 60_000);
});
