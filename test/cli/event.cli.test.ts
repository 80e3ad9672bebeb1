/** `debrief event exclude|include|delete` spawned for real on a new data directory (a copy of the run's migrated one). */
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { migratedDataDir } from '../support/cli-data-dir.ts';

const BIN = join(process.cwd(), 'bin/debrief.js');
const run = (cwd: string, ...args: string[]) => {
  const env: NodeJS.ProcessEnv = { ...process.env, DEBRIEF_DATA_DIR: join(cwd, 'data') };
  delete env['DEBRIEF_URL'];
  delete env['DEBRIEF_TOKEN'];
  delete env['DATABASE_URL'];
  return spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8', env, timeout: 120_000 });
};

describe('debrief event on a data directory', () => {
  it('excludes, includes and deletes a timeline event', () => {
    const dir = mkdtempSync(join(tmpdir(), 'debrief-event-cli-'));
    migratedDataDir(join(dir, 'data'));
    const declared = run(dir, 'incident', 'declare', '-t', 'Queue stuck', '-s', 'SEV-2', '--json');
    expect(declared.status, declared.stderr).toBe(0);
    const incident = (JSON.parse(declared.stdout) as { id: string }).id;
    // A 2024 git log on an incident declared now: its commits are outside the incident's window.
    const log = join(process.cwd(), 'test/fixtures/payloads/git-log-fuller.txt');
    const text = run(dir, 'ingest', log, '--source', 'git', '--incident', incident);
    expect(text.status, text.stderr).toBe(0);
    expect(text.stdout).toMatch(/event\(s\) outside the incident window .* kept/);
    const imported = run(dir, 'ingest', log, '--source', 'git', '--incident', incident, '--json');
    expect(imported.status, imported.stderr).toBe(0);
    const answer = JSON.parse(imported.stdout) as { inserted: number; outliers: { id: string | null }[] };
    expect(answer.inserted).toBe(0);
    const eventId = /^\s+\S+\s+([0-9a-f-]{36})\s/m.exec(text.stdout)?.[1];
    if (eventId === undefined) throw new Error(`no outlier id in: ${text.stdout}`);

    const excluded = run(dir, 'event', 'exclude', incident, eventId, '--json');
    expect(excluded.status, excluded.stderr).toBe(0);
    expect(JSON.parse(excluded.stdout)).toMatchObject({ id: eventId, excluded: true, version: 2 });
    const stale = run(dir, 'event', 'include', incident, eventId, '--if-version', '1');
    expect(stale.status).not.toBe(0);
    expect(stale.stderr).toMatch(/version/);
    const included = run(dir, 'event', 'include', incident, eventId);
    expect(included.status, included.stderr).toBe(0);
    expect(included.stdout).toContain(`event ${eventId} included (version 3)`);
    const deleted = run(dir, 'event', 'delete', incident, eventId, '--if-version', '3');
    expect(deleted.status, deleted.stderr).toBe(0);
    expect(deleted.stdout).toContain(`event ${eventId} deleted`);
    expect(run(dir, 'event', 'delete', incident, eventId).status).not.toBe(0);
  }, 240_000);
});
