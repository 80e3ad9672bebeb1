/**
 * CLI start-up benchmark: `debrief --help`, `debrief lint` of one document and
 * `debrief incident list --json` against a running server, each the median of several
 * spawns, beside `node -e 0` in the same run; the compiled CLI (dist/cli, built by
 * `npm ci`) and, for comparison, the TypeScript sources through tsx.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { loadConfig } from '../src/config/config.ts';
import { startServer } from '../src/server/start.ts';

const ROOT = resolve(import.meta.dirname, '..');
const BIN = join(ROOT, 'bin', 'debrief.js');
const RUNS = 7;

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

/** Runs a command to its end (asynchronously: the server in this process keeps answering); its exit code and standard error. */
function run(args: string[], env: Record<string, string>): Promise<{ code: number | null; stderr: string }> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, args, { cwd: ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => { stderr += d.toString(); });
    child.on('error', fail);
    child.on('close', (code) => done({ code, stderr }));
  });
}

/** Wall time (ms) of one run of the command; throws when it fails. */
async function once(args: string[], env: Record<string, string> = {}): Promise<number> {
  const t0 = process.hrtime.bigint();
  const r = await run(args, env);
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  if (r.code !== 0 && r.code !== 1) throw new Error(`${args.join(' ')} failed (${r.code}): ${r.stderr.slice(0, 300)}`);
  return ms;
}

/**
 * Medians of RUNS runs of the command and of `node -e 0`, taken in turn (one of each per round), so
 * load on a shared machine moves the figure and its baseline alike.
 */
async function timedBeside(args: string[], env: Record<string, string> = {}): Promise<{ ms: number; base: number }> {
  const times: number[] = [];
  const bases: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    bases.push(await once(['-e', '0']));
    times.push(await once(args, env));
  }
  return { ms: median(times), base: median(bases) };
}

/** Runs the CLI benchmark and prints each figure beside `node -e 0`. */
export async function runCliBench(): Promise<void> {
  const built = spawnSync(process.execPath, [join(ROOT, 'bin', 'build-cli.js')], { cwd: ROOT, encoding: 'utf8' });
  if (built.status !== 0) throw new Error(`the CLI build failed: ${built.stderr}`);
  const dir = mkdtempSync(join(tmpdir(), 'debrief-bench-cli-'));
  const dataDir = join(dir, 'data');
  const server = await startServer(loadConfig({ env: { PORT: '0', DEBRIEF_DATA_DIR: dataDir, LOG_LEVEL: 'error', LOG_FORMAT: 'json' }, cwd: dir }));
  try {
    const doc = join(ROOT, 'test', 'fixtures', 'postmortems', readdirSync(join(ROOT, 'test', 'fixtures', 'postmortems')).filter((f) => f.endsWith('.md')).sort()[0]!);
    const rows: [string, string[], Record<string, string>, number][] = [
      ['debrief --help', [BIN, '--help'], {}, 6],
      ['debrief incident list --json (running server)', [BIN, 'incident', 'list', '--json'], { DEBRIEF_DATA_DIR: dataDir }, 10],
      ['debrief lint <one document>', [BIN, 'lint', doc], {}, 8],
    ];
    for (const [name, args, env, target] of rows) {
      const compiled = await timedBeside(args, { ...env, DEBRIEF_CLI_COMPILED: '1' });
      const source = await timedBeside(args, { ...env, DEBRIEF_CLI_SOURCE: '1' });
      console.log(`${name}: compiled ${compiled.ms.toFixed(0)} ms | node -e 0 ${compiled.base.toFixed(0)} ms (in turn with it) | ratio ${(compiled.ms / compiled.base).toFixed(1)} (target ≤ ${target}) | from sources (tsx) ${source.ms.toFixed(0)} ms, ratio ${(source.ms / source.base).toFixed(1)}`);
    }
    // `debrief lint` starts itself again with V8's regular expressions kept in the interpreter (bin/debrief.js);
    // the same lint in one process with V8's default, for comparison.
    const single = await timedBeside([BIN, 'lint', doc], { DEBRIEF_CLI_COMPILED: '1', DEBRIEF_REGEXP_TIER_UP: '1' });
    console.log(`debrief lint <one document>, one process, V8's default tier-up (DEBRIEF_REGEXP_TIER_UP=1): ${single.ms.toFixed(0)} ms | node -e 0 ${single.base.toFixed(0)} ms | ratio ${(single.ms / single.base).toFixed(1)} (for comparison)`);
    console.log(`cli: machine load while measuring: ${loadavg().map((l) => l.toFixed(2)).join(', ')} (medians of ${RUNS} runs each)`);
  } finally {
    await server.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}
