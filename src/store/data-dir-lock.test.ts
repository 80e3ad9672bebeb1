import { mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { acquireDataDirLock, readLock, LOCK_FILE } from './data-dir-lock.ts';

describe('data directory lock', () => {
  const dirs: string[] = [];
  const dir = () => { const d = mkdtempSync(join(tmpdir(), 'debrief-lock-')); dirs.push(d); return d; };
  afterEach(() => { for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true }); });

  it('refuses a second holder and names the first', () => {
    const d = dir();
    const lock = acquireDataDirLock(d, 'debrief serve');
    lock.update({ url: 'http://localhost:3000' });
    expect(() => acquireDataDirLock(d, 'debrief migrate')).toThrow(/in use by process \d+ .*debrief serve.*serving http:\/\/localhost:3000/);
    lock.release();
    const again = acquireDataDirLock(d, 'debrief migrate');
    again.release();
  });

  it('takes over a lock left by a dead process', () => {
    const d = dir();
    writeFileSync(join(d, LOCK_FILE), JSON.stringify({ pid: 2 ** 22 + 12345, host: hostname(), command: 'debrief serve', startedAt: 'earlier' }));
    const lock = acquireDataDirLock(d, 'debrief serve');
    expect(readLock(d)?.pid).toBe(process.pid);
    lock.release();
    expect(readLock(d)).toBeNull();
  });
});
