import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SYSTEM_PRINCIPAL } from '../../src/domain/access/roles.ts';
import { SessionStateSchema } from '../../src/domain/access/user.view.ts';
import { createToken } from '../../src/services/token.service.ts';
import { backends, createTestApp, type TestApp } from '../support/test-app.ts';

const json = { 'content-type': 'application/json' };
const setup = (t: TestApp, username: string) =>
  t.app.inject({ method: 'POST', url: '/api/v1/setup', headers: json, payload: { username, password: 'correct horse battery' } });
const needsSetup = async (t: TestApp): Promise<boolean> => (await t.app.inject({ method: 'GET', url: '/api/v1/setup' })).json().needsSetup;

describe.each(backends())('first-run setup on %s', (backend) => {
  it('creates the first admin once, then closes', async () => {
    const t = await createTestApp(backend, {}, { roleTokens: false });
    try {
      expect(await needsSetup(t)).toBe(true);
      const res = await setup(t, 'alice');
      expect(res.statusCode).toBe(201);
      expect(res.json().role).toBe('admin');
      expect(await needsSetup(t)).toBe(false);
      expect((await setup(t, 'mallory')).statusCode).toBe(403);
    } finally { await t.close(); }
  });

  it('closes as soon as an admin API token exists (debrief token create --role admin)', async () => {
    const t = await createTestApp(backend, {}, { roleTokens: false });
    try {
      await createToken(t.ctx, SYSTEM_PRINCIPAL, { name: 'me', role: 'admin' });
      expect(await needsSetup(t)).toBe(false);
      const res = await setup(t, 'mallory');
      expect(res.statusCode).toBe(403);
      expect(res.json().detail).toMatch(/already set up/);
    } finally { await t.close(); }
  });

  it('lets exactly one of two racing first-run requests create an admin', async () => {
    const t = await createTestApp(backend, {}, { roleTokens: false });
    try {
      const results = await Promise.all([setup(t, 'alice'), setup(t, 'mallory'), setup(t, 'eve')]);
      expect(results.map((r) => r.statusCode).sort()).toEqual([201, 403, 403]);
      const admins = await t.ctx.db.query.users.findMany();
      expect(admins).toHaveLength(1);
    } finally { await t.close(); }
  });
});

