/** The server writes one access line a request, through the unredacted access logger: no query string, no credential. */
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/config.ts';
import { buildApp } from '../../src/server/app.ts';
import { createLogger } from '../../src/server/logger.ts';
import type { Database } from '../../src/store/database.ts';
import { backends, openTestDatabase } from '../support/test-app.ts';

describe.each(backends())('the access line on %s', (backend) => {
  let database: Database;
  beforeAll(async () => { database = await openTestDatabase(backend); });
  afterAll(async () => { await database?.close(); });

  it('names the method, the path without its query and the status, and holds no credential', async () => {
    const raw: string[] = [];
    const stream = new Writable({ write(chunk: Buffer, _enc, done) { raw.push(...chunk.toString().split('\n').filter(Boolean)); done(); } });
    const config = loadConfig({ env: {}, cwd: '/nonexistent-debrief-test' });
    const app = await buildApp({ ctx: { db: database.db, config, now: () => new Date() }, logger: createLogger('info', stream) });
    try {
      await app.inject({ method: 'GET', url: '/healthz?token=dbt_query_secret' });
      await app.inject({ method: 'GET', url: '/api/v1/incidents?limit=5', headers: { authorization: 'Bearer dbt_header_secret', 'x-request-id': 'probe-1' } });
    } finally {
      await app.close();
    }
    const lines = raw.map((l) => JSON.parse(l) as Record<string, unknown>).filter((l) => l['msg'] === 'request');
    expect(lines.map((l) => [l['method'], l['url'], l['status']])).toEqual([['GET', '/healthz', 200], ['GET', '/api/v1/incidents', 401]]);
    expect(lines[1]).toMatchObject({ reqId: 'probe-1', level: 30 });
    expect(raw.join('\n')).not.toMatch(/dbt_(query|header)_secret/);
  });
});
