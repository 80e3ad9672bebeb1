import { describe, expect, it } from 'vitest';
import { loadConfig } from '../config/config.ts';
import { allRoutes } from './routes/index.ts';

/**
 * Changes any signed-in person may ask for: the service decides (their own addresses and
 * password, a dry-run check or lint that stores nothing, evidence verification).
 */
const ANY_SIGNED_IN = new Set([
  'PATCH /api/v1/users/:user/addresses',
  'POST /api/v1/users/:user/password',
  'POST /api/v1/policy/check',
  'POST /api/v1/lint',
  'POST /api/v1/incidents/:id/evidence/verify',
  'POST /api/v1/evidence/verify',
]);

const config = loadConfig({ env: {}, cwd: '/nonexistent-debrief-test', overrides: {} });
const routes = allRoutes({ db: null as never, config, now: () => new Date() });

describe('the least role of each route', () => {
  it('is declared on every authenticated route that changes something, so it is checked before the body is read', () => {
    const missing = routes
      .filter((r) => r.auth === 'token' && r.method !== 'GET' && !r.role && !ANY_SIGNED_IN.has(`${r.method} ${r.url}`))
      .map((r) => `${r.method} ${r.url}`);
    expect(missing).toEqual([]);
  });

  it('keeps the any-signed-in list to routes that exist and declare no role', () => {
    const declared = new Map(routes.map((r) => [`${r.method} ${r.url}`, r]));
    for (const key of ANY_SIGNED_IN) expect(declared.get(key)?.role, key).toBeUndefined();
    for (const key of ANY_SIGNED_IN) expect(declared.has(key), key).toBe(true);
  });
});