describe.each(backends())('sign-in and sessions on %s', (backend) => {
  let t: TestApp;
  beforeAll(async () => { t = await createTestApp(backend); });
  afterAll(async () => { await t?.close(); });

  it('keeps first-run setup closed once API tokens exist', async () => {
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/setup' })).json().needsSetup).toBe(false);
    const res = await t.app.inject({ method: 'POST', url: '/api/v1/setup', headers: json, payload: { username: 'mallory', password: 'correct horse battery' } });
    expect(res.statusCode).toBe(403);
    const created = await t.call('admin', 'POST', '/api/v1/users', { username: 'alice', password: 'correct horse battery', role: 'admin' });
    expect(created.statusCode).toBe(201);
  });

  it('signs in with an HttpOnly SameSite cookie and requires the CSRF header on writes', async () => {
    const bad = await t.app.inject({ method: 'POST', url: '/api/v1/session', headers: json, payload: { username: 'alice', password: 'wrong password!' } });
    expect(bad.statusCode).toBe(401);
    const res = await t.app.inject({ method: 'POST', url: '/api/v1/session', headers: json, payload: { username: 'alice', password: 'correct horse battery' } });
    expect(res.statusCode).toBe(200);
    const setCookie = String(res.headers['set-cookie']);
    expect(setCookie).toContain('HttpOnly');
    expect(setCookie).toContain('SameSite=Strict');
    const cookie = setCookie.split(';')[0]!;
    const { csrfToken } = res.json();
    const read = await t.app.inject({ method: 'GET', url: '/api/v1/incidents', headers: { cookie } });
    expect(read.statusCode).toBe(200);
    const noCsrf = await t.app.inject({ method: 'POST', url: '/api/v1/incidents', headers: { cookie, ...json }, payload: { title: 'x', severity: 'SEV-2' } });
    expect(noCsrf.statusCode).toBe(403);
    const ok = await t.app.inject({ method: 'POST', url: '/api/v1/incidents', headers: { cookie, 'x-csrf-token': csrfToken, ...json }, payload: { title: 'x', severity: 'SEV-2' } });
    expect(ok.statusCode).toBe(201);
    expect(ok.json().createdBy).toBe('alice');
    await t.app.inject({ method: 'DELETE', url: '/api/v1/session', headers: { cookie } });
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/incidents', headers: { cookie } })).statusCode).toBe(401);
  });

  it('answers the session probe with 200 either way: signedIn false without a session, the user and CSRF token with one', async () => {
    const out = await t.app.inject({ method: 'GET', url: '/api/v1/session/state' });
    expect(out.statusCode).toBe(200);
    expect(SessionStateSchema.parse(out.json())).toEqual({ signedIn: false });
    const stale = await t.app.inject({ method: 'GET', url: '/api/v1/session/state', headers: { cookie: 'debrief_session=not-a-session' } });
    expect([stale.statusCode, stale.json()]).toEqual([200, { signedIn: false }]);
    const res = await t.app.inject({ method: 'POST', url: '/api/v1/session', headers: json, payload: { username: 'alice', password: 'correct horse battery' } });
    const cookie = String(res.headers['set-cookie']).split(';')[0]!;
    const state = SessionStateSchema.parse((await t.app.inject({ method: 'GET', url: '/api/v1/session/state', headers: { cookie } })).json());
    expect(state.signedIn && { user: state.user.username, csrfToken: state.csrfToken }).toEqual({ user: 'alice', csrfToken: res.json().csrfToken });
    await t.app.inject({ method: 'DELETE', url: '/api/v1/session', headers: { cookie } });
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/session/state', headers: { cookie } })).json()).toEqual({ signedIn: false });
  });

  it('lets only an admin create users', async () => {
    const body = { username: 'bob', password: 'another long pass', role: 'editor' };
    expect((await t.call('editor', 'POST', '/api/v1/users', body)).statusCode).toBe(403);
    expect((await t.call('admin', 'POST', '/api/v1/users', body)).statusCode).toBe(201);
    expect((await t.call('admin', 'POST', '/api/v1/users', body)).statusCode).toBe(409);
  });

  it('throttles failed sign-ins by account (429 with Retry-After) and lets the user in again after the window', async () => {
    await t.call('admin', 'POST', '/api/v1/users', { username: 'carol', password: 'carols long password', role: 'viewer' });
    const attempt = (password: string, ip = '203.0.113.7') =>
      t.app.inject({ method: 'POST', url: '/api/v1/session', headers: json, payload: { username: 'carol', password }, remoteAddress: ip });
    for (let i = 0; i < 5; i++) expect((await attempt('wrong password!')).statusCode).toBe(401);
    const blocked = await attempt('carols long password');
    expect(blocked.statusCode).toBe(429);
    expect(Number(blocked.headers['retry-after'])).toBeGreaterThan(0);
    expect(blocked.json().code).toBe('rate_limited');
    // Not for good: once the window has passed, the right password works.
    t.clock.now = new Date(t.clock.now.getTime() + 16 * 60_000);
    expect((await attempt('carols long password')).statusCode).toBe(200);
  });

  it('throttles one address trying many accounts', async () => {
    const results: number[] = [];
    for (let i = 0; i < 32; i++) {
      const res = await t.app.inject({ method: 'POST', url: '/api/v1/session', headers: json, payload: { username: `nobody${i}`, password: 'x' }, remoteAddress: '198.51.100.9' });
      results.push(res.statusCode);
    }
    expect(results.slice(0, 30).every((s) => s === 401)).toBe(true);
    expect(results.slice(30)).toEqual([429, 429]);
    // Another address is not affected.
    const other = await t.app.inject({ method: 'POST', url: '/api/v1/session', headers: json, payload: { username: 'nobody0', password: 'x' }, remoteAddress: '198.51.100.10' });
    expect(other.statusCode).toBe(401);
  });

  it('marks the session cookie Secure behind a TLS proxy when trustProxy is set', async () => {
    const proxied = await createTestApp(backend, { trustProxy: true });
    try {
      await proxied.call('admin', 'POST', '/api/v1/users', { username: 'dave', password: 'daves long password', role: 'viewer' });
      const res = await proxied.app.inject({ method: 'POST', url: '/api/v1/session', headers: { ...json, 'x-forwarded-proto': 'https' }, payload: { username: 'dave', password: 'daves long password' } });
      expect(res.statusCode).toBe(200);
      expect(String(res.headers['set-cookie'])).toContain('Secure');
    } finally { await proxied.close(); }
    const plain = await t.app.inject({ method: 'POST', url: '/api/v1/session', headers: { ...json, 'x-forwarded-proto': 'https' }, payload: { username: 'alice', password: 'correct horse battery' } });
    expect(String(plain.headers['set-cookie'])).not.toContain('Secure');
  });
});
