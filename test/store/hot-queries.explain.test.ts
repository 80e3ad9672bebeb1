/**
 * The hot queries are served by indexes (issue 18): each repository call is run, the SQL it
 * sends is captured, and its plan is asked for with sequential scans priced out
 * (`enable_seqscan = off`). PostgreSQL still picks a sequential scan when no index can serve
 * the query, so a "Seq Scan" on the table in that plan means a missing index. Run on PGlite
 * and on PostgreSQL; the data is not needed (the plan shape, not the timing, is checked).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/store/database.ts';
import type { Db } from '../../src/store/database.ts';
import { listActionItems } from '../../src/store/repositories/action-item.repository.ts';
import { findInboxMany } from '../../src/store/repositories/inbox.repository.ts';
import { incidentsWithInputs, listIncidentPage, listIncidents } from '../../src/store/repositories/incident.repository.ts';
import { claimJobs } from '../../src/store/repositories/job.repository.ts';
import { postmortemProgressOf } from '../../src/store/repositories/postmortem.repository.ts';
import { listPolicyEventsOf } from '../../src/store/repositories/timeline.repository.ts';
import { similarCandidates } from '../../src/store/repositories/similarity.repository.ts';
import { backends, openTestDatabase } from '../support/test-app.ts';

type Query = { text: string; params: unknown[] };
type Queryable = { query(text: unknown, params?: unknown[], ...rest: unknown[]): Promise<{ rows: Record<string, unknown>[] }> };
type PlanNode = { 'Node Type': string; 'Relation Name'?: string; 'Index Name'?: string; 'Sort Key'?: string[]; Plans?: PlanNode[] };

/** Every node of a plan tree. */
function nodes(plan: PlanNode): PlanNode[] {
  return [plan, ...(plan.Plans ?? []).flatMap(nodes)];
}

