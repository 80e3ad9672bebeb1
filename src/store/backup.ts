/**
 * Backups: a logical, consistent copy of every table, readable by PGlite and PostgreSQL
 * alike (so a backup also moves data between the two). The file is gzipped JSON lines:
 *
 *   {"format":"debrief-backup","formatVersion":1,"migrations":N,…}   header
 *   {"table":"incidents","columns":["id",…]}                            a table starts
 *   ["INC-…",…]                                                          one row (values in column order)
 *   {"end":true,"rows":{"incidents":12,…},"sha256":"…"}                  trailer
 *
 * The trailer's hash covers every line before it, so a truncated or edited file is refused
 * before anything is written. Rows are read in one repeatable-read transaction through a
 * cursor and restored in one transaction, in foreign-key order. Nothing holds the whole
 * backup: lines are written as they are read (the caller's `emit` is awaited), the file is
 * checked in a first pass that keeps only counts, and restored in a second pass, batch by batch.
 */
import { createHash } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { AppError } from '../domain/errors.ts';
import type { Db } from './database.ts';

export const BACKUP_FORMAT = 'debrief-backup';
export const BACKUP_FORMAT_VERSION = 1;
const BATCH = 2000;

export type BackupHeader = {
  format: typeof BACKUP_FORMAT; formatVersion: number; app: string; migrations: number; lastMigration: string | null;
  database: 'pglite' | 'postgres'; createdAt: string;
};
export type BackupSummary = { header: BackupHeader; rows: Record<string, number> };

type Row = Record<string, unknown>;
const rowsOf = (r: unknown): Row[] => ((r as { rows?: Row[] }).rows ?? (r as Row[]));
const ident = (name: string): string => `"${name.replace(/"/g, '""')}"`;

/** The application tables, parents before children (foreign keys). */
async function tablesInOrder(db: Db): Promise<string[]> {
  const tables = rowsOf(await db.execute(sql`select table_name as name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE' order by table_name`)).map((r) => String(r['name']));
  const fks = rowsOf(await db.execute(sql`
    select c.relname as child, p.relname as parent from pg_constraint k
    join pg_class c on c.oid = k.conrelid join pg_class p on p.oid = k.confrelid
    join pg_namespace n on n.oid = c.relnamespace
    where k.contype = 'f' and n.nspname = 'public'`));
  const parents = new Map<string, Set<string>>(tables.map((t) => [t, new Set<string>()]));
  for (const fk of fks) if (fk['child'] !== fk['parent']) parents.get(String(fk['child']))?.add(String(fk['parent']));
  const ordered: string[] = [];
  const done = new Set<string>();
  const visit = (t: string, path: Set<string>): void => {
    if (done.has(t) || path.has(t)) return;
    path.add(t);
    for (const p of parents.get(t) ?? []) visit(p, path);
    done.add(t);
    ordered.push(t);
  };
  for (const t of tables) visit(t, new Set());
  return ordered;
}

/** Columns a row can be written to (generated columns are computed again on restore). */
async function writableColumns(db: Db, table: string): Promise<string[]> {
  return rowsOf(await db.execute(sql`
    select column_name as name from information_schema.columns
    where table_schema = 'public' and table_name = ${table} and is_generated = 'NEVER'
    order by ordinal_position`)).map((r) => String(r['name']));
}

/** Applied migrations: how many, and the last one's hash. */
export async function migrationState(db: Db): Promise<{ count: number; last: string | null }> {
  const rows = rowsOf(await db.execute(sql`select hash from drizzle.__drizzle_migrations order by created_at, id`));
  return { count: rows.length, last: rows.length ? String(rows[rows.length - 1]!['hash']) : null };
}

