/**
 * Keeps the data directory private: the directory and every folder in it 0700, every file
 * 0600. PGlite creates its files under the process umask (0644 / 0755 under the usual 022),
 * so the directory is tightened when it is opened and again after the database starts, and
 * the server runs with umask 077 so files created later (WAL segments, new relations) are
 * private too. Webhook bodies and password hashes live in these files.
 */
import { chmodSync, lstatSync, mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/** Creates the directory (0700) when missing and makes it and everything under it private. */
export function makePrivate(dir: string): void {
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  tighten(dir);
}

function tighten(path: string): void {
  const st = lstatSync(path);
  if (st.isSymbolicLink()) return;
  if (st.isDirectory()) {
    if ((st.mode & 0o777) !== 0o700) chmodSync(path, 0o700);
    for (const name of readdirSync(path)) tighten(join(path, name));
  } else if ((st.mode & 0o077) !== 0) {
    chmodSync(path, 0o600);
  }
}

let umaskIsPrivate = false;

/** Files and folders the process creates from now on are private (umask 077). */
export function privateUmask(): void {
  process.umask(0o077);
  umaskIsPrivate = true;
}

/** Whether `privateUmask` was called: files created since are private without a walk of the directory. */
export function createsPrivateFiles(): boolean {
  return umaskIsPrivate;
}
