/**
 * Named prepared statements on PGlite (issue 18, session 39). PGlite's `query()` sends a statement with parameters
 * in six calls into its WebAssembly (parse, describe, bind, describe, execute, sync) and PostgreSQL parses and
 * plans it every time. A hot read whose text is fixed per shape (the list's page, `statement-shapes.ts`) is parsed
 * here once under a name, and each call then binds and executes it in one call: PostgreSQL keeps the parse and,
 * after its first five custom plans, a generic plan when that costs no more (its usual rule for prepared
 * statements; a change to a table's schema or statistics invalidates the plan).
 *
 * Only statements whose columns are all `text` are prepared (their values need no decoding); anything else, a
 * value that is not text, a number or null, and any client that is not a PGlite instance go through `query()`.
 */
import { frontend } from './pg-frontend.ts';

/** The parts of a PGlite instance used here (all in its public type). */
type PGliteLike = {
  query(text: string, params: unknown[]): Promise<{ rows: Record<string, unknown>[] }>;
  execProtocol(message: Uint8Array): Promise<{ messages: { name: string }[] }>;
  _runExclusiveQuery<T>(fn: () => Promise<T>): Promise<T>;
  _runExclusiveTransaction<T>(fn: () => Promise<T>): Promise<T>;
};

/** A statement prepared on one instance: its name and its columns' names, or null when it is not preparable. */
type Prepared = { name: string; columns: string[] } | null;

const TEXT_OID = 25;
/** Statements kept per instance (the list has at most 256 shapes; others run through `query()`). */
const CAPACITY = 256;
const preparedBy = new WeakMap<object, Map<string, Prepared>>();
let counter = 0;

const isPGlite = (c: unknown): c is PGliteLike =>
  typeof c === 'object' && c !== null && typeof (c as PGliteLike).execProtocol === 'function'
  && typeof (c as PGliteLike)._runExclusiveQuery === 'function' && typeof (c as PGliteLike)._runExclusiveTransaction === 'function';

/** The parameters as the text the protocol sends, or null when one is of a kind `query()` would serialise itself. */
function textParams(params: readonly unknown[]): (string | null)[] | null {
  const out: (string | null)[] = [];
  for (const p of params) {
    if (p === null || p === undefined) out.push(null);
    else if (typeof p === 'string') out.push(p);
    else if (typeof p === 'number' && Number.isFinite(p)) out.push(String(p));
    else return null;
  }
  return out;
}

type RowDescription = { name: 'rowDescription'; fields: { name: string; dataTypeID: number }[] };
type DataRow = { name: 'dataRow'; fields: (string | null)[] };

/** Parses `text` under a new name and reads its columns; null (and nothing kept) when a column is not text. */
async function prepare(pg: PGliteLike, text: string): Promise<Prepared> {
  const name = `debrief_prepared_${++counter}`;
  const { messages } = await pg.execProtocol(frontend(['parse', name, text], ['describe', name], ['sync']));
  const description = messages.find((m): m is RowDescription => m.name === 'rowDescription');
  if (description === undefined || description.fields.some((f) => f.dataTypeID !== TEXT_OID)) {
    await pg.execProtocol(frontend(['close', name], ['sync']));
    return null;
  }
  return { name, columns: description.fields.map((f) => f.name) };
}

/**
 * Runs `text` with `params` as `client.query` would and returns its rows (column name → text or null): on PGlite a
 * statement of text columns is prepared on first use and then bound and executed in one call; otherwise, and for
 * parameters of other kinds, through `client.query`. Errors are PGlite's `DatabaseError`s either way.
 */
export async function preparedQuery(
  client: { query(text: string, params: unknown[]): Promise<{ rows: Record<string, unknown>[] }> }, text: string, params: readonly unknown[],
): Promise<{ rows: Record<string, unknown>[] }> {
  const values = textParams(params);
  if (!isPGlite(client) || values === null) return client.query(text, [...params]);
  const pg = client;
  let statements = preparedBy.get(pg);
  if (statements === undefined) { statements = new Map(); preparedBy.set(pg, statements); }
  if (!statements.has(text) && statements.size >= CAPACITY) return pg.query(text, [...params]);
  return pg._runExclusiveTransaction(() => pg._runExclusiveQuery(async () => {
    let prepared = statements.get(text);
    if (prepared === undefined) { prepared = await prepare(pg, text); statements.set(text, prepared); }
    if (prepared === null) return null;
    const { messages } = await pg.execProtocol(frontend(['bind', prepared.name, values], ['execute'], ['sync']));
    const columns = prepared.columns;
    const rows: Record<string, unknown>[] = [];
    for (const m of messages) {
      if (m.name !== 'dataRow') continue;
      const fields = (m as DataRow).fields;
      const row: Record<string, unknown> = {};
      for (let i = 0; i < columns.length; i++) row[columns[i]!] = fields[i] ?? null;
      rows.push(row);
    }
    return { rows };
  })).then((result) => result ?? pg.query(text, [...params]));
}
