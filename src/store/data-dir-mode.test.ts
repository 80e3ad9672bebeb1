import { lstatSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from './database.ts';
import { makePrivate } from './data-dir-mode.ts';

const dirs: string[] = [];
afterAll(() => { for (const d of dirs) rmSync(d, { recursive: true, force: true }); });

/** Every path under dir whose mode lets group or others in, with its mode. */
function open(dir: string): string[] {
  const out: string[] = [];
  const walk = (p: string): void => {
    const st = lstatSync(p);
    if (st.isSymbolicLink()) return;
    const mode = st.mode & 0o777;
    if (st.isDirectory() ? mode !== 0o700 : mode !== 0o600) out.push(`${p} ${mode.toString(8)}`);
    if (st.isDirectory()) for (const n of readdirSync(p)) walk(join(p, n));
  };
  walk(dir);
  return out;
}

describe('the data directory is private', () => {
  it('is 0700 with 0600 files after PGlite created its files under umask 022', async () => {
    const previous = process.umask(0o022);
    try {
      const dir = join(mkdtempSync(join(tmpdir(), 'debrief-mode-')), 'data');
      dirs.push(dir);
      const database = await openDatabase({ dataDir: dir, databaseUrl: null, command: 'test' });
      expect(open(dir)).toEqual([]);
      await database.close();
      expect(open(dir)).toEqual([]);
      expect(readdirSync(join(dir, 'pglite')).length).toBeGreaterThan(3);
    } finally {
      process.umask(previous);
    }
  }, 120_000);

  it('tightens files created later, as a second open does', () => {
    const dir = mkdtempSync(join(tmpdir(), 'debrief-mode-'));
    dirs.push(dir);
    writeFileSync(join(dir, 'wal-segment'), 'x', { mode: 0o644 });
    makePrivate(dir);
    expect(open(dir)).toEqual([]);
  });
});
