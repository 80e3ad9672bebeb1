/**
 * The CLI as a newcomer uses it: a fresh data directory, a token, incidents, a post-mortem
 * kept in git with `sync` (and a conflict when both sides change), and a second server on a
 * held directory refused with the holder named. The commands whose answers are tested run in
 * this process (test/support/run-cli.ts); `debrief` is spawned for real where the process is
 * what is tested: the compiled entry's exit codes, `serve`, and the CLI beside a running server.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { IncidentListPageSchema } from '../../src/domain/incident/incident-list.view.ts';
import { runCli } from '../support/run-cli.ts';

const bin = join(process.cwd(), 'bin/debrief.js');
const dir = mkdtempSync(join(tmpdir(), 'debrief-cli-'));
const { DEBRIEF_URL: _url, DEBRIEF_TOKEN: _token, ...inherited } = process.env;
const env = { ...inherited, DEBRIEF_DATA_DIR: join(dir, 'data'), PORT: '0', LOG_LEVEL: 'warn' };
/** `debrief …` spawned for real. */
const spawnRun = (...args: string[]) => spawnSync(process.execPath, [bin, ...args], { cwd: dir, encoding: 'utf8', env, timeout: 60_000 });
/** `debrief …` in this process. */
const run = (...args: string[]) => runCli(args, { cwd: dir, env });
let adminToken = '';

describe('debrief CLI on a fresh data directory', { timeout: 240_000 }, () => {
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('prints usage errors with exit 2 and help with exit 0', () => {
    expect(spawnRun('incident', 'declare').status).toBe(2);
    const help = spawnRun('incident', '--help');
    expect(help.status).toBe(0);
    expect(help.stdout).toContain('declare');
  });

  it('creates a token, declares, lists and shows incidents', async () => {
    const token = await run('token', 'create', '--role', 'admin', '--name', 'me');
    expect(token.status, token.stderr).toBe(0);
    expect(token.stdout.trim()).toMatch(/^dbf_/);
    adminToken = token.stdout.trim();
    const declared = await run('incident', 'declare', '--title', 'Checkout errors', '--severity', 'sev 2', '--service', 'checkout');
    expect(declared.status, declared.stderr).toBe(0);
    const id = declared.stdout.trim();
    expect(id).toMatch(/^INC-\d{4}-\d{2}-\d{2}-001$/);
    const list = IncidentListPageSchema.parse(JSON.parse((await run('incident', 'list', '--json')).stdout));
    expect(list.items[0]).toMatchObject({ id, severity: 'SEV-2', verdict: { level: 'required', required: true } });
    const text = await run('incident', 'list');
    expect(text.stdout.split('\n')[0]).toMatch(new RegExp(`^${id}\\s+SEV-2\\s+declared\\s+required\\s+Checkout errors$`));
    const bad = await run('incident', 'declare', '--title', 'x', '--severity', 'SEV-9');
    expect(bad.status).toBe(1);
    expect(bad.stderr).toContain('severity');
  });

  it('syncs a folder of post-mortems and reports a conflict instead of overwriting', async () => {
    const id = (await run('incident', 'declare', '--title', 'Queue backlog', '--severity', 'SEV-1')).stdout.trim();
    expect((await run('postmortem', 'start', id)).status).toBe(0);
    const folder = join(dir, 'docs', 'postmortems');
    const first = await run('sync', folder);
    expect(first.status, first.stderr).toBe(0);
    const file = join(folder, `${id}.md`);
    const text = readFileSync(file, 'utf8');
    expect(text).toContain(`id: ${id}`);
    // Change the file here and the summary on the server: both sides moved.
    writeFileSync(file, text.replace(/^# Queue backlog$/m, '# Queue backlog on the billing workers'));
    writeFileSync(join(dir, 'summary.md'), 'Billing workers fell behind for 40 minutes.\n');
    expect((await run('postmortem', 'edit', id, '--section', 'summary', '--file', join(dir, 'summary.md'))).status).toBe(0);
    const second = await run('sync', folder);
    expect(second.status).toBe(1);
    expect(second.stderr).toContain('CONFLICT');
    expect(readFileSync(file, 'utf8')).toContain('on the billing workers');
  });

  it('refuses a second server on the same data directory and names the holder', async () => {
    const server = spawn(process.execPath, [bin, 'serve'], { cwd: dir, env });
    try {
      await new Promise<void>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error('server did not start')), 60_000);
        server.stderr.on('data', (d: Buffer) => { if (d.toString().includes('Debrief is running')) { clearTimeout(timer); resolve(); } });
        server.on('exit', () => reject(new Error('server exited')));
      });
      const second = spawnRun('serve');
      expect(second.status).toBe(1);
      expect(second.stderr).toMatch(/in use by process \d+ .*debrief serve/);
      // Meanwhile the CLI talks to the running server.
      const list = spawnRun('incident', 'list', '--json');
      expect(list.status, list.stderr).toBe(0);
      // A token in DEBRIEF_TOKEN acts as its own person, not as the local CLI.
      const mine = spawnSync(process.execPath, [bin, 'incident', 'declare', '-t', 'Declared by me', '-s', 'SEV-3', '--json'], { cwd: dir, encoding: 'utf8', env: { ...env, DEBRIEF_TOKEN: adminToken }, timeout: 60_000 });
      expect(mine.status, mine.stderr).toBe(0);
      expect((JSON.parse(mine.stdout) as { createdBy: string }).createdBy).toBe('token:me');
    } finally {
      server.kill('SIGTERM');
      await new Promise((r) => server.once('exit', r));
    }
  });
});
