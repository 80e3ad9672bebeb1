/**
 * Scheduled backups: every `backup.every` the server writes a gzipped backup into
 * `backup.dir` and keeps the newest `backup.keep` files. A failed run is logged and tried
 * again at the next tick; it never stops the server.
 */
import { mkdirSync, readdirSync, unlinkSync } from 'node:fs';
import { join } from 'node:path';
import type { Logger } from 'pino';
import type { ServiceContext } from '../services/context.ts';
import { APP_VERSION } from '../services/backup.service.ts';
import { writeBackup } from '../store/backup.ts';
import { writeBackupFile } from '../store/backup-file.ts';
import { databaseKind } from '../store/database.ts';

const UNIT_MS = { m: 60_000, h: 3_600_000, d: 86_400_000 } as const;

/** Milliseconds of a duration such as "6h". */
export function durationMs(text: string): number {
  const unit = text.slice(-1) as keyof typeof UNIT_MS;
  return Number(text.slice(0, -1)) * UNIT_MS[unit];
}

/** The backup files of a folder to delete so that `keep` remain (oldest first by name, which sorts by time). */
export function filesToPrune(names: readonly string[], keep: number): string[] {
  const ours = names.filter((n) => /^debrief-\d{8}T\d{6}Z\.jsonl\.gz$/.test(n)).sort();
  return ours.slice(0, Math.max(0, ours.length - keep));
}

/** Writes one backup now; returns its path. */
export async function runScheduledBackup(ctx: ServiceContext): Promise<string> {
  const { dir, keep } = ctx.config.backup;
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  const now = ctx.now();
  const name = `debrief-${now.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '')}.jsonl.gz`;
  const path = join(dir, name);
  // Streamed into a .partial file renamed once complete: never the whole backup in memory, never a half file under the name.
  await writeBackupFile(path, (write) => writeBackup(ctx.db, databaseKind(ctx.db), APP_VERSION, now, (l) => write(`${l}\n`)));
  for (const old of filesToPrune(readdirSync(dir), keep)) unlinkSync(join(dir, old));
  return path;
}

/** Starts the schedule when configured; returns a stop function. */
export function startBackupSchedule(ctx: ServiceContext, logger: Logger): () => void {
  const every = ctx.config.backup.every;
  if (every === null) return () => {};
  let running = false;
  const timer = setInterval(() => {
    if (running) return;
    running = true;
    runScheduledBackup(ctx)
      .then((path) => logger.info({ path }, 'scheduled backup written'))
      .catch((e: unknown) => logger.error({ err: e }, 'scheduled backup failed; trying again at the next tick'))
      .finally(() => { running = false; });
  }, durationMs(every));
  timer.unref();
  return () => clearInterval(timer);
}