/** Writes a consistent backup as lines (each without its newline) through `emit`, awaited before the next line. */
export async function writeBackup(db: Db, kind: 'pglite' | 'postgres', app: string, now: Date, emit: (line: string) => Promise<void> | void): Promise<BackupSummary> {
  return db.transaction(async (tx) => {
    await tx.execute(sql.raw('set transaction isolation level repeatable read'));
    const hash = createHash('sha256');
    const out = async (line: string): Promise<void> => { hash.update(line).update('\n'); await emit(line); };
    const migrations = await migrationState(tx);
    const header: BackupHeader = {
      format: BACKUP_FORMAT, formatVersion: BACKUP_FORMAT_VERSION, app, migrations: migrations.count, lastMigration: migrations.last,
      database: kind, createdAt: now.toISOString(),
    };
    await out(JSON.stringify(header));
    const counts: Record<string, number> = {};
    for (const table of await tablesInOrder(tx)) {
      const columns = await writableColumns(tx, table);
      await out(JSON.stringify({ table, columns }));
      const list = columns.map(ident).join(', ');
      let n = 0;
      // One JSON array per row, built by the database (types keep their text form: timestamps, jsonb, numbers),
      // read through a cursor: each batch continues where the last one stopped (no OFFSET rescans).
      await tx.execute(sql.raw(`declare debrief_backup no scroll cursor for select json_build_array(${list})::text as r from ${ident(table)}`));
      for (;;) {
        const rows = rowsOf(await tx.execute(sql.raw(`fetch forward ${BATCH} from debrief_backup`)));
        for (const r of rows) await out(String(r['r']));
        n += rows.length;
        if (rows.length < BATCH) break;
      }
      await tx.execute(sql.raw('close debrief_backup'));
      counts[table] = n;
    }
    const trailer = { end: true, rows: counts, sha256: hash.digest('hex') };
    await emit(JSON.stringify(trailer));
    return { header, rows: counts };
  });
}

/** What a checked backup holds: its header, and the rows of each table its end line counts. */
export type CheckedBackup = { header: BackupHeader; rows: Record<string, number> };

const notABackup = (why: string): AppError => new AppError('bad_request', `this is not a Debrief backup: ${why}`);

type Trailer = { end: true; rows: Record<string, number>; sha256: string };
type Line =
  | { kind: 'header'; header: BackupHeader }
  | { kind: 'table'; table: string; columns: string[] }
  | { kind: 'row'; values: unknown[] }
  | { kind: 'end'; trailer: Trailer };

/**
 * The lines of a backup, checked as they come: the header first, rows only inside a table and
 * with one value per column, nothing after the end line; the end line's hash and row counts
 * are checked against what came before it. Throws on the first problem; never holds more than a line.
 */
