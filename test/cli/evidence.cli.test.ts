/**
 * `debrief evidence` on a fresh data directory, run in this process (test/support/run-cli.ts): a log file added with a
 * caption and a covers range, a command's output captured with its command line and exit
 * code, `verify` passing, then a byte changed by hand in the store and `verify` failing.
 */
import { chmodSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, seedDataDir } from '../support/run-cli.ts';

const run = (cwd: string, ...args: string[]) => {
  const env: NodeJS.ProcessEnv = { ...process.env, DEBRIEF_DATA_DIR: join(cwd, 'data') };
  delete env['DEBRIEF_URL'];
  delete env['DEBRIEF_TOKEN'];
  delete env['DATABASE_URL'];
  return runCli(args, { cwd, env });
};

type Item = { id: string; sha256: string; size: number; caption: string; tool: string | null; exitCode: number | null; covers: { from: string | null; to: string | null }; name: string | null };

describe('debrief evidence on a data directory', () => {
  it('adds a file and captured output, verifies them, and catches a byte changed on disk', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'debrief-evidence-cli-'));
    // A migrated, empty database, as the first command leaves a fresh directory (the migrations are not what is tested here).
    await seedDataDir(join(dir, 'data'));
    const declared = await run(dir, 'incident', 'declare', '-t', 'Queue stuck', '-s', 'SEV-2', '--started-at', '2026-03-10T13:50:00Z', '--json');
    expect(declared.status, declared.stderr).toBe(0);
    const incident = (JSON.parse(declared.stdout) as { id: string }).id;
    const log = '2026-03-10T14:03:11Z ERROR consumer lag 91234\n'.repeat(20);
    writeFileSync(join(dir, 'worker.log'), log);

    const added = await run(dir, 'evidence', 'add', incident, 'worker.log', '--caption', 'Worker log during the stall', '--covers', '14:00..14:30', '--source', 'worker', '--json');
    expect(added.status, added.stderr).toBe(0);
    const file = JSON.parse(added.stdout) as Item;
    expect(file).toMatchObject({ name: 'worker.log', size: log.length, covers: { from: '2026-03-10T14:00:00.000Z', to: '2026-03-10T14:30:00.000Z' } });

    const captured = await run(dir, 'evidence', 'capture', incident, '--json', '--', process.execPath, '-e', 'console.log("lag 91234"); console.error("warn: slow"); process.exit(3)');
    expect(captured.status, captured.stderr).toBe(0);
    const out = JSON.parse(captured.stdout) as Item;
    expect(out.exitCode).toBe(3);
    expect(out.tool).toContain('console.log');
    expect(out.caption).toMatch(/^Output of .* \(exit 3\)$/);

    const ok = await run(dir, 'evidence', 'verify');
    expect(ok.status, ok.stderr).toBe(0);
    expect(ok.stdout).toContain('2 checked, 2 ok, 0 failed');

    const blob = join(dir, 'data', 'evidence', 'sha256', file.sha256.slice(0, 2), file.sha256.slice(2));
    expect(readFileSync(blob, 'utf8')).toBe(log);
    chmodSync(blob, 0o600);
    writeFileSync(blob, log.replace('ERROR', 'error'));
    const bad = await run(dir, 'evidence', 'verify', incident);
    expect(bad.status).toBe(1);
    expect(bad.stdout).toContain(`FAILED ${incident} ${file.id}`);
    expect(bad.stderr).toContain('1 evidence item failed verification');
  }, 240_000);
});
