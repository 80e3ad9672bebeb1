/**
 * `debrief notify channels|channel` on a fresh data directory (the local CLI acts as admin), run in this
 * process (test/support/run-cli.ts): what is tested is what the commands answer, not the process.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli, seedDataDir } from '../support/run-cli.ts';

const dir = mkdtempSync(join(tmpdir(), 'debrief-notify-cli-'));
const { DEBRIEF_URL: _url, DEBRIEF_TOKEN: _token, DATABASE_URL: _db, ...inherited } = process.env;
const env = { ...inherited, DEBRIEF_DATA_DIR: join(dir, 'data'), PORT: '0', LOG_LEVEL: 'warn' };
const run = (input: string, ...args: string[]) => runCli(args, { cwd: dir, env, input });
const SECRET = 'cli-saved-webhook-secret-0123456';

describe('debrief notify channel: channels saved from the CLI', { timeout: 240_000 }, () => {
  // A migrated, empty database, as the first command leaves a fresh directory (the migrations are not what is tested here).
  beforeAll(() => seedDataDir(join(dir, 'data')));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('saves a webhook with its secret from standard input, turns it off keeping the secret, lists it without secrets, forgets it', async () => {
    const saved = await run(`${SECRET}\n`, 'notify', 'channel', 'webhook:ops', '--set', 'url=https://ops.example.com/hook', '--secret', 'secret');
    expect(saved.status, saved.stderr).toBe(0);
    expect(saved.stdout).toMatch(/^webhook:ops\tsaved\ton\thost=ops\.example\.com .*url:set secret:set/);
    const off = await run('', 'notify', 'channel', 'webhook:ops', '--off', '--json');
    expect(off.status, off.stderr).toBe(0);
    expect(JSON.parse(off.stdout)).toMatchObject({ id: 'webhook:ops', enabled: false, secrets: { url: 'set', secret: 'set' } });
    const list = await run('', 'notify', 'channels');
    expect(list.status, list.stderr).toBe(0);
    expect(list.stdout).toMatch(/^webhook:ops\tsaved\toff\t/m);
    expect(list.stdout).toMatch(/^slack\tconfig\ton\t/m);
    expect(list.stdout + saved.stdout + off.stdout).not.toContain(SECRET);
    expect(list.stdout).not.toContain('ops.example.com/hook');
    const forget = await run('', 'notify', 'channel', 'webhook:ops', '--forget');
    expect(forget.status, forget.stderr).toBe(0);
    expect((await run('', 'notify', 'channels')).stdout).not.toContain('webhook:ops');
  });

  it('names a bad setting and refuses an empty secret', async () => {
    const bad = await run('', 'notify', 'channel', 'email', '--set', 'host=smtp.example.com', '--set', 'port=99999');
    expect(bad.status).not.toBe(0);
    expect(bad.stderr).toContain('settings.port');
    const empty = await run('\n', 'notify', 'channel', 'slack', '--secret', 'botToken');
    expect(empty.status).not.toBe(0);
    expect(empty.stderr).toContain('standard input was empty');
  });
});