async function* backupLines(lines: AsyncIterable<string>): AsyncGenerator<Line> {
  const hash = createHash('sha256');
  let header = false;
  let columns: number | null = null;
  let table: string | null = null;
  const seen: Record<string, number> = {};
  let ended = false;
  let lineNo = 0;
  for await (const line of lines) {
    lineNo++;
    if (line === '') continue;
    if (ended) throw new AppError('bad_request', `the backup has data after its end (line ${lineNo})`);
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      if (!header) throw notABackup('its first line is not JSON');
      throw new AppError('bad_request', `the backup is damaged: line ${lineNo} is not JSON (truncated or edited)`);
    }
    if (!header) {
      const h = value as Partial<BackupHeader>;
      if (h.format !== BACKUP_FORMAT) throw notABackup('its first line does not name the debrief-backup format');
      if (h.formatVersion !== BACKUP_FORMAT_VERSION) throw new AppError('bad_request', `this backup is in format version ${String(h.formatVersion)}; this Debrief reads version ${BACKUP_FORMAT_VERSION}`);
      header = true;
      hash.update(line).update('\n');
      yield { kind: 'header', header: h as BackupHeader };
      continue;
    }
    if (Array.isArray(value)) {
      if (table === null || columns === null) throw new AppError('bad_request', `the backup is damaged: a row before any table (line ${lineNo})`);
      if (value.length !== columns) throw new AppError('bad_request', `the backup is damaged: line ${lineNo} has ${value.length} values for ${columns} columns of ${table}`);
      seen[table] = (seen[table] ?? 0) + 1;
      hash.update(line).update('\n');
      yield { kind: 'row', values: value as unknown[] };
    } else if (typeof value === 'object' && value !== null && 'end' in value) {
      const trailer = value as Trailer;
      if (trailer.sha256 !== hash.digest('hex')) throw new AppError('bad_request', 'the backup is damaged: its checksum does not match its content (nothing was restored)');
      for (const [t, n] of Object.entries(seen)) {
        if (trailer.rows?.[t] !== n) throw new AppError('bad_request', `the backup is damaged: ${t} has ${n} rows, its end line says ${String(trailer.rows?.[t])}`);
      }
      ended = true;
      yield { kind: 'end', trailer };
    } else if (typeof value === 'object' && value !== null && 'table' in value) {
      const t = value as { table: unknown; columns: unknown };
      if (typeof t.table !== 'string' || !Array.isArray(t.columns) || !t.columns.every((c) => typeof c === 'string')) throw new AppError('bad_request', `the backup is damaged: bad table line ${lineNo}`);
      table = t.table; columns = t.columns.length; seen[table] = 0;
      hash.update(line).update('\n');
      yield { kind: 'table', table: t.table, columns: t.columns };
    } else {
      throw new AppError('bad_request', `the backup is damaged: unexpected line ${lineNo}`);
    }
  }
  if (!header) throw notABackup('it is empty');
  if (!ended) throw new AppError('bad_request', 'the backup is truncated: its end line is missing (nothing was restored)');
}

/**
 * Checks a whole backup before anything is written, keeping only counts: the header, every
 * line, the end line's row counts and hash. Truncated, edited or foreign files are refused.
 */
export async function checkBackup(lines: AsyncIterable<string>): Promise<CheckedBackup> {
  let header: BackupHeader | null = null;
  let rows: Record<string, number> = {};
  for await (const l of backupLines(lines)) {
    if (l.kind === 'header') header = l.header;
    else if (l.kind === 'end') rows = l.trailer.rows;
  }
  return { header: header!, rows };
}

/** Rows in the application tables of a database (to refuse restoring over data). */
export async function countRows(db: Db): Promise<number> {
  let total = 0;
  for (const table of await tablesInOrder(db)) {
    total += Number(rowsOf(await db.execute(sql.raw(`select count(*)::int as n from ${ident(table)}`)))[0]?.['n'] ?? 0);
  }
  return total;
}

/**
 * Restores a backup from its lines, read once (session 38: the file was parsed and hashed twice, a check pass and then
 * the restore), in one transaction and batches of rows; the target must be empty unless `force` (then it is emptied
 * first). The header is read and checked (format, version) before anything is written; every later line is checked as
 * it is restored (rows per table, the end line's counts and hash), and any fault (truncated, damaged, edited) rolls
 * everything back. `checked`, when a check pass was made anyway, only gives progress its totals (`of`); without it a
 * table's total is told once all its rows are in (`of` null before that).
 *
 * The tables' own triggers are held off while the rows go in (`disable trigger user`, in the same transaction: a
 * failed restore leaves them on, and the target as it was). They derive state from the rows (search entries marked
 * for reindexing, one per timeline event; kept verdicts' epochs moved on), and that state is in the backup itself, from
 * the same snapshot: restored as it was, not derived again row by row (session 36: 659 s for 100k incidents and 1M
 * events, most of it those triggers). Foreign keys are still checked. `onProgress` hears each table's rows as they land.
 */
