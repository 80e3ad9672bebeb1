/** `debrief notify channels|channel`, spawned for real on a new data directory (a copy of the run's migrated one; the local CLI acts as admin). */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { migratedDataDir } from '../support/cli-data-dir.ts';

const bin = join(process.cwd(), 'bin/debrief.js');
const dir = mkdtempSync(join(tmpdir(), 'debrief-notify-cli-'));
migratedDataDir(join(dir, 'data'));
const { DEBRIEF_URL: _url, DEBRIEF_TOKEN: _token, DATABASE_URL: _db, ...inherited } = process.env;
const env = { ...inherited, DEBRIEF_DATA_DIR: join(dir, 'data'), PORT: '0', LOG_LEVEL: 'warn' };
const run = (input: string, ...args: string[]) => spawnSync(process.execPath, [bin, ...args], { cwd: dir, encoding: 'utf8', env, input, timeout: 60_000 });
const SECRET = 'cli-saved-webhook-secret-0123456';

describe('debrief notify channel: channels saved from the CLI', { timeout: 240_000 }, () => {
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('saves a webhook with its secret from standard input, turns it off keeping the secret, lists it without secrets, forgets it', () => {
    const saved = run(`${SECRET}\n`, 'notify', 'channel', 'webhook:ops', '--set', 'url=https://ops.example.com/hook', '--secret', 'secret');
    expect(saved.status, saved.stderr).toBe(0);
    expect(saved.stdout).toMatch(/^webhook:ops\tsaved\ton\thost=ops\.example\.com .*url:set secret:set/);
    const off = run('', 'notify', 'channel', 'webhook:ops', '--off', '--json');
    expect(off.status, off.stderr).toBe(0);
    expect(JSON.parse(off.stdout)).toMatchObject({ id: 'webhook:ops', enabled: false, secrets: { url: 'set', secret: 'set' } });
    const list = run('', 'notify', 'channels');
    expect(list.status, list.stderr).toBe(0);
    expect(list.stdout).toMatch(/^webhook:ops\tsaved\toff\t/m);
    expect(list.stdout).toMatch(/^slack\tconfig\ton\t/m);
    expect(list.stdout + saved.stdout + off.stdout).not.toContain(SECRET);
    expect(list.stdout).not.toContain('ops.example.com/hook');
    const forget = run('', 'notify', 'channel', 'webhook:ops', '--forget');
    expect(forget.status, forget.stderr).toBe(0);
    expect(run('', 'notify', 'channels').stdout).not.toContain('webhook:ops');
  });

  it('names a bad setting and refuses an empty secret', () => {
    const bad = run('', 'notify', 'channel', 'email', '--set', 'host=smtp.example.com', '--set', 'port=99999');
    expect(bad.status).not.toBe(0);
    expect(bad.stderr).toContain('settings.port');
    const empty = run('\n', 'notify', 'channel', 'slack', '--secret', 'botToken');
    expect(empty.status).not.toBe(0);
    expect(empty.stderr).toContain('standard input was empty');
  });
});