describe.each(backends())('hot queries use their indexes on %s', (backend) => {
  let database: Database;
  let client: Queryable;
  beforeAll(async () => {
    database = await openTestDatabase(backend);
    client = (database.db as unknown as { $client: Queryable }).$client;
  });
  afterAll(async () => { await database?.close(); });

  /** The statements a repository call sends (parameters as sent). */
  async function captured(run: (db: Db) => Promise<unknown>): Promise<Query[]> {
    const seen: Query[] = [];
    const original = client.query.bind(client);
    client.query = (text: unknown, params?: unknown[], ...rest: unknown[]) => {
      if (typeof text === 'string') seen.push({ text, params: params ?? [] });
      else if (text !== null && typeof text === 'object' && 'text' in text) seen.push({ text: String(text.text), params: (text as { values?: unknown[] }).values ?? params ?? [] });
      return original(text, params, ...rest);
    };
    try { await run(database.db); } finally { client.query = original; }
    return seen.filter((q) => /^\s*(?:select|update|delete|with)\b/i.test(q.text));
  }

  /** The plan of a statement with sequential scans priced out, as a list of nodes. */
  async function plan(q: Query, priceOut: string[] = ['seqscan']): Promise<PlanNode[]> {
    const run = async (c: Queryable) => {
      for (const p of priceOut) await c.query(`set enable_${p} = off`);
      try {
        const { rows } = await c.query(`explain (format json) ${q.text}`, q.params);
        const cell = rows[0]!['QUERY PLAN'];
        const json = (typeof cell === 'string' ? JSON.parse(cell) : cell) as { Plan: PlanNode }[];
        return nodes(json[0]!.Plan);
      } finally {
        for (const p of priceOut) await c.query(`reset enable_${p}`);
      }
    };
    // PostgreSQL: one pooled connection for the setting and the plan.
    const pool = client as unknown as { connect?: () => Promise<Queryable & { release(): void }> };
    if (backend === 'postgres' && pool.connect) {
      const c = await pool.connect();
      try { return await run(c); } finally { c.release(); }
    }
    return run(client);
  }

  /** Asserts that no statement the call sends scans `table` sequentially, and returns the indexes used. */
  async function indexesFor(table: string, run: (db: Db) => Promise<unknown>): Promise<string[]> {
    const queries = (await captured(run)).filter((q) => q.text.includes(`"${table}"`));
    expect(queries.length).toBeGreaterThan(0);
    const used: string[] = [];
    for (const q of queries) {
      const all = await plan(q);
      expect(all.filter((n) => n['Node Type'] === 'Seq Scan' && n['Relation Name'] === table).map(() => q.text)).toEqual([]);
      used.push(...all.map((n) => n['Index Name'] ?? '').filter((name) => name.startsWith(`${table}_`)));
    }
    return used;
  }

  it('reads the newest page of incidents through the declared-at index', async () => {
    expect(await indexesFor('incidents', (db) => listIncidents(db, { limit: 51 }))).toContain('incidents_declared_idx');
  });

  it('filters incidents by status, severity and service without a full scan', async () => {
    await indexesFor('incidents', (db) => listIncidents(db, { statuses: ['mitigated'], limit: 51 }));
    await indexesFor('incidents', (db) => listIncidents(db, { severities: ['SEV-1'], limit: 51 }));
    await indexesFor('incidents', (db) => listIncidents(db, { service: 'payments', limit: 51 }));
    await indexesFor('incidents', (db) => listIncidents(db, { limit: 51, after: { declaredAt: new Date('2026-03-01T00:00:00Z'), id: 'INC-2026-03-01-001' } }));
  });

  it('reads the timeline events of a page of incidents through the incident index', async () => {
    expect(await indexesFor('timeline_events', (db) => listPolicyEventsOf(db, ['INC-2026-03-01-001', 'INC-2026-03-01-002']))).not.toEqual([]);
  });

  it('reads post-mortem progress of a page by key', async () => {
    await indexesFor('postmortems', (db) => postmortemProgressOf(db, ['INC-2026-03-01-001']));
  });

  it('lists a page with its kept verdicts in one statement, by index and key', async () => {
    for (const filter of [{}, { statuses: ['mitigated'] }, { service: 'payments' }]) {
      const page = (db: Db) => listIncidentPage(db, { ...filter, limit: 51 }, { policyKey: 'explain', now: new Date('2026-03-02T00:00:00Z') });
      expect(await captured(page)).toHaveLength(1);
      expect(await indexesFor('incidents', page)).not.toEqual([]);
      expect(await indexesFor('incident_verdicts', page)).toContain('incident_verdicts_pkey');
    }
  });

  it('reads the policy inputs (events and post-mortem progress) of the rows without a kept verdict in one statement, by key and index', async () => {
    const inputs = (db: Db) => incidentsWithInputs(db, ['INC-2026-03-01-001', 'INC-2026-03-01-002']);
    expect(await captured(inputs)).toHaveLength(1);
    expect(await indexesFor('incidents', inputs)).not.toEqual([]);
    expect(await indexesFor('timeline_events', inputs)).toContain('timeline_events_incident_idx');
    for (const table of ['postmortems', 'meetings', 'publications', 'revisions', 'incident_verdicts']) expect(await indexesFor(table, inputs), table).not.toEqual([]);
  });

  it('reads similar-incident candidates from index ranges that start at the incident, newest first, without sorting', async () => {
    const before = new Date('2026-03-01T00:00:00Z');
    const candidates = (db: Db) => similarCandidates(db, 'INC-2026-03-01-001', [{ term: 'disk', weight: 2 }, { term: 'full', weight: 1 }], ['payments'], 60, before);
    const sent = await captured(candidates);
    const services = sent.filter((q) => /from incidents i where/.test(q.text));
    expect(services).toHaveLength(1);
    // On empty tables a GIN bitmap on services looks cheapest; with bitmaps priced out too, what is left is the
    // walk the statement's order allows: on the began index, from the incident back (the declared-at order walked
    // incidents_declared_idx from the newest incident, every later one skipped).
    const byService = await plan(services[0]!, ['seqscan', 'bitmapscan']);

    expect(byService.filter((n) => n['Node Type'] === 'Seq Scan' || n['Node Type'] === 'Sort')).toEqual([]);
    expect(byService.map((n) => n['Index Name'])).toContain('incidents_began_idx');
    // Postings: each term one range of the (term, began desc nulls last) index read in its order, no sort of all a
    // term's postings (on empty tables a bitmap looks cheapest, so bitmaps are priced out here too; at scale each
    // term is a bound value the planner prices from its statistics).
    const postings = sent.filter((q) => q.text.includes('search_postings'));
    expect(postings).toHaveLength(1);
    const all = await plan(postings[0]!, ['seqscan', 'bitmapscan']);
    expect(all.map((n) => n['Index Name'])).toContain('search_postings_term_idx');
    expect(all.filter((n) => n['Node Type'] === 'Sort' && (n['Sort Key'] ?? []).some((k) => k.includes('began')))).toEqual([]);
  });

  it('lists action items due soonest and claims due jobs and pending deliveries through their indexes', async () => {
    await indexesFor('action_items', (db) => listActionItems(db, { statuses: ['open', 'in_progress'], overdueBefore: '2026-03-10', limit: 50 }));
    await indexesFor('action_items', (db) => listActionItems(db, { owner: 'alice', statuses: ['open'], limit: 50 }));
    await indexesFor('jobs', (db) => claimJobs(db, 'w1', 8, new Date('2026-03-10T12:00:00Z'), 60_000));
    await indexesFor('jobs', (db) => claimJobs(db, 'w1', 500, new Date('2026-03-10T12:00:00Z'), 15_000, { only: ['ingest.process'] }));
    await indexesFor('ingest_inbox', (db) => findInboxMany(db, ['00000000-0000-4000-8000-000000000001', '00000000-0000-4000-8000-000000000002']));
  });
});
