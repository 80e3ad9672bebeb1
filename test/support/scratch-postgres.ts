/**
 * An empty PostgreSQL database for one test file, created from TEST_DATABASE_URL and dropped
 * (with its sessions) when the file is done.
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';

export type ScratchPostgres = { name: string; url: string; drop(): Promise<void> };

/** Runs one statement on the admin database (the one TEST_DATABASE_URL names). */
async function onAdmin(adminUrl: string, statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try { await client.query(statement); } finally { await client.end(); }
}

/** Creates a database named `<prefix>_<random>` beside the admin one and returns its URL. */
export async function createScratchPostgres(adminUrl: string, prefix = 'debrief_t'): Promise<ScratchPostgres> {
  const name = `${prefix}_${randomBytes(6).toString('hex')}`;
  await onAdmin(adminUrl, `create database ${name}`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return { name, url: url.toString(), drop: () => onAdmin(adminUrl, `drop database if exists ${name} with (force)`) };
}
