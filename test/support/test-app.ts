/**
 * Test harness for API tests: one database per test file (a clone of the migrated
 * PGlite dump, or a fresh schema on PostgreSQL when TEST_DATABASE_URL is set), the
 * app built in-process for app.inject, and a token per role.
 */
import { readFileSync } from 'node:fs';
import { inject } from 'vitest';
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import { loadConfig, type AppConfig } from '../../src/config/config.ts';
import { ROLES, SYSTEM_PRINCIPAL, type Role } from '../../src/domain/access/roles.ts';
import { buildApp } from '../../src/server/app.ts';
import type { ServiceContext } from '../../src/services/context.ts';
import { createToken } from '../../src/services/token.service.ts';
import { openDatabase, type Database } from '../../src/store/database.ts';
import { createScratchPostgres } from './scratch-postgres.ts';

export type Backend = 'pglite' | 'postgres';

/** The backends to run API tests on: PGlite always, PostgreSQL when TEST_DATABASE_URL is set. */
export function backends(): Backend[] {
  return process.env['TEST_DATABASE_URL'] ? ['pglite', 'postgres'] : ['pglite'];
}

export type TestApp = {
  app: FastifyInstance;
  ctx: ServiceContext;
  database: Database;
  tokens: Record<Role, string>;
  /** A settable clock: tests move time forward explicitly. */
  clock: { now: Date };
  /** app.inject with a role's token and JSON body. */
  call(role: Role | null, method: string, url: string, body?: unknown, headers?: Record<string, string>): Promise<LightMyRequestResponse>;
  close(): Promise<void>;
};

/** Opens a database for a test file on the given backend. */
export async function openTestDatabase(backend: Backend): Promise<Database> {
  if (backend === 'postgres') {
    // One database per test file, created from the `test` database and dropped after.
    const scratch = await createScratchPostgres(process.env['TEST_DATABASE_URL']!);
    const database = await openDatabase({ dataDir: '', databaseUrl: scratch.url, command: 'test' });
    return { ...database, async close() { await database.close(); await scratch.drop(); } };
  }
  const dump = new Blob([readFileSync(inject('pgliteDumpPath'))]);
  return openDatabase({ dataDir: '', databaseUrl: null, command: 'test', loadDump: dump, migrate: false });
}

/** Builds the app on a fresh test database with one token per role (none with `roleTokens: false`: a fresh install). */
export async function createTestApp(backend: Backend, overrides: Partial<AppConfig> = {}, options: { roleTokens?: boolean } = {}): Promise<TestApp> {
  const database = await openTestDatabase(backend);
  const config = loadConfig({ env: {}, cwd: '/nonexistent-debrief-test', overrides: { bodyLimitBytes: 256 * 1024, ...overrides } });
  const clock = { now: new Date('2026-03-10T12:00:00Z') };
  const ctx: ServiceContext = { db: database.db, config, now: () => new Date(clock.now) };
  const app = await buildApp({ ctx, checkResponses: true });
  const tokens = {} as Record<Role, string>;
  for (const role of ROLES) {
    if (options.roleTokens === false) break;
    tokens[role] = (await createToken(ctx, SYSTEM_PRINCIPAL, { name: role, role })).token;
  }
  return {
    app, ctx, database, tokens, clock,
    call(role, method, url, body, headers = {}) {
      const h: Record<string, string> = { ...headers };
      if (role) h['authorization'] = `Bearer ${tokens[role]}`;
      const opts: InjectOptions = { method: method as InjectOptions['method'], url, headers: h };
      if (body !== undefined) {
        h['content-type'] ??= 'application/json';
        opts.payload = typeof body === 'string' ? body : JSON.stringify(body);
      }
      return app.inject(opts);
    },
    async close() {
      await app.close();
      await database.close();
    },
  };
}
