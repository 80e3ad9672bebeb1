/**
 * `debrief backup FILE`, `debrief restore FILE`, `debrief copy --to URL`: a consistent
 * snapshot while the server runs (through it when it holds the data directory), restore
 * into an empty data directory or database, and the move between PGlite and PostgreSQL.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Command } from 'commander';
import { loadConfig } from '../../config/config.ts';
import { isAppError } from '../../domain/errors.ts';
import type { Database } from '../../store/database.ts';
import { ensureOk, streamToResponse, withApi } from '../api-client.ts';
import { CliError } from '../cli-error.ts';
import { addClientOptions, type GlobalClientOptions } from './client-options.ts';
import { backupFileLines, writeBackupFile } from '../../store/backup-file.ts';

/** Runs `fn`, turning the backup code's AppErrors (damaged, truncated, another version, not empty) into CLI errors. */
async function asCli<T>(fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (e) {
    if (isAppError(e)) throw new CliError(e.message);
    throw e;
  }
}

function describe(rows: Record<string, number>): string {
  const keys = ['incidents', 'timeline_events', 'postmortems', 'revisions', 'action_items', 'users', 'api_tokens'];
  return keys.filter((k) => k in rows).map((k) => `${rows[k]} ${k.replace(/_/g, ' ')}`).join(', ');
}

// The database driver and backup code load only when a command that needs them runs.
const store = () => import('../../store/backup.ts');
const databases = () => import('../../store/database.ts');

/**
 * Restores a backup file read once, never held: checked as it is restored, any fault rolls it all back. On PGlite the
 * restored tables are then vacuumed (it runs no autovacuum; the server is stopped, so nobody waits for it).
 */
async function restoreFile(database: Database, file: string, force: boolean): Promise<{ rows: Record<string, number>; restoreMs: number; vacuum: { tables: number; ms: number } }> {
  const { restoreBackup } = await store();
  const t0 = performance.now();
  // Progress on stderr: each table's rows as they land, at most one line every 50,000 rows and one when it is done.
  const printed = new Map<string, number>();
  // The file is read once, so a table's total is known when its last row is in: that line says "all N rows".
  const onProgress = (table: string, rows: number, of: number | null): void => {
    if (of === null && rows - (printed.get(table) ?? 0) < 50_000) return;
    if (rows === 0 || (of !== null && printed.get(table) === rows)) return;
    printed.set(table, rows);
    const done = of === null ? `${rows.toLocaleString('en')} rows so far` : `all ${rows.toLocaleString('en')} rows`;
    process.stderr.write(`restore: ${table} ${done} (${seconds(performance.now() - t0)})\n`);
  };
  const rows = await asCli(async () => restoreBackup(database.db, null, backupFileLines(file), { force, onProgress }));
  const t1 = performance.now();
  let tables = 0;
  if (database.kind === 'pglite') {
    const { tablesToVacuum, vacuumTable } = await import('../../store/repositories/vacuum.repository.ts');
    for (const t of await tablesToVacuum(database.db)) { await vacuumTable(database.db, t.table); tables += 1; }
  }
  return { rows, restoreMs: t1 - t0, vacuum: { tables, ms: performance.now() - t1 } };
}

const seconds = (ms: number): string => `${(ms / 1000).toFixed(1)} s`;

