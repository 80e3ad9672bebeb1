import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { loadConfig } from '../config/config.ts';
import { allRoutes } from './routes/index.ts';
import { checkResponse, ResponseContractError } from './response-contract.ts';
import { route } from './route.ts';

/**
 * Routes that answer something other than a JSON document, so they declare no `response`
 * schema. Each line says what the route answers instead.
 */
const NOT_JSON = new Set([
  'GET /api/v1/admin/backup', // NDJSON stream of every table
  'GET /api/v1/incidents/:id/evidence/:evidenceId/content', // the evidence bytes
  'GET /api/v1/postmortems/:id/meeting.md', // Markdown
  'GET /api/v1/postmortems/:id/meeting.ics', // iCalendar
  'GET /status', // the public status page (HTML)
  'GET /status/:id', // one incident on the status page (HTML)
]);

/** JSON routes whose schema is not declared yet: none now, and the list must stay empty. */
const PENDING = new Set<string>([]);

/** Routes answering 204 No Content: nothing to describe. */
const NO_CONTENT = (status: number | undefined): boolean => status === 204;

const config = loadConfig({ env: {}, cwd: '/nonexistent-debrief-test', overrides: {} });
const routes = allRoutes({ db: null as never, config, now: () => new Date() });

describe('the response contract', () => {
  it('declares a response schema on every JSON route', () => {
    const missing = routes
      .filter((r) => !r.response && !NO_CONTENT(r.status) && !NOT_JSON.has(`${r.method} ${r.url}`) && !PENDING.has(`${r.method} ${r.url}`))
      .map((r) => `${r.method} ${r.url}`);
    expect(missing).toEqual([]);
  });

  it('keeps the exemption list to routes that exist and really declare no schema', () => {
    const declared = new Map(routes.map((r) => [`${r.method} ${r.url}`, r]));
    for (const key of [...NOT_JSON, ...PENDING]) {
      expect(declared.has(key), key).toBe(true);
      expect(declared.get(key)?.response, `${key} declares a schema now: take it off the list`).toBeUndefined();
    }
  });

  it('refuses an answer that drifts from its schema, naming the route and the field', () => {
    const def = route({ method: 'GET', url: '/x', summary: 'x', tag: 'x', auth: 'none', response: z.strictObject({ id: z.string() }), handler: async () => null });
    expect(() => checkResponse(def, { id: 1 })).toThrow(ResponseContractError);
    expect(() => checkResponse(def, { id: 'a', extra: true })).toThrow(/GET \/x[\s\S]*extra/);
    expect(() => checkResponse(def, { id: 'a' })).not.toThrow();
  });

  it('checks the answer as serialized (dates become ISO strings) and leaves text and bytes alone', () => {
    const def = route({ method: 'GET', url: '/y', summary: 'y', tag: 'y', auth: 'none', response: z.strictObject({ at: z.iso.datetime() }), handler: async () => null });
    expect(() => checkResponse(def, { at: new Date('2026-01-01T00:00:00Z') })).not.toThrow();
    expect(() => checkResponse(def, '# Markdown')).not.toThrow();
    expect(() => checkResponse(def, Buffer.from('bytes'))).not.toThrow();
  });
});
