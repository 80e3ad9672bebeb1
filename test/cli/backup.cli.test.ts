import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const BIN = join(process.cwd(), 'bin/debrief.js');
const run = (cwd: string, dataDir: string, ...args: string[]) => {
  const env: NodeJS.ProcessEnv = { ...process.env, DEBRIEF_DATA_DIR: dataDir };
  delete env['DEBRIEF_URL'];
  delete env['DEBRIEF_TOKEN'];
  delete env['DATABASE_URL'];
  return spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8', env, timeout: 120_000 });
};

describe('debrief backup and restore on data directories', () => {
  const dir = mkdtempSync(join(tmpdir(), 'debrief-backup-'));

  it('backs up one data directory and restores it into an empty one; refuses a truncated file and a non-empty target', () => {
    const declared = run(dir, 'a', 'incident', 'declare', '-t', 'Queue stuck', '-s', 'SEV-2', '--service', 'jobs');
    expect(declared.status, declared.stderr).toBe(0);
    const backup = run(dir, 'a', 'backup', 'snap.jsonl.gz');
    expect(backup.status, backup.stderr).toBe(0);
    expect(backup.stderr).toContain('1 incidents');

    const bytes = readFileSync(join(dir, 'snap.jsonl.gz'));
    writeFileSync(join(dir, 'cut.jsonl.gz'), bytes.subarray(0, Math.floor(bytes.length / 2)));
    const cut = run(dir, 'c', 'restore', 'cut.jsonl.gz');
    expect(cut.status).toBe(1);
    expect(cut.stderr).toMatch(/truncated|damaged/);

    const restored = run(dir, 'b', 'restore', 'snap.jsonl.gz');
    expect(restored.status, restored.stderr).toBe(0);
    const list = run(dir, 'b', 'incident', 'list', '--json');
    expect((JSON.parse(list.stdout) as { items: { title: string }[] }).items.map((i) => i.title)).toEqual(['Queue stuck']);

    const again = run(dir, 'b', 'restore', 'snap.jsonl.gz');
    expect(again.status).toBe(1);
    expect(again.stderr).toContain('not empty');
  }, 240_000);
});
