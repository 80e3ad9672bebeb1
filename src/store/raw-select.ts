/**
 * A SELECT sent straight to the driver with rows read as arrays, for the hottest read (the
 * incident list): Drizzle's select builder and row mapper cost more than PGlite's query of
 * a page does. The statement is still written with Drizzle's `sql` (columns, filters and
 * their parameters rendered by its dialect), only the builder and mapper are skipped.
 * Same text on PGlite and node-postgres; inside a transaction its own client is used.
 */
import type { SQL } from 'drizzle-orm';
import { PgDialect } from 'drizzle-orm/pg-core';
import type { Db } from './database.ts';
import { rawClientOf } from './raw-insert.ts';

const dialect = new PgDialect();

type ArrayResult = { rows: unknown[][] };
type PgliteLike = { execProtocol: unknown; query(text: string, params: unknown[], options: { rowMode: 'array' }): Promise<ArrayResult> };
type PgLike = { query(config: { text: string; values: unknown[]; rowMode: 'array' }): Promise<ArrayResult> };

const isPglite = (c: unknown): c is PgliteLike => typeof (c as { execProtocol?: unknown }).execProtocol === 'function';

/**
 * Runs `query` and returns its rows as arrays of column values (timestamps as `Date`, json as
 * values, as both drivers parse them by default); null when the handle has no raw client (the
 * caller uses Drizzle then).
 */
export async function rawSelectArrays(db: Db, query: SQL): Promise<unknown[][] | null> {
  const client = rawClientOf(db);
  if (!client) return null;
  const { sql: text, params } = dialect.sqlToQuery(query);
  const result = isPglite(client)
    ? await client.query(text, params, { rowMode: 'array' })
    : await (client as unknown as PgLike).query({ text, values: params, rowMode: 'array' });
  return result.rows;
}
