/** `debrief event exclude|include|delete` on a fresh data directory, run in this process (test/support/run-cli.ts): what is tested is what the commands answer. */
import { mkdtempSync } from 'node:fs';
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

describe('debrief event on a data directory', () => {
  it('excludes, includes and deletes a timeline event', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'debrief-event-cli-'));
    // A migrated, empty database, as the first command leaves a fresh directory (the migrations are not what is tested here).
    await seedDataDir(join(dir, 'data'));
    const declared = await run(dir, 'incident', 'declare', '-t', 'Queue stuck', '-s', 'SEV-2', '--json');
    expect(declared.status, declared.stderr).toBe(0);
    const incident = (JSON.parse(declared.stdout) as { id: string }).id;
    // A 2024 git log on an incident declared now: its commits are outside the incident's window.
    const log = join(process.cwd(), 'test/fixtures/payloads/git-log-fuller.txt');
    const text = await run(dir, 'ingest', log, '--source', 'git', '--incident', incident);
    expect(text.status, text.stderr).toBe(0);
    expect(text.stdout).toMatch(/event\(s\) outside the incident window .* kept/);
    const imported = await run(dir, 'ingest', log, '--source', 'git', '--incident', incident, '--json');
    expect(imported.status, imported.stderr).toBe(0);
    const answer = JSON.parse(imported.stdout) as { inserted: number; outliers: { id: string | null }[] };
    expect(answer.inserted).toBe(0);
    const eventId = /^\s+\S+\s+([0-9a-f-]{36})\s/m.exec(text.stdout)?.[1];
    if (eventId === undefined) throw new Error(`no outlier id in: ${text.stdout}`);

    const excluded = await run(dir, 'event', 'exclude', incident, eventId, '--json');
    expect(excluded.status, excluded.stderr).toBe(0);
    expect(JSON.parse(excluded.stdout)).toMatchObject({ id: eventId, excluded: true, version: 2 });
    const stale = await run(dir, 'event', 'include', incident, eventId, '--if-version', '1');
    expect(stale.status).not.toBe(0);
    expect(stale.stderr).toMatch(/version/);
    const included = await run(dir, 'event', 'include', incident, eventId);
    expect(included.status, included.stderr).toBe(0);
    expect(included.stdout).toContain(`event ${eventId} included (version 3)`);
    const deleted = await run(dir, 'event', 'delete', incident, eventId, '--if-version', '3');
    expect(deleted.status, deleted.stderr).toBe(0);
    expect(deleted.stdout).toContain(`event ${eventId} deleted`);
    expect((await run(dir, 'event', 'delete', incident, eventId)).status).not.toBe(0);
  }, 240_000);
});
