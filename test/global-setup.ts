/**
 * Creates one migrated PGlite database for the whole run and hands its dump to the
 * test workers, which clone it (about 0.5 s) instead of running initdb (4–6 s); the CLI tests copy its
 * closed data directory (`test/support/cli-data-dir.ts`).
 */
import { mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { openDatabase } from '../src/store/database.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    pgliteDumpPath: string;
    /** A migrated data directory (closed), for the CLI tests to copy instead of running initdb and the migrations. */
    migratedDataDir: string;
  }
}

export default async function setup(project: TestProject): Promise<() => void> {
  const dir = mkdtempSync(join(tmpdir(), 'debrief-test-'));
  const database = await openDatabase({ dataDir: join(dir, 'seed'), databaseUrl: null, command: 'test setup' });
  const client = (database.db as unknown as { $client: { dumpDataDir(c: 'none'): Promise<Blob> } }).$client;
  const dump = await client.dumpDataDir('none');
  await database.close();
  const path = join(dir, 'migrated.tar');
  writeFileSync(path, Buffer.from(await dump.arrayBuffer()));
  project.provide('pgliteDumpPath', path);
  project.provide('migratedDataDir', join(dir, 'seed'));
  if (!process.env['TEST_DATABASE_URL']) {
    console.warn('[debrief tests] TEST_DATABASE_URL is not set: API tests run on PGlite only; the PostgreSQL runs are skipped.');
  }
  return () => rmSync(dir, { recursive: true, force: true });
}
