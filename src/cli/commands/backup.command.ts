/**
 * `debrief backup FILE`, `debrief restore FILE`, `debrief copy --to URL`: a consistent
 * snapshot while the server runs (through it when it holds the data directory), restore
 * into an empty data directory or database, and the move between PGlite and PostgreSQL.
 */
import { existsSync, writeFileSync } from 'node:fs';
import { gunzipSync, gzipSync } from 'node:zlib';
import { readFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { loadConfig } from '../../config/config.ts';
import { isAppError } from '../../domain/errors.ts';
import type { Database } from '../../store/database.ts';
import { ensureOk, withApi } from '../api-client.ts';
import { CliError } from '../cli-error.ts';
import { addClientOptions, type GlobalClientOptions } from './client-options.ts';

async function* linesOf(text: string): AsyncIterable<string> {
  let start = 0;
  while (start < text.length) {
    const end = text.indexOf('\n', start);
    if (end === -1) { yield text.slice(start); return; }
    yield text.slice(start, end);
    start = end + 1;
  }
}

/** The text of a backup file (gzipped or not); a file that is neither is refused. */
async function backupText(file: string): Promise<string> {
  if (!existsSync(file)) throw new CliError(`${file} does not exist`);
  const bytes = await readFile(file);
  if (bytes[0] === 0x1f && bytes[1] === 0x8b) {
    try {
      return gunzipSync(bytes).toString('utf8');
    } catch {
      throw new CliError(`${file} is damaged: its compressed data ends early or is corrupt (truncated?); nothing was restored`);
    }
  }
  return bytes.toString('utf8');
}

function describe(rows: Record<string, number>): string {
  const keys = ['incidents', 'timeline_events', 'postmortems', 'revisions', 'action_items', 'users', 'api_tokens'];
  return keys.filter((k) => k in rows).map((k) => `${rows[k]} ${k.replace(/_/g, ' ')}`).join(', ');
}

// The database driver and backup code load only when a command that needs them runs.
const store = () => import('../../store/backup.ts');
const databases = () => import('../../store/database.ts');

async function restoreInto(database: Database, text: string, force: boolean): Promise<Record<string, number>> {
  const { readBackup, restoreBackup } = await store();
  const parsed = await readBackup(linesOf(text));
  try {
    return await restoreBackup(database.db, parsed, { force });
  } catch (e) {
    if (isAppError(e)) throw new CliError(e.message);
    throw e;
  }
}

/** Registers backup, restore and copy. */
export function registerBackupCommands(program: Command): void {
  addClientOptions(program.command('backup'))
    .description('Write a consistent backup of everything (gzipped JSON lines) while the server runs')
    .argument('<file>', 'backup file to write (e.g. debrief-2026-12-02.jsonl.gz)')
    .option('--force', 'overwrite the file if it exists')
    .action(async (file: string, o: GlobalClientOptions & { force?: boolean }) => withApi(o, async (api) => {
      if (existsSync(file) && !o.force) throw new CliError(`${file} exists; use --force to overwrite it`);
      const res = ensureOk(await api.request('GET', '/api/v1/admin/backup'));
      writeFileSync(file, file.endsWith('.gz') || !file.endsWith('.jsonl') ? gzipSync(res.text) : res.text, { mode: 0o600 });
      const end = JSON.parse(res.text.trimEnd().split('\n').pop() ?? '{}') as { rows?: Record<string, number> };
      process.stderr.write(`backup written to ${file}: ${describe(end.rows ?? {})}\n`);
    }));

  program.command('restore')
    .description('Restore a backup into an empty data directory (DEBRIEF_DATA_DIR) or database (DATABASE_URL / --to)')
    .argument('<file>', 'a file written by debrief backup')
    .option('--to <url>', 'restore into this PostgreSQL database instead of the configured one')
    .option('--force', 'replace everything in a target that is not empty')
    .option('-c, --config <file>', 'config file (default: ./debrief.config.yaml)')
    .action(async (file: string, o: { to?: string; force?: boolean; config?: string }) => {
      const text = await backupText(file);
      const { readBackup } = await store();
      const { openDatabase, redactUrl } = await databases();
      // Checked whole before anything is opened for writing.
      try { await readBackup(linesOf(text)); } catch (e) { if (isAppError(e)) throw new CliError(e.message); throw e; }
      const config = loadConfig({ file: o.config });
      const url = o.to ?? config.databaseUrl;
      const database = await openDatabase({ dataDir: config.dataDir, databaseUrl: url, command: 'debrief restore' });
      try {
        const rows = await restoreInto(database, text, o.force ?? false);
        process.stderr.write(`restored into ${url ? redactUrl(url) : config.dataDir}: ${describe(rows)}\n`);
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
      const source = await openDatabase({ dataDir: config.dataDir, databaseUrl: config.databaseUrl, command: 'debrief copy' });
      const lines: string[] = [];
      try {
        await writeBackup(source.db, source.kind, APP_VERSION, new Date(), (l) => { lines.push(l); });
      } finally {
        await source.close();
      }
      const target = await openDatabase({ dataDir: '', databaseUrl: o.to, command: 'debrief copy' });
      try {
        const rows = await restoreInto(target, `${lines.join('\n')}\n`, o.force ?? false);
        process.stderr.write(`copied to ${redactUrl(o.to)}: ${describe(rows)}\nPoint Debrief at it with DATABASE_URL=${redactUrl(o.to)}\n`);
      } finally {
        await target.close();
      }
    });
}

