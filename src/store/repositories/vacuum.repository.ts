/**
 * The tables a vacuum would help, and the vacuum itself. PGlite runs no autovacuum, so a table filled by a
 * restore, an import or a generator is never vacuumed: its visibility map stays empty, every index-only scan of
 * it reads the heap too, and the rows later updates leave dead stay. `pg_class.relallvisible` (the pages VACUUM
 * last found all-visible) is kept on disk, unlike PGlite's activity statistics (`pg_stat_user_tables` starts
 * empty at each open), so it is what says whether a table was vacuumed since it was filled.
 */
import { sql } from 'drizzle-orm';
import type { Db } from '../database.ts';
import { rows } from './sql-rows.ts';

/** A table's size in pages (from the file, not the last statistics) and the pages last found all-visible. */
export type TableVisibility = { table: string; pages: number; allVisible: number };

/** Smaller tables are read whole from memory anyway: a vacuum of them is not worth holding the connection. */
export const VACUUM_MIN_PAGES = 128;
/** A table whose visibility map covers less than this share of its pages is vacuumed. */
export const VACUUM_BELOW_SHARE = 0.5;

/** Every table of the schema with its size in pages and its all-visible pages, largest first. */
export async function tableVisibility(db: Db): Promise<TableVisibility[]> {
  return rows<TableVisibility>(db, sql`
    select c.relname as "table", (pg_relation_size(c.oid) / current_setting('block_size')::int)::int as pages,
      greatest(c.relallvisible, 0)::int as "allVisible"
    from pg_class c where c.relkind = 'r' and c.relnamespace = current_schema()::regnamespace
    order by pages desc, c.relname`);
}

/** Whether a table needs a vacuum: large enough, and its visibility map covering under half its pages. */
export function needsVacuum(t: TableVisibility): boolean {
  return t.pages >= VACUUM_MIN_PAGES && t.allVisible < t.pages * VACUUM_BELOW_SHARE;
}

/** The tables that need a vacuum, largest first. */
export async function tablesToVacuum(db: Db): Promise<TableVisibility[]> {
  return (await tableVisibility(db)).filter(needsVacuum);
}

/** Vacuums one table and refreshes its planner statistics (it holds PGlite's one connection meanwhile). */
export async function vacuumTable(db: Db, table: string): Promise<void> {
  await db.execute(sql`vacuum (analyze) ${sql.identifier(table)}`);
}
