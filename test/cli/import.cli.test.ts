/** `debrief import <folder>` and `debrief import history <file>`, spawned for real on a new data directory (a copy of the run's migrated one; the local CLI acts as admin). */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { migratedDataDir } from '../support/cli-data-dir.ts';

const bin = join(process.cwd(), 'bin/debrief.js');
const dir = mkdtempSync(join(tmpdir(), 'debrief-import-cli-'));
migratedDataDir(join(dir, 'data'));
const { DEBRIEF_URL: _url, DEBRIEF_TOKEN: _token, ...inherited } = process.env;
const env = { ...inherited, DEBRIEF_DATA_DIR: join(dir, 'data'), PORT: '0', LOG_LEVEL: 'warn' };
const run = (...args: string[]) => spawnSync(process.execPath, [bin, ...args], { cwd: dir, encoding: 'utf8', env, timeout: 90_000 });

const written = (title: string, day: string) => `# ${title}

## Summary

Orders could not be paid for 25 minutes while the payment provider's certificate chain was rejected.

## Timeline

- ${day} 10:02 UTC Payment errors start on checkout
- ${day} 10:27 UTC The old chain is pinned again and payments recover

## Action Items

- Add an alert on TLS handshake failures to the payment provider at 1 % over 5 minutes
`;

describe('debrief import: a folder of old post-mortems, and another tool\'s export', { timeout: 240_000 }, () => {
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('imports the written post-mortems of a folder, skips the template with a warning, and sums up', () => {
    const folder = join(dir, 'postmortems', 'nested');
    mkdirSync(folder, { recursive: true });
    writeFileSync(join(dir, 'postmortems', '2021-03-02-payments.md'), written('Payments refused after a chain change', '2021-03-02'));
    writeFileSync(join(folder, '2022-07-14-payments-again.md'), written('Payments refused again', '2022-07-14'));
    writeFileSync(join(dir, 'postmortems', 'TEMPLATE.md'), '# [Title]\n\n## Summary\n\nWhat happened, in two sentences for readers who were not there.\n\n## Timeline\n\n- HH:MM [event]\n');
    const r = run('import', join(dir, 'postmortems'));
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout.trim().split('\n')).toHaveLength(2);
    expect(r.stdout).toMatch(/2021-03-02-payments\.md → INC-2021-03-02-\d{3}/);
    expect(r.stderr).toContain('TEMPLATE.md: only a template, skipped (--force imports it)');
    expect(r.stderr).toContain('2 imported, 1 template skipped, 0 failed');
    const list = run('incident', 'list');
    expect(list.stdout).toContain('Payments refused after a chain change');
    expect(list.stdout).not.toContain('overdue');
  });

  it('pages post-mortem and action-item lists: a page, then the rest from the cursor it names', () => {
    for (const what of [['pm', 'list'], ['action', 'list']]) {
      const first = run(...what, '--limit', '1');
      expect(first.status, first.stderr).toBe(0);
      expect(first.stdout.trim().split('\n')).toHaveLength(1);
      const cursor = /more: --cursor (\S+)/.exec(first.stderr)?.[1];
      expect(cursor, first.stderr).toBeDefined();
      const rest = run(...what, '--limit', '1', '--cursor', cursor!);
      expect(rest.status, rest.stderr).toBe(0);
      expect(rest.stdout.trim().split('\n')).toHaveLength(1);
      expect(rest.stdout).not.toBe(first.stdout);
      expect(rest.stderr).not.toContain('more:');
    }
  });

  it('loads the good rows of a history export, names the bad one by line, and exits 1', () => {
    const file = join(dir, 'export.jsonl');
    writeFileSync(file, [
      JSON.stringify({ externalId: 'OPS-1', title: 'Queue backlog', severity: 'SEV-3', startedAt: '2023-05-01T08:00:00Z', resolvedAt: '2023-05-01T09:00:00Z' }),
      JSON.stringify({ externalId: 'OPS-2', severity: 'SEV-2' }),
    ].join('\n'));
    const r = run('import', 'history', file);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('1 imported, 0 already there, 1 rejected');
    expect(r.stderr).toContain(`${file}:2 (OPS-2)`);
  });
});
