import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backends, createTestApp, type TestApp } from '../support/test-app.ts';

describe.each(backends())('sign-in and sessions on %s', (backend) => {
  let t: TestApp;
  beforeAll(async () => { t = await createTestApp(backend); });
  afterAll(async () => { await t?.close(); });

  const json = { 'content-type': 'application/json' };

  it('creates the first admin from the first-run page once only', async () => {
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/setup' })).json().needsSetup).toBe(true);
    const res = await t.app.inject({ method: 'POST', url: '/api/v1/setup', headers: json, payload: { username: 'alice', password: 'correct horse battery' } });
    expect(res.statusCode).toBe(201);
    expect(res.json().role).toBe('admin');
    const again = await t.app.inject({ method: 'POST', url: '/api/v1/setup', headers: json, payload: { username: 'mallory', password: 'correct horse battery' } });
    expect(again.statusCode).toBe(403);
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

  it('lets only an admin create users', async () => {
    const body = { username: 'bob', password: 'another long pass', role: 'editor' };
    expect((await t.call('editor', 'POST', '/api/v1/users', body)).statusCode).toBe(403);
    expect((await t.call('admin', 'POST', '/api/v1/users', body)).statusCode).toBe(201);
    expect((await t.call('admin', 'POST', '/api/v1/users', body)).statusCode).toBe(409);
  });
});
