/**
 * PGlite takes no lock on its data directory (electric-sql/pglite#1106), so Debrief
 * holds its own: a lock file created exclusively, taken over only when the process
 * that holds it is dead. Server, CLI and migrations all go through it.
 */
import { mkdirSync, openSync, writeSync, closeSync, readFileSync, unlinkSync, renameSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { AppError } from '../domain/errors.ts';

export const LOCK_FILE = 'debrief.lock';

export type LockInfo = {
  pid: number;
  host: string;
  command: string;
  startedAt: string;
  /** URL of the HTTP server holding the directory, when it is a server. */
  url?: string;
  /** Secret that lets a local CLI talk to that server (file is mode 0600). */
  localToken?: string;
};

export type DataDirLock = { info: LockInfo; update(patch: Partial<LockInfo>): void; release(): void };

/** Reads the lock file of a data directory, or null when there is none or it is unreadable. */
export function readLock(dataDir: string): LockInfo | null {
  try {
    return JSON.parse(readFileSync(join(dataDir, LOCK_FILE), 'utf8')) as LockInfo;
  } catch {
    return null;
  }
}

/** True when the process named in the lock is alive on this host. */
export function isLockAlive(info: LockInfo): boolean {
  if (info.host !== hostname()) return true; // cannot check another host: assume alive
  try {
    process.kill(info.pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Describes the holder of a lock for error messages. */
export function describeHolder(info: LockInfo): string {
  const where = info.url ? `, serving ${info.url}` : '';
  return `process ${info.pid} on ${info.host} (${info.command}, since ${info.startedAt}${where})`;
}

function writeLock(path: string, info: LockInfo): void {
  const fd = openSync(path, 'wx', 0o600);
  try {
    writeSync(fd, JSON.stringify(info));
  } finally {
    closeSync(fd);
  }
}

/** Takes the data directory's lock or throws `data_dir_locked` naming the holder. */
export function acquireDataDirLock(dataDir: string, command: string): DataDirLock {
  mkdirSync(dataDir, { recursive: true });
  const path = join(dataDir, LOCK_FILE);
  const info: LockInfo = { pid: process.pid, host: hostname(), command, startedAt: new Date().toISOString() };
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      writeLock(path, info);
      let released = false;
      return {
        info,
        update(patch) {
          Object.assign(info, patch);
          const tmp = `${path}.${process.pid}.tmp`;
          try { unlinkSync(tmp); } catch { /* none */ }
          writeLock(tmp, info);
          // rename keeps the lock file present at every instant
          renameSync(tmp, path);
        },
        release() {
          if (released) return;
          released = true;
          const current = readLock(dataDir);
          if (current?.pid === info.pid && current.host === info.host) {
            try { unlinkSync(path); } catch { /* already gone */ }
          }
        },
      };
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      const holder = readLock(dataDir);
      if (holder && isLockAlive(holder)) {
        throw new AppError('data_dir_locked', `the data directory ${dataDir} is in use by ${describeHolder(holder)}; stop it first, or run this command against that server`, { holder: { pid: holder.pid, host: holder.host, command: holder.command, url: holder.url } });
      }
      // Stale lock from a dead process (or half-written): take it over.
      try { unlinkSync(path); } catch { /* someone else took it over */ }
    }
  }
  throw new AppError('data_dir_locked', `could not take the lock on ${dataDir}: another process keeps taking it`);
}
