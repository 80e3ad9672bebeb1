import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { SYSTEM_PRINCIPAL } from '../../src/domain/access/roles.ts';
import { forgetPrincipals, rememberedPrincipal } from '../../src/services/principal-cache.ts';
import { createToken } from '../../src/services/token.service.ts';
import { backends, createTestApp, type TestApp } from '../support/test-app.ts';

const json = { 'content-type': 'application/json' };
const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

// Who is behind a token or a session is remembered briefly on PGlite (one process owns the
// data); these tests use each credential first, so that it is remembered, then change it.
describe.each(backends())('credentials changed right after use on %s', (backend) => {
  let t: TestApp;
  beforeAll(async () => { t = await createTestApp(backend); });
  afterAll(async () => { await t?.close(); });

  const signIn = async (username: string, password: string): Promise<string> => {
    const res = await t.app.inject({ method: 'POST', url: '/api/v1/session', headers: json, payload: { username, password } });
    expect(res.statusCode).toBe(200);
    return String(res.headers['set-cookie']).split(';')[0]!;
  };
  const readWith = async (headers: Record<string, string>) => (await t.app.inject({ method: 'GET', url: '/api/v1/incidents', headers })).statusCode;

  it('refuses a revoked token on the very next request', async () => {
    const created = await createToken(t.ctx, SYSTEM_PRINCIPAL, { name: 'ci-bot', role: 'responder' });
    expect(await readWith(bearer(created.token))).toBe(200);
    expect(await readWith(bearer(created.token))).toBe(200);
    expect((await t.call('admin', 'DELETE', `/api/v1/tokens/${created.id}`)).statusCode).toBeLessThan(300);
    expect(await readWith(bearer(created.token))).toBe(401);
  });

  it('refuses a deactivated user\'s token and session at once, and takes them back on reactivation', async () => {
    expect((await t.call('admin', 'POST', '/api/v1/users', { username: 'lena', password: 'lenas long password', role: 'editor' })).statusCode).toBe(201);
    const cookie = await signIn('lena', 'lenas long password');
    const token = (await createToken(t.ctx, SYSTEM_PRINCIPAL, { name: 'lena-cli', role: 'editor', user: 'lena' })).token;
    expect(await readWith({ cookie })).toBe(200);
    expect(await readWith(bearer(token))).toBe(200);
    expect((await t.call('admin', 'PATCH', '/api/v1/users/lena', { active: false })).statusCode).toBe(200);
    expect(await readWith({ cookie })).toBe(401);
    expect(await readWith(bearer(token))).toBe(401);
    expect((await t.call('admin', 'PATCH', '/api/v1/users/lena', { active: true })).statusCode).toBe(200);
    expect(await readWith(bearer(token))).toBe(200);
  });

  it('answers with the new role right after a role change', async () => {
    expect((await t.call('admin', 'POST', '/api/v1/users', { username: 'omar', password: 'omars long password', role: 'editor' })).statusCode).toBe(201);
    const cookie = await signIn('omar', 'omars long password');
    const me = async () => (await t.app.inject({ method: 'GET', url: '/api/v1/session', headers: { cookie } })).json();
    expect((await me()).user.role).toBe('editor');
    expect((await t.call('admin', 'PATCH', '/api/v1/users/omar', { role: 'viewer', displayName: 'Omar F.' })).statusCode).toBe(200);
    expect((await me()).user).toMatchObject({ role: 'viewer', displayName: 'Omar F.' });
  });

  it('ends a user\'s sessions at once when an admin resets the password', async () => {
    expect((await t.call('admin', 'POST', '/api/v1/users', { username: 'ines', password: 'ines long password', role: 'viewer' })).statusCode).toBe(201);
    const cookie = await signIn('ines', 'ines long password');
    expect(await readWith({ cookie })).toBe(200);
    expect((await t.call('admin', 'POST', '/api/v1/users/ines/password', { password: 'a brand new password' })).statusCode).toBe(200);
    expect(await readWith({ cookie })).toBe(401);
  });

  it('refuses a signed-out session on the next request', async () => {
    expect((await t.call('admin', 'POST', '/api/v1/users', { username: 'pia', password: 'pias long password', role: 'viewer' })).statusCode).toBe(201);
    const cookie = await signIn('pia', 'pias long password');
    expect(await readWith({ cookie })).toBe(200);
    await t.app.inject({ method: 'DELETE', url: '/api/v1/session', headers: { cookie } });
    expect(await readWith({ cookie })).toBe(401);
  });

  it('refuses a token once its expiry passes, even right after use', async () => {
    const created = await createToken(t.ctx, SYSTEM_PRINCIPAL, { name: 'short', role: 'viewer', expiresAt: new Date(t.clock.now.getTime() + 5_000) });
    expect(await readWith(bearer(created.token))).toBe(200);
    t.clock.now = new Date(t.clock.now.getTime() + 6_000);
    expect(await readWith(bearer(created.token))).toBe(401);
  });

  if (backend === 'postgres') {
    it('remembers nothing on PostgreSQL, where another server may revoke a token', async () => {
      const created = await createToken(t.ctx, SYSTEM_PRINCIPAL, { name: 'shared', role: 'viewer' });
      expect(await readWith(bearer(created.token))).toBe(200);
      // What another server sharing the database does: the change never passes through this process.
      await t.ctx.db.execute(sql`update api_tokens set revoked_at = now() where id = ${created.id}`);
      expect(await readWith(bearer(created.token))).toBe(401);
    });
  }
});

describe('a lookup in flight while credentials change (PGlite)', () => {
  let t: TestApp;
  beforeAll(async () => { t = await createTestApp('pglite'); });
  afterAll(async () => { await t?.close(); });

  it('does not remember the answer it read before the change', async () => {
    let release!: () => void;
    const gate = new Promise<void>((resolve) => { release = resolve; });
    const now = t.clock.now;
    const inFlight = rememberedPrincipal(t.ctx.db, 'token:x', now, async () => { await gate; return { value: 'old', until: null }; });
    forgetPrincipals(t.ctx.db); // the change commits while the lookup is still reading
    release();
    expect(await inFlight).toBe('old');
    const next = await rememberedPrincipal(t.ctx.db, 'token:x', now, async () => ({ value: 'new', until: null }));
    expect(next).toBe('new');
    // …and an answer read after the change is remembered.
    expect(await rememberedPrincipal(t.ctx.db, 'token:x', now, async () => ({ value: 'newer', until: null }))).toBe('new');
  });
});
