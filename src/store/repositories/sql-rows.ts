/** Small helpers the raw-SQL repositories share: the rows of a query, and a text[] parameter. */
import { sql, type SQL } from 'drizzle-orm';
import type { Db } from '../database.ts';

/** The rows of a raw query, typed by the caller (the query's column aliases name the fields). */
export async function rows<T>(db: Db, q: SQL): Promise<T[]> {
  const result: unknown = await db.execute(q);
  return (result as { rows: T[] }).rows;
}

/** A text[] parameter (one parameter, not a list of them). */
export function textArray(xs: readonly string[]): SQL {
  return sql`${sql.param([...xs])}::text[]`;
}