/** Registers backup, restore and copy. */
export function registerBackupCommands(program: Command): void {
  addClientOptions(program.command('backup'))
    .description('Write a consistent backup of everything (gzipped JSON lines) while the server runs')
    .argument('<file>', 'backup file to write (e.g. debrief-2026-12-02.jsonl.gz)')
    .option('--force', 'overwrite the file if it exists')
    .action(async (file: string, o: GlobalClientOptions & { force?: boolean }) => withApi(o, async (api) => {
      if (existsSync(file) && !o.force) throw new CliError(`${file} exists; use --force to overwrite it`);
      const res = await api.stream('/api/v1/admin/backup');
      if (res.status !== 200) ensureOk(await streamToResponse(res));
      // Streamed to a .partial file (gzipped unless the name ends in .jsonl), renamed once whole.
      await writeBackupFile(file, async (write) => {
        try {
          for await (const chunk of res.body as AsyncIterable<Buffer>) await write(chunk);
        } catch (e) {
          throw new CliError(`the backup stopped before its end (${(e as Error).message}); ${file} was not written`);
        }
      });
      // Read back and checked (checksum, row counts) before it is called written.
      const { checkBackup } = await store();
      const checked = await asCli(() => checkBackup(backupFileLines(file)));
      process.stderr.write(`backup written to ${file}: ${describe(checked.rows)}\n`);
    }));

  program.command('restore')
    .description('Restore a backup into an empty data directory (DEBRIEF_DATA_DIR) or database (DATABASE_URL / --to)')
    .argument('<file>', 'a file written by debrief backup')
    .option('--to <url>', 'restore into this PostgreSQL database instead of the configured one')
    .option('--force', 'replace everything in a target that is not empty')
    .option('-c, --config <file>', 'config file (default: ./debrief.config.yaml)')
    .action(async (file: string, o: { to?: string; force?: boolean; config?: string }) => {
      if (!existsSync(file)) throw new CliError(`${file} does not exist`);
      const { checkBackup } = await store();
      const { openDatabase, redactUrl } = await databases();
      // Checked whole before anything is opened for writing.
      await asCli(() => checkBackup(backupFileLines(file)));
      const config = loadConfig({ file: o.config });
      const url = o.to ?? config.databaseUrl;
      const database = await openDatabase({ dataDir: config.dataDir, databaseUrl: url, command: 'debrief restore' });
      try {
        const { rows, restoreMs, vacuum } = await restoreFile(database, file, o.force ?? false);
        // An operator restoring a large database sees where the time went (the vacuum holds the database for minutes at 100k).
        const vacuumed = database.kind === 'pglite' ? `; ${vacuum.tables} tables vacuumed in ${seconds(vacuum.ms)}` : '';
        process.stderr.write(`restored into ${url ? redactUrl(url) : config.dataDir}: ${describe(rows)} in ${seconds(restoreMs)}${vacuumed}\n`);
      } finally {
        await database.close();
      }
    });

  program.command('copy')
    .description('Copy everything from this Debrief (PGlite data directory or DATABASE_URL) into an empty PostgreSQL database')
    .requiredOption('--to <url>', 'postgres://… of the target')
    .option('--force', 'replace everything in a target that is not empty')
    .option('-c, --config <file>', 'config file (default: ./debrief.config.yaml)')
    .action(async (o: { to: string; force?: boolean; config?: string }) => {
      if (!/^postgres(ql)?:\/\//.test(o.to)) throw new CliError(`--to must be a postgres:// URL, got "${o.to}"`, 2);
      const config = loadConfig({ file: o.config });
      const { writeBackup } = await store();
      const { APP_VERSION } = await import('../../services/backup.service.ts');
      const { openDatabase, redactUrl } = await databases();
      // Through a temporary backup file: checked whole before the target is written, never held in memory.
      const dir = mkdtempSync(join(tmpdir(), 'debrief-copy-'));
      const file = join(dir, 'copy.jsonl.gz');
      try {
        const source = await openDatabase({ dataDir: config.dataDir, databaseUrl: config.databaseUrl, command: 'debrief copy' });
        try {
          await writeBackupFile(file, (write) => writeBackup(source.db, source.kind, APP_VERSION, new Date(), (l) => write(`${l}\n`)));
        } finally {
          await source.close();
        }
        const target = await openDatabase({ dataDir: '', databaseUrl: o.to, command: 'debrief copy' });
        try {
          const { rows } = await restoreFile(target, file, o.force ?? false);
          process.stderr.write(`copied to ${redactUrl(o.to)}: ${describe(rows)}\nPoint Debrief at it with DATABASE_URL=${redactUrl(o.to)}\n`);
        } finally {
          await target.close();
        }
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });
}

