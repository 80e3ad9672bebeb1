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
 * before anything is written. Rows are read in one repeatable-read transaction and restored
 * in one transaction, in foreign-key order.
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

/** Writes a consistent backup as lines (each without its newline) through `emit`. */
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
      for (let offset = 0; ; offset += BATCH) {
        // One JSON array per row, built by the database (types keep their text form: timestamps, jsonb, numbers).
        const rows = rowsOf(await tx.execute(sql.raw(
          `select json_build_array(${list})::text as r from (select ${list} from ${ident(table)} order by ${list.split(', ')[0]} , ctid limit ${BATCH} offset ${offset}) t`,
        )));
        for (const r of rows) await out(String(r['r']));
        n += rows.length;
        if (rows.length < BATCH) break;
      }
      counts[table] = n;
    }
    const trailer = { end: true, rows: counts, sha256: hash.digest('hex') };
    await emit(JSON.stringify(trailer));
    return { header, rows: counts };
  });
}

type Parsed = { header: BackupHeader; tables: { table: string; columns: string[]; rows: unknown[][] }[]; rows: Record<string, number> };

const notABackup = (why: string): AppError => new AppError('bad_request', `this is not a Debrief backup: ${why}`);

/**
 * Reads and checks a whole backup before anything is written: the header, every line,
 * the trailer's row counts and hash. Truncated, edited or foreign files are refused.
 */
export async function readBackup(lines: AsyncIterable<string>): Promise<Parsed> {
  const hash = createHash('sha256');
  let header: BackupHeader | null = null;
  const tables: Parsed['tables'] = [];
  let trailer: { end: true; rows: Record<string, number>; sha256: string } | null = null;
  let lineNo = 0;
  for await (const line of lines) {
    lineNo++;
    if (line === '') continue;
    if (trailer) throw new AppError('bad_request', `the backup has data after its end (line ${lineNo})`);
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      if (header === null) throw notABackup('its first line is not JSON');
      throw new AppError('bad_request', `the backup is damaged: line ${lineNo} is not JSON (truncated or edited)`);
    }
    if (header === null) {
      const h = value as Partial<BackupHeader>;
      if (h.format !== BACKUP_FORMAT) throw notABackup('its first line does not name the debrief-backup format');
      if (h.formatVersion !== BACKUP_FORMAT_VERSION) throw new AppError('bad_request', `this backup is in format version ${String(h.formatVersion)}; this Debrief reads version ${BACKUP_FORMAT_VERSION}`);
      header = h as BackupHeader;
      hash.update(line).update('\n');
      continue;
    }
    if (Array.isArray(value)) {
      const current = tables[tables.length - 1];
      if (!current) throw new AppError('bad_request', `the backup is damaged: a row before any table (line ${lineNo})`);
      if (value.length !== current.columns.length) throw new AppError('bad_request', `the backup is damaged: line ${lineNo} has ${value.length} values for ${current.columns.length} columns of ${current.table}`);
      current.rows.push(value as unknown[]);
    } else if (typeof value === 'object' && value !== null && 'end' in value) {
      trailer = value as { end: true; rows: Record<string, number>; sha256: string };
      continue;
    } else if (typeof value === 'object' && value !== null && 'table' in value) {
      const t = value as { table: unknown; columns: unknown };
      if (typeof t.table !== 'string' || !Array.isArray(t.columns) || !t.columns.every((c) => typeof c === 'string')) throw new AppError('bad_request', `the backup is damaged: bad table line ${lineNo}`);
      tables.push({ table: t.table, columns: t.columns, rows: [] });
    } else {
      throw new AppError('bad_request', `the backup is damaged: unexpected line ${lineNo}`);
    }
    hash.update(line).update('\n');
  }
  if (header === null) throw notABackup('it is empty');
  if (trailer === null) throw new AppError('bad_request', 'the backup is truncated: its end line is missing (nothing was restored)');
  if (trailer.sha256 !== hash.digest('hex')) throw new AppError('bad_request', 'the backup is damaged: its checksum does not match its content (nothing was restored)');
  for (const t of tables) {
    if (trailer.rows[t.table] !== t.rows.length) throw new AppError('bad_request', `the backup is damaged: ${t.table} has ${t.rows.length} rows, its end line says ${String(trailer.rows[t.table])}`);
  }
  return { header, tables, rows: trailer.rows };
}

/** Rows in the application tables of a database (to refuse restoring over data). */
export async function countRows(db: Db): Promise<number> {
  let total = 0;
  for (const table of await tablesInOrder(db)) {
    total += Number(rowsOf(await db.execute(sql.raw(`select count(*)::int as n from ${ident(table)}`)))[0]?.['n'] ?? 0);
  }
  return total;
}

/** Restores a checked backup in one transaction; the target must be empty unless `force` (then it is emptied first). */
export async function restoreBackup(db: Db, parsed: Parsed, opts: { force: boolean }): Promise<Record<string, number>> {
  const state = await migrationState(db);
  if (state.count !== parsed.header.migrations || state.last !== parsed.header.lastMigration) {
    throw new AppError('bad_request', `this backup is from another version of Debrief (${parsed.header.migrations} migrations, app ${parsed.header.app}); this database has ${state.count}. Restore it with the same version, then upgrade.`);
  }
  if (!opts.force && (await countRows(db)) > 0) {
    throw new AppError('conflict', 'the target database is not empty; restore into an empty data directory or database, or pass --force to replace everything in it');
  }
  return db.transaction(async (tx) => {
    const order = await tablesInOrder(tx);
    if (opts.force) await tx.execute(sql.raw(`truncate ${order.map(ident).join(', ')} cascade`));
    const known = new Set(order);
    const byName = new Map(parsed.tables.map((t) => [t.table, t]));
    const restored: Record<string, number> = {};
    for (const table of order) {
      const t = byName.get(table);
      if (!t) continue;
      // The target is empty, so a conflict can only be a row a trigger derived from one restored
      // before it (a search entry marked for reindexing): that one is kept.
      if (!known.has(t.table)) throw new AppError('bad_request', `the backup has a table ${t.table} this version does not know`);
      const list = t.columns.map(ident).join(', ');
      for (let i = 0; i < t.rows.length; i += BATCH) {
        const chunk = t.rows.slice(i, i + BATCH).map((r) => Object.fromEntries(t.columns.map((c, j) => [c, r[j]])));
        await tx.execute(sql`insert into ${sql.raw(ident(table))} (${sql.raw(list)}) select ${sql.raw(list)} from json_populate_recordset(null::${sql.raw(ident(table))}, ${JSON.stringify(chunk)}::json) on conflict do nothing`);
      }
      restored[table] = t.rows.length;
    }
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
