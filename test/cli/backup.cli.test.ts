import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, seedDataDir } from '../support/run-cli.ts';

/** `debrief …` on a data directory, run in this process (test/support/run-cli.ts): the files and answers are what is tested. */
const run = (cwd: string, dataDir: string, ...args: string[]) => {
  const env: NodeJS.ProcessEnv = { ...process.env, DEBRIEF_DATA_DIR: dataDir };
  delete env['DEBRIEF_URL'];
  delete env['DEBRIEF_TOKEN'];
  delete env['DATABASE_URL'];
  return runCli(args, { cwd, env });
};

describe('debrief backup and restore on data directories', () => {
  const dir = mkdtempSync(join(tmpdir(), 'debrief-backup-'));

  it('backs up one data directory and restores it into an empty one; refuses a truncated file and a non-empty target', async () => {
    // The source: a migrated database as the first command leaves it (the restore targets b and c stay fresh directories).
    await seedDataDir(join(dir, 'a'));
    const declared = await run(dir, 'a', 'incident', 'declare', '-t', 'Queue stuck', '-s', 'SEV-2', '--service', 'jobs');
    expect(declared.status, declared.stderr).toBe(0);
    const backup = await run(dir, 'a', 'backup', 'snap.jsonl.gz');
    expect(backup.status, backup.stderr).toBe(0);
    expect(backup.stderr).toContain('1 incidents');

    const bytes = readFileSync(join(dir, 'snap.jsonl.gz'));
    writeFileSync(join(dir, 'cut.jsonl.gz'), bytes.subarray(0, Math.floor(bytes.length / 2)));
    const cut = await run(dir, 'c', 'restore', 'cut.jsonl.gz');
    expect(cut.status).toBe(1);
    expect(cut.stderr).toMatch(/truncated|damaged/);

    const restored = await run(dir, 'b', 'restore', 'snap.jsonl.gz');
    expect(restored.status, restored.stderr).toBe(0);
    const list = await run(dir, 'b', 'incident', 'list', '--json');
    expect((JSON.parse(list.stdout) as { items: { title: string }[] }).items.map((i) => i.title)).toEqual(['Queue stuck']);

    const again = await run(dir, 'b', 'restore', 'snap.jsonl.gz');
    expect(again.status).toBe(1);
    expect(again.stderr).toContain('not empty');
  }, 240_000);
});
