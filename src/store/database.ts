/**
 * Opens the database: embedded PGlite in the data directory by default, or a
 * PostgreSQL server when a URL is given. Same schema, same migrations.
 */
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { AppError } from '../domain/errors.ts';
import { acquireDataDirLock, type DataDirLock } from './data-dir-lock.ts';
import { createsPrivateFiles, makePrivate } from './data-dir-mode.ts';
import { migrationsCurrent } from './migrations-check.ts';
import * as schema from './schema.ts';

export type Schema = typeof schema;
/** The database handle every repository takes: the common base of both drivers. */
export type Db = PgDatabase<PgQueryResultHKT, Schema>;

export type Database = {
  db: Db;
  kind: 'pglite' | 'postgres';
  lock: DataDirLock | null;
  /** Applies pending migrations (under an advisory lock on PostgreSQL). */
  migrate(): Promise<void>;
  close(): Promise<void>;
  /** Connection pool use (PostgreSQL only), for /metrics. */
  poolStats?: () => { total: number; idle: number; waiting: number };
};

export const MIGRATIONS_DIR = join(fileURLToPath(new URL('.', import.meta.url)), '..', '..', 'drizzle');

export type OpenOptions = {
  dataDir: string;
  databaseUrl: string | null;
  /** What holds the lock, for the message a second process gets. */
  command: string;
  migrate?: boolean;
  /** Load a PGlite data dump instead of a directory (tests clone a migrated dump). */
  loadDump?: Blob;
};

/** Opens PGlite or PostgreSQL and applies pending migrations. */
export async function openDatabase(options: OpenOptions): Promise<Database> {
  const database = options.databaseUrl
    ? await openPostgres(options.databaseUrl)
    : await openPglite(options);
  if (options.migrate !== false) {
    try {
      await database.migrate();
    } catch (e) {
      await database.close();
      throw e;
    }
  }
  return database;
}

async function openPglite(options: OpenOptions): Promise<Database> {
  const { PGlite } = await import('@electric-sql/pglite');
  const { pg_trgm } = await import('@electric-sql/pglite/contrib/pg_trgm');
  const { drizzle } = await import('drizzle-orm/pglite');
  if (!options.loadDump) makePrivate(options.dataDir);
  const lock = options.loadDump ? null : acquireDataDirLock(options.dataDir, options.command);
  try {
    const client = options.loadDump
      ? await PGlite.create({ loadDataDir: options.loadDump, extensions: { pg_trgm } })
      : await PGlite.create(join(options.dataDir, 'pglite'), { extensions: { pg_trgm } });
    // PGlite wrote its files under the process umask: make them private (0700 / 0600), unless that umask is already 077 (the server).
    if (!options.loadDump && !createsPrivateFiles()) makePrivate(options.dataDir);
    const db = drizzle(client, { schema }) as unknown as Db;
    return {
      db,
      kind: 'pglite',
      lock,
      async migrate() {
        if (await migrationsCurrent(db, MIGRATIONS_DIR)) return;
        const { migrate } = await import('drizzle-orm/pglite/migrator');
        await migrate(db as never, { migrationsFolder: MIGRATIONS_DIR });
      },
      async close() {
        try {
          await client.close();
          // Files created while open (by a process without the server's umask) are made private too.
          if (!options.loadDump) makePrivate(options.dataDir);
        } finally { lock?.release(); }
      },
    };
  } catch (e) {
    lock?.release();
    throw e;
  }
}

async function openPostgres(url: string): Promise<Database> {
  const pg = await import('pg');
  const { drizzle } = await import('drizzle-orm/node-postgres');
  const pool = new pg.default.Pool({ connectionString: url, max: 10 });
  pool.on('error', () => { /* idle client errors are retried by the pool */ });
  try {
    await pool.query('select 1');
  } catch (e) {
    await pool.end();
    throw new AppError('unavailable', `cannot reach PostgreSQL at ${redactUrl(url)}: ${(e as Error).message}`);
  }
  const db = drizzle(pool, { schema }) as unknown as Db;
  return {
    db,
    kind: 'postgres',
    lock: null,
    poolStats: () => ({ total: pool.totalCount, idle: pool.idleCount, waiting: pool.waitingCount }),
    async migrate() {
      // Migrations only add: a database already current needs neither the lock nor the migrator.
      if (await migrationsCurrent(db, MIGRATIONS_DIR)) return;
      // Session-level advisory lock: hold one connection for lock, migrate and unlock.
      const { migrate } = await import('drizzle-orm/node-postgres/migrator');
      const client = await pool.connect();
      try {
        await client.query('select pg_advisory_lock(7243501)');
        try {
          await migrate(drizzle(client, { schema }), { migrationsFolder: MIGRATIONS_DIR });
        } finally {
          await client.query('select pg_advisory_unlock(7243501)');
        }
      } finally {
        client.release();
      }
    },
    async close() { await pool.end(); },
  };
}

/** Which engine a handle talks to (PGlite's client can dump its data directory; node-postgres' cannot). */
export function databaseKind(db: Db): 'pglite' | 'postgres' {
  const client = (db as unknown as { $client?: { dumpDataDir?: unknown } }).$client;
  return typeof client?.dumpDataDir === 'function' ? 'pglite' : 'postgres';
}

/** Hides the password of a database URL for messages and logs. */
export function redactUrl(url: string): string {
  return url.replace(/\/\/([^:/@]+):[^@]*@/, '//$1:***@');
}
