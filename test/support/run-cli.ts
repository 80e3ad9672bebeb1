/**
 * Runs the `debrief` command inside the test process, as `bin/debrief.js` runs it in its own: the same
 * program and commands (src/cli/program.ts), with the arguments, environment, working directory and
 * standard input given, and what it writes to stdout and stderr and its exit code captured.
 *
 * For tests of what the CLI answers and prints. A spawn costs a Node.js start and the CLI's modules
 * loaded again (about 1.5 s of CPU, 4 s on a loaded CI machine); here the modules load once per file.
 * Tests of the process itself (signals, start-up, the compiled entry, a server holding the directory)
 * still spawn `bin/debrief.js`.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Readable, Writable } from 'node:stream';
import { inject } from 'vitest';

/** What a run printed and how it ended, shaped like spawnSync's answer so a test reads the same either way. */
export type CliRun = { status: number; stdout: string; stderr: string };

export type CliRunOptions = {
  /** The working directory the command runs in (debrief.config.yaml and relative paths are read from it). */
  cwd: string;
  /** The whole environment of the run, as a spawn's `env` (process.env is replaced during the run, then restored). */
  env: NodeJS.ProcessEnv;
  /** Standard input (empty when absent). */
  input?: string;
};

/** A stream that keeps what is written to it, for stdout and stderr. */
class Capture extends Writable {
  text = '';
  override _write(chunk: Buffer | string, _enc: BufferEncoding, done: () => void): void {
    this.text += chunk.toString();
    done();
  }
}

let running: Promise<unknown> = Promise.resolve();

/** Runs `debrief <args>` in this process; runs one at a time (it borrows process-wide state: env, cwd, streams). */
export function runCli(args: readonly string[], options: CliRunOptions): Promise<CliRun> {
  const run = running.then(() => runOnce(args, options));
  running = run.catch(() => undefined);
  return run;
}

async function runOnce(args: readonly string[], { cwd, env, input = '' }: CliRunOptions): Promise<CliRun> {
  const [{ registerCommands }, { createProgram, runProgram }] = await Promise.all([
    import('../../src/cli/commands/index.ts'),
    import('../../src/cli/program.ts'),
  ]);
  const stdout = new Capture();
  const stderr = new Capture();
  const stdin = Readable.from(input === '' ? [] : [Buffer.from(input)]);
  const saved = {
    env: process.env, argv: process.argv, cwd: process.cwd(), exitCode: process.exitCode,
    stdout: Object.getOwnPropertyDescriptor(process, 'stdout')!,
    stderr: Object.getOwnPropertyDescriptor(process, 'stderr')!,
    stdin: Object.getOwnPropertyDescriptor(process, 'stdin')!,
  };
  process.env = { ...env };
  process.argv = [process.execPath, join(saved.cwd, 'bin/debrief.js'), ...args];
  process.exitCode = undefined;
  process.chdir(cwd);
  Object.defineProperty(process, 'stdout', { configurable: true, enumerable: saved.stdout.enumerable ?? true, get: () => stdout });
  Object.defineProperty(process, 'stderr', { configurable: true, enumerable: saved.stderr.enumerable ?? true, get: () => stderr });
  Object.defineProperty(process, 'stdin', { configurable: true, enumerable: saved.stdin.enumerable ?? true, get: () => stdin });
  try {
    const program = createProgram();
    registerCommands(program);
    await runProgram(program, process.argv);
    const code = process.exitCode;
    return { status: typeof code === 'number' ? code : Number(code ?? 0), stdout: stdout.text, stderr: stderr.text };
  } finally {
    Object.defineProperty(process, 'stdout', saved.stdout);
    Object.defineProperty(process, 'stderr', saved.stderr);
    Object.defineProperty(process, 'stdin', saved.stdin);
    process.chdir(saved.cwd);
    process.env = saved.env;
    process.argv = saved.argv;
    process.exitCode = saved.exitCode;
  }
}

/**
 * Writes a migrated embedded database into `dataDir` from the run's migrated dump (test/global-setup.ts),
 * as `debrief` leaves a data directory after its first command: the next command finds it current and
 * skips the migrator, instead of every test file running initdb and all migrations (4–6 s) itself.
 */
export async function seedDataDir(dataDir: string): Promise<void> {
  const { PGlite } = await import('@electric-sql/pglite');
  const { pg_trgm } = await import('@electric-sql/pglite/contrib/pg_trgm');
  const dump = new Blob([readFileSync(inject('pgliteDumpPath'))]);
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const client = await PGlite.create(join(dataDir, 'pglite'), { loadDataDir: dump, extensions: { pg_trgm } });
  await client.close();
}