export async function restoreBackup(
  db: Db, checked: CheckedBackup | null, lines: AsyncIterable<string>,
  opts: { force: boolean; onProgress?: (table: string, rows: number, of: number | null) => void },
): Promise<Record<string, number>> {
  const reader = backupLines(lines)[Symbol.asyncIterator]();
  try {
    const first = await reader.next();
    if (first.done === true || first.value.kind !== 'header') throw notABackup('it is empty');
    const { header } = first.value;
    const state = await migrationState(db);
    if (state.count !== header.migrations || state.last !== header.lastMigration) {
      throw new AppError('bad_request', `this backup is from another version of Debrief (${header.migrations} migrations, app ${header.app}); this database has ${state.count}. Restore it with the same version, then upgrade.`);
    }
    if (!opts.force && (await countRows(db)) > 0) {
      throw new AppError('conflict', 'the target database is not empty; restore into an empty data directory or database, or pass --force to replace everything in it');
    }
    return await restoreRows(db, { [Symbol.asyncIterator]: () => reader }, checked?.rows ?? null, opts);
  } finally {
    await reader.return?.(undefined);
  }
}

/** The rows after the header, in one transaction with the tables' triggers held off. */
async function restoreRows(
  db: Db, lines: AsyncIterable<Line>, expected: Record<string, number> | null,
  opts: { force: boolean; onProgress?: (table: string, rows: number, of: number | null) => void },
): Promise<Record<string, number>> {
  return db.transaction(async (tx) => {
    const order = await tablesInOrder(tx);
    if (opts.force) await tx.execute(sql.raw(`truncate ${order.map(ident).join(', ')} cascade`));
    for (const table of order) await tx.execute(sql.raw(`alter table ${ident(table)} disable trigger user`));
    const known = new Set(order);
    const restored: Record<string, number> = {};
    let current: { table: string; columns: string[] } | null = null;
    let chunk: unknown[][] = [];
    const flush = async (): Promise<void> => {
      if (!current || chunk.length === 0) return;
      const { table, columns } = current;
      const list = columns.map(ident).join(', ');
      const records = chunk.map((r) => Object.fromEntries(columns.map((c, j) => [c, r[j]])));
      // The target is empty and its triggers are off, so no row can conflict; the clause stays as a guard.
      await tx.execute(sql`insert into ${sql.raw(ident(table))} (${sql.raw(list)}) select ${sql.raw(list)} from json_populate_recordset(null::${sql.raw(ident(table))}, ${JSON.stringify(records)}::json) on conflict do nothing`);
      restored[table] = (restored[table] ?? 0) + chunk.length;
      opts.onProgress?.(table, restored[table], expected === null ? null : (expected[table] ?? 0));
      chunk = [];
    };
    const finish = async (): Promise<void> => {
      await flush();
      if (expected === null && current) opts.onProgress?.(current.table, restored[current.table] ?? 0, restored[current.table] ?? 0);
    };
    for await (const l of lines) {
      if (l.kind === 'table') {
        await finish();
        if (!known.has(l.table)) throw new AppError('bad_request', `the backup has a table ${l.table} this version does not know`);
        current = { table: l.table, columns: l.columns };
        restored[l.table] = 0;
      } else if (l.kind === 'row') {
        chunk.push(l.values);
        if (chunk.length >= BATCH) await flush();
      }
    }
    await finish();
    for (const table of order) await tx.execute(sql.raw(`alter table ${ident(table)} enable trigger user`));
    // Sequences (bigserial ids) continue after the restored rows.
    const seqs = rowsOf(await tx.execute(sql`
      select c.table_name as t, c.column_name as col, pg_get_serial_sequence(quote_ident(c.table_name), c.column_name) as seq
      from information_schema.columns c where c.table_schema = 'public' and c.column_default like 'nextval(%'`));
    for (const s of seqs) {
      const seq = typeof s['seq'] === 'string' ? s['seq'] : null;
      if (!seq) continue;
      await tx.execute(sql.raw(`select setval('${seq.replace(/'/g, "''")}', coalesce((select max(${ident(String(s['col'] as string))}) from ${ident(String(s['t'] as string))}), 0) + 1, false)`));
    }
    return restored;
  });
}
