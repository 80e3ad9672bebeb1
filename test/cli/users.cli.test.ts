/**
 * `debrief users roles|add|edit|password|accounts` on a fresh data directory (the local CLI acts as admin), run in
 * this process (test/support/run-cli.ts): what is tested is what the commands answer, not the process.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROLE_DESCRIPTIONS } from '../../src/domain/access/roles.ts';
import { runCli, seedDataDir } from '../support/run-cli.ts';

const dir = mkdtempSync(join(tmpdir(), 'debrief-users-cli-'));
const { DEBRIEF_URL: _url, DEBRIEF_TOKEN: _token, ...inherited } = process.env;
const env = { ...inherited, DEBRIEF_DATA_DIR: join(dir, 'data'), PORT: '0', LOG_LEVEL: 'warn' };
const run = (input: string, ...args: string[]) => runCli(args, { cwd: dir, env, input });

describe('debrief users: accounts and roles from the CLI', { timeout: 240_000 }, () => {
  // A migrated, empty database, as the first command leaves a fresh directory (the migrations are not what is tested here).
  beforeAll(() => seedDataDir(join(dir, 'data')));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('prints what each role allows', async () => {
    const r = await run('', 'users', 'roles');
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toContain(`reviewer\t${ROLE_DESCRIPTIONS.reviewer}`);
  });

  it('says there are no users yet, and how to add one, instead of printing nothing', async () => {
    for (const cmd of ['list', 'accounts']) {
      const r = await run('', 'users', cmd);
      expect(r.status, r.stderr).toBe(0);
      expect(r.stdout).toBe('');
      expect(r.stderr).toContain('no users yet: add one with `debrief users add');
    }
  });

  it('adds accounts, edits and deactivates one, keeps the last admin, and resets a password', async () => {
    expect((await run('ada long password\n', 'users', 'add', 'ada', '--role', 'admin', '--name', 'Ada')).status).toBe(0);
    expect((await run('rita long password\n', 'users', 'add', 'rita', '--role', 'reviewer')).status).toBe(0);
    const edited = await run('', 'users', 'edit', 'rita', '--name', 'Rita Reviewer', '--deactivate', '--json');
    expect(edited.status, edited.stderr).toBe(0);
    expect(JSON.parse(edited.stdout)).toMatchObject({ username: 'rita', displayName: 'Rita Reviewer', role: 'reviewer', active: false });
    const last = await run('', 'users', 'edit', 'ada', '--role', 'editor');
    expect(last.status).not.toBe(0);
    expect(last.stderr).toContain('ada is the last active admin');
    const pw = await run('a new password for rita\n', 'users', 'password', 'rita');
    expect(pw.status, pw.stderr).toBe(0);
    expect(pw.stdout).toContain('password set for rita');
    const list = await run('', 'users', 'accounts');
    expect(list.stdout).toMatch(/rita\tRita Reviewer\treviewer\tdeactivated/);
  });
});
