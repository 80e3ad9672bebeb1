/**
 * The search maintenance step (issue 18, session 34): PGlite runs no autovacuum, so the step the reindex runs after
 * many rebuilds vacuums the search tables. Without it the postings' visibility map stayed empty, every index-only scan
 * of them read the heap as well, and the rows each rebuild left dead were never removed.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import type { Database } from '../../src/store/database.ts';
import { rows } from '../../src/store/repositories/sql-rows.ts';
import { analyzeSearchTables } from '../../src/store/repositories/search.repository.ts';
import { openTestDatabase } from '../support/test-app.ts';

const postingsPages = async (database: Database) => (await rows<{ pages: number; visible: number; dead: number }>(database.db, sql`
  select c.relpages as pages, c.relallvisible as visible, coalesce(s.n_dead_tup, 0)::int as dead
  from pg_class c left join pg_stat_user_tables s on s.relid = c.oid where c.relname = 'search_postings'`))[0]!;

describe('search maintenance', () => {
  let database: Database;
  beforeAll(async () => {
    database = await openTestDatabase('pglite');
    // Postings as the reindex writes them, then a rebuild's worth rewritten (delete and insert again).
    await database.db.execute(sql`insert into search_postings (term, incident_id, began)
      select 'term' || (n % 50), 'INC-T-' || n, now() - n * interval '1 minute' from generate_series(1, 5000) n`);
    await database.db.execute(sql`delete from search_postings where incident_id like 'INC-T-1%'`);
  });
  afterAll(async () => { await database?.close(); });

  it('leaves every page of the postings all-visible, so index-only scans skip the heap', async () => {
    // An ANALYZE alone (the step before) counts the pages but marks none all-visible.
    await database.db.execute(sql`analyze search_postings`);
    const before = await postingsPages(database);
    expect(before.visible).toBeLessThan(before.pages);
    await analyzeSearchTables(database.db);
    const after = await postingsPages(database);
    expect(after.pages).toBeGreaterThan(0);
    expect(after.visible).toBe(after.pages);
  });

  it('still refreshes the planner statistics of the tables the learning queries plan on', async () => {
    await analyzeSearchTables(database.db);
    const [r] = await rows<{ n: number }>(database.db, sql`select count(*)::int as n from pg_class
      where relname in ('incidents', 'postmortems', 'action_items', 'search_docs', 'search_postings', 'search_vocab') and reltuples < 0`);
    expect(r?.n).toBe(0);
  });
});
