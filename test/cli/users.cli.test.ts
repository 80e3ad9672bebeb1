/** `debrief users roles|add|edit|password|accounts`, spawned for real on a new data directory (a copy of the run's migrated one; the local CLI acts as admin). */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { migratedDataDir } from '../support/cli-data-dir.ts';
import { ROLE_DESCRIPTIONS } from '../../src/domain/access/roles.ts';

const bin = join(process.cwd(), 'bin/debrief.js');
const dir = mkdtempSync(join(tmpdir(), 'debrief-users-cli-'));
migratedDataDir(join(dir, 'data'));
const { DEBRIEF_URL: _url, DEBRIEF_TOKEN: _token, ...inherited } = process.env;
const env = { ...inherited, DEBRIEF_DATA_DIR: join(dir, 'data'), PORT: '0', LOG_LEVEL: 'warn' };
const run = (input: string, ...args: string[]) => spawnSync(process.execPath, [bin, ...args], { cwd: dir, encoding: 'utf8', env, input, timeout: 60_000 });

describe('debrief users: accounts and roles from the CLI', { timeout: 240_000 }, () => {
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('prints what each role allows', () => {
    const r = run('', 'users', 'roles');
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toContain(`reviewer\t${ROLE_DESCRIPTIONS.reviewer}`);
  });

  it('says there are no users yet, and how to add one, instead of printing nothing', () => {
    for (const cmd of ['list', 'accounts']) {
      const r = run('', 'users', cmd);
      expect(r.status, r.stderr).toBe(0);
      expect(r.stdout).toBe('');
      expect(r.stderr).toContain('no users yet: add one with `debrief users add');
    }
  });

  it('adds accounts, edits and deactivates one, keeps the last admin, and resets a password', () => {
    expect(run('ada long password\n', 'users', 'add', 'ada', '--role', 'admin', '--name', 'Ada').status).toBe(0);
    expect(run('rita long password\n', 'users', 'add', 'rita', '--role', 'reviewer').status).toBe(0);
    const edited = run('', 'users', 'edit', 'rita', '--name', 'Rita Reviewer', '--deactivate', '--json');
    expect(edited.status, edited.stderr).toBe(0);
    expect(JSON.parse(edited.stdout)).toMatchObject({ username: 'rita', displayName: 'Rita Reviewer', role: 'reviewer', active: false });
    const last = run('', 'users', 'edit', 'ada', '--role', 'editor');
    expect(last.status).not.toBe(0);
    expect(last.stderr).toContain('ada is the last active admin');
    const pw = run('a new password for rita\n', 'users', 'password', 'rita');
    expect(pw.status, pw.stderr).toBe(0);
    expect(pw.stdout).toContain('password set for rita');
    const list = run('', 'users', 'accounts');
    expect(list.stdout).toMatch(/rita\tRita Reviewer\treviewer\tdeactivated/);
  });
});
