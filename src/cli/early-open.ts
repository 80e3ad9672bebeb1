/**
 * `debrief serve` starts opening its database before the rest of the CLI and the server's modules load: PGlite's
 * open (about a second, mostly compiling PostgreSQL's WebAssembly) then overlaps them instead of following them.
 * Only when that cannot change what a start does:
 * - the configuration is read first, as `serve` reads it (its flags, the environment, the config file); when it is
 *   not valid nothing is opened, and `serve` reports the error itself, as before;
 * - only an embedded database that already exists is opened early (a fresh data directory is created, as before,
 *   by the server once the command line was accepted whole).
 * The server takes the opening database if it was opened for the same directory (`takeEarlyDatabase`); a command
 * that ends otherwise closes it (`closeEarlyDatabase`).
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Database } from '../store/database.ts';

type Early = { dataDir: string; opening: Promise<Database>; startedAt: number };
let early: Early | null = null;

/** The value of `--name <v>` or `--name=v` (or `-s <v>`) in a command line, the last one given. */
function optionValue(args: readonly string[], names: readonly string[]): string | undefined {
  let value: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === '--') break;
    for (const name of names) {
      if (a === name && i + 1 < args.length) value = args[i + 1];
      else if (a.startsWith(`${name}=`)) value = a.slice(name.length + 1);
    }
  }
  return value;
}

/** The serve command's environment, as `serve` builds it from its flags (see serve.command.ts). */
export function serveEnv(args: readonly string[], env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const out = { ...env };
  const port = optionValue(args, ['--port', '-p']);
  const host = optionValue(args, ['--host']);
  const dataDir = optionValue(args, ['--data-dir']);
  if (port !== undefined) out['PORT'] = port;
  if (host !== undefined) out['HOST'] = host;
  if (dataDir !== undefined) out['DEBRIEF_DATA_DIR'] = dataDir;
  return out;
}

/**
 * Starts opening the database when `args` (after node and the script) are `serve …`, the configuration is valid
 * and names an embedded database that exists; otherwise does nothing (and never throws).
 */
export async function openDatabaseEarly(args: readonly string[], env: NodeJS.ProcessEnv = process.env): Promise<void> {
  if (args[0] !== 'serve' || args.includes('--help') || args.includes('-h')) return;
  try {
    const { loadConfig } = await import('../config/config.ts');
    const config = loadConfig({ env: serveEnv(args, env), file: optionValue(args, ['--config', '-c']) });
    if (config.databaseUrl !== null || !existsSync(join(config.dataDir, 'pglite', 'PG_VERSION'))) return;
    const [{ openDatabase }, { privateUmask }, { holdEventLoop }] = await Promise.all([
      import('../store/database.ts'), import('../store/data-dir-mode.ts'), import('../server/startup.ts'),
    ]);
    // As the server would: its files private, and the event loop held while PGlite compiles (see holdEventLoop).
    privateUmask();
    const release = holdEventLoop();
    const startedAt = Math.round(performance.now());
    const opening = openDatabase({ dataDir: config.dataDir, databaseUrl: null, command: 'debrief serve', migrate: false });
    opening.then(release, release);
    // Its failure (the directory locked by another server…) is reported when the server takes it.
    opening.catch(() => undefined);
    early = { dataDir: config.dataDir, opening, startedAt };
  } catch {
    // Not valid: `serve` reads the configuration again and reports it, opening nothing.
  }
}

/** The database opened early for this directory, and when its open started (ms since the process started); else null. */
export function takeEarlyDatabase(dataDir: string): { opening: Promise<Database>; startedAt: number } | null {
  if (early === null || early.dataDir !== dataDir) return null;
  const taken = early;
  early = null;
  return { opening: taken.opening, startedAt: taken.startedAt };
}

/** Closes a database opened early that no server took (the command failed or was another one). */
export async function closeEarlyDatabase(): Promise<void> {
  if (early === null) return;
  const { opening } = early;
  early = null;
  await opening.then((d) => d.close(), () => undefined);
}
