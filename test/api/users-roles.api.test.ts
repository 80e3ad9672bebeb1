import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROLE_DESCRIPTIONS, ROLES } from '../../src/domain/access/roles.ts';
import { backends, createTestApp, type TestApp } from '../support/test-app.ts';

const json = { 'content-type': 'application/json' };

describe.each(backends())('the reviewer role on %s', (backend) => {
  let t: TestApp;
  let id = '';
  const version = async () => (await t.call('viewer', 'GET', `/api/v1/postmortems/${id}`)).json().version as number;
  beforeAll(async () => {
    t = await createTestApp(backend);
    id = (await t.call('admin', 'POST', '/api/v1/incidents', { title: 'Search cluster ran out of disk', severity: 'SEV-2' })).json().id;
    await t.call('admin', 'POST', `/api/v1/incidents/${id}/postmortem`, { owner: 'token:editor' });
  });
  afterAll(async () => { await t?.close(); });

  it('creates API tokens with the reviewer role', async () => {
    const res = await t.call('admin', 'POST', '/api/v1/tokens', { name: 'review bot', role: 'reviewer' });
    expect(res.statusCode).toBe(201);
    expect(res.json().role).toBe('reviewer');
    const me = await t.app.inject({ method: 'GET', url: '/api/v1/incidents', headers: { authorization: `Bearer ${res.json().token}` } });
    expect(me.statusCode).toBe(200);
  });

  it('lets a reviewer comment on a post-mortem', async () => {
    const res = await t.call('reviewer', 'POST', `/api/v1/postmortems/${id}/comments`, { section: 'summary', body: 'Say which nodes filled up.' });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json().author).toBe('token:reviewer');
    expect((await t.call('viewer', 'POST', `/api/v1/postmortems/${id}/comments`, { section: 'summary', body: 'x' })).statusCode).toBe(403);
  });

  it('refuses a reviewer\'s edits with 403 saying what the role allows', async () => {
    const pm = await t.call('reviewer', 'PATCH', `/api/v1/postmortems/${id}`, { sections: { summary: 'Rewritten by a reviewer' }, version: await version() });
    expect(pm.statusCode).toBe(403);
    expect(pm.json().detail).toMatch(/has reviewer \(a reviewer can read, comment and sign off, but not edit\)/);
    const etag = String((await t.call('reviewer', 'GET', `/api/v1/incidents/${id}`)).headers.etag);
    const inc = await t.call('reviewer', 'PATCH', `/api/v1/incidents/${id}`, { title: 'Renamed' }, { 'if-match': etag });
    expect(inc.statusCode).toBe(403);
    expect(inc.json().detail).toMatch(/needs the responder role/);
    const item = await t.call('reviewer', 'POST', `/api/v1/postmortems/${id}/action-items`, { title: 'Alert on disk usage at 85%', category: 'detect', priority: 'P1', owner: 'token:editor' });
    expect(item.statusCode).toBe(403);
    expect((await t.call('reviewer', 'POST', '/api/v1/incidents', { title: 'x', severity: 'SEV-4' })).statusCode).toBe(403);
  });

  it('lets a reviewer approve the review they may take, and the post-mortem is approved once every slot signs', async () => {
    const req = await t.call('editor', 'POST', `/api/v1/postmortems/${id}/review`, { action: 'request', version: await version() });
    expect(req.statusCode, req.body).toBe(200);
    const slots = (req.json().reviewers as { role: string; required: boolean }[]).filter((r) => r.required);
    expect(slots.length).toBeGreaterThan(0);
    const first = await t.call('reviewer', 'POST', `/api/v1/postmortems/${id}/review`, { action: 'approve', role: slots[0]!.role, comment: 'Clear and blameless.', version: await version() });
    expect(first.statusCode, first.body).toBe(200);
    const signed = (first.json().reviewers as { role: string; decision: string; user: string }[]).find((r) => r.role === slots[0]!.role)!;
    expect(signed.decision).toBe('approved');
    expect(signed.user).toBe('token:reviewer');
    // The viewer cannot sign off at all.
    const viewer = await t.call('viewer', 'POST', `/api/v1/postmortems/${id}/review`, { action: 'approve', version: await version() });
    expect(viewer.statusCode).toBe(403);
  });

  it('lets a reviewer request changes, with a comment', async () => {
    const other = await createTestApp(backend);
    try {
      const inc = (await other.call('admin', 'POST', '/api/v1/incidents', { title: 'Queue backlog', severity: 'SEV-2' })).json().id as string;
      await other.call('admin', 'POST', `/api/v1/incidents/${inc}/postmortem`, { owner: 'token:editor' });
      const v = async () => (await other.call('viewer', 'GET', `/api/v1/postmortems/${inc}`)).json().version as number;
      await other.call('editor', 'POST', `/api/v1/postmortems/${inc}/review`, { action: 'request', version: await v() });
      const res = await other.call('reviewer', 'POST', `/api/v1/postmortems/${inc}/review`, { action: 'request_changes', comment: 'The timeline stops at detection.', version: await v() });
      expect(res.statusCode, res.body).toBe(200);
      expect(res.json().status).not.toBe('approved');
      expect((res.json().reviewers as { decision: string }[]).some((r) => r.decision === 'changes_requested')).toBe(true);
    } finally { await other.close(); }
  });

  it('lists the roles, least to most powerful, with what each allows', async () => {
    const res = await t.call('viewer', 'GET', '/api/v1/roles');
    expect(res.statusCode).toBe(200);
    expect(res.json().items).toEqual(ROLES.map((role) => ({ role, allows: ROLE_DESCRIPTIONS[role] })));
    expect(ROLES.indexOf('reviewer')).toBe(1);
  });
});

describe.each(backends())('managing users on %s', (backend) => {
  let t: TestApp;
  const users: Record<string, string> = {};
  const signIn = (username: string, password: string) =>
    t.app.inject({ method: 'POST', url: '/api/v1/session', headers: json, payload: { username, password }, remoteAddress: `192.0.2.${Object.keys(users).length}` });
  const cookieOf = (res: { headers: Record<string, unknown> }) => String(res.headers['set-cookie']).split(';')[0]!;

  beforeAll(async () => {
    t = await createTestApp(backend);
    for (const [username, role] of [['ada', 'admin'], ['rev', 'reviewer'], ['ed', 'editor']] as const) {
      const res = await t.call('admin', 'POST', '/api/v1/users', { username, password: `${username} long password`, role });
      users[username] = res.json().id;
    }
  });
  afterAll(async () => { await t?.close(); });

  it('lets an admin change a user\'s display name and role; others get 403', async () => {
    const res = await t.call('admin', 'PATCH', `/api/v1/users/${users.ed}`, { displayName: 'Ed Example', role: 'responder' });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ displayName: 'Ed Example', role: 'responder', active: true, deactivatedAt: null });
    const byName = await t.call('admin', 'PATCH', '/api/v1/users/ed', { role: 'editor' });
    expect(byName.json().role).toBe('editor');
    expect((await t.call('editor', 'PATCH', `/api/v1/users/${users.ed}`, { role: 'admin' })).statusCode).toBe(403);
  });

  it('rejects bad changes naming the field, and unknown users with 404', async () => {
    const bad = await t.call('admin', 'PATCH', `/api/v1/users/${users.ed}`, { role: 'owner' });
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain('role');
    expect((await t.call('admin', 'PATCH', `/api/v1/users/${users.ed}`, {})).statusCode).toBe(400);
    expect((await t.call('admin', 'PATCH', '/api/v1/users/nobody-here', { role: 'viewer' })).statusCode).toBe(404);
  });

  it('deactivating a user refuses their sign-in, and ends their sessions and tokens at once; reactivating lets them in again', async () => {
    const session = await signIn('rev', 'rev long password');
    expect(session.statusCode).toBe(200);
    const cookie = cookieOf(session);
    const made = await t.call('admin', 'POST', '/api/v1/tokens', { name: 'rev cli', role: 'reviewer', user: 'rev' });
    expect(made.statusCode, made.body).toBe(201);
    const token = made.json().token as string;
    const unknown = await t.call('admin', 'POST', '/api/v1/tokens', { name: 'x', role: 'reviewer', user: 'nobody-here' });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.body).toContain('user');
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/incidents', headers: { authorization: `Bearer ${token}` } })).statusCode).toBe(200);

    const off = await t.call('admin', 'PATCH', `/api/v1/users/${users.rev}`, { active: false });
    expect(off.statusCode, off.body).toBe(200);
    expect(off.json().active).toBe(false);
    expect(off.json().deactivatedAt).not.toBeNull();
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/incidents', headers: { cookie } })).statusCode).toBe(401);
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/incidents', headers: { authorization: `Bearer ${token}` } })).statusCode).toBe(401);
    const refused = await signIn('rev', 'rev long password');
    expect(refused.statusCode).toBe(403);
    expect(refused.json().detail).toMatch(/deactivated/);
    expect((await t.call('viewer', 'GET', '/api/v1/users')).json().items.find((u: { id: string }) => u.id === users.rev).active).toBe(false);

    expect((await t.call('admin', 'PATCH', `/api/v1/users/${users.rev}`, { active: true })).json().active).toBe(true);
    expect((await signIn('rev', 'rev long password')).statusCode).toBe(200);
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/incidents', headers: { authorization: `Bearer ${token}` } })).statusCode).toBe(200);
  });

  it('never demotes or deactivates the last active admin (409), but does once another admin exists', async () => {
    const demote = await t.call('admin', 'PATCH', `/api/v1/users/${users.ada}`, { role: 'editor' });
    expect(demote.statusCode).toBe(409);
    expect(demote.json().detail).toMatch(/ada is the last active admin/);
    expect((await t.call('admin', 'PATCH', `/api/v1/users/${users.ada}`, { active: false })).statusCode).toBe(409);
    expect((await t.call('admin', 'PATCH', `/api/v1/users/${users.ada}`, { displayName: 'Ada' })).statusCode).toBe(200);
    await t.call('admin', 'PATCH', `/api/v1/users/${users.ed}`, { role: 'admin' });
    // Two admins demoting each other at once: one wins, one is refused.
    const both = await Promise.all([
      t.call('admin', 'PATCH', `/api/v1/users/${users.ada}`, { role: 'editor' }),
      t.call('admin', 'PATCH', `/api/v1/users/${users.ed}`, { active: false }),
    ]);
    expect(both.map((r) => r.statusCode).sort()).toEqual([200, 409]);
    const admins = (await t.call('admin', 'GET', '/api/v1/users')).json().items.filter((u: { role: string; active: boolean }) => u.role === 'admin' && u.active);
    expect(admins).toHaveLength(1);
  });

  it('lets an admin reset a password: the old one stops working and the user\'s sessions end', async () => {
    const before = await signIn('rev', 'rev long password');
    const cookie = cookieOf(before);
    const res = await t.call('admin', 'POST', `/api/v1/users/${users.rev}/password`, { password: 'a brand new password' });
    expect(res.statusCode, res.body).toBe(200);
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/incidents', headers: { cookie } })).statusCode).toBe(401);
    expect((await signIn('rev', 'rev long password')).statusCode).toBe(401);
    expect((await signIn('rev', 'a brand new password')).statusCode).toBe(200);
    expect((await t.call('editor', 'POST', `/api/v1/users/${users.rev}/password`, { password: 'another long password' })).statusCode).toBe(403);
    const short = await t.call('admin', 'POST', `/api/v1/users/${users.rev}/password`, { password: 'short' });
    expect(short.statusCode).toBe(400);
    expect(short.body).toContain('password');
  });

  it('lets a user change their own password with the current one, keeping the session they used', async () => {
    const s = await signIn('rev', 'a brand new password');
    const cookie = cookieOf(s);
    const other = cookieOf(await signIn('rev', 'a brand new password'));
    const headers = { cookie, 'x-csrf-token': s.json().csrfToken as string, ...json };
    const change = (payload: object) => t.app.inject({ method: 'POST', url: `/api/v1/users/${users.rev}/password`, headers, payload });
    const missing = await change({ password: 'my own new password' });
    expect(missing.statusCode).toBe(400);
    expect(missing.body).toContain('currentPassword');
    const wrong = await change({ password: 'my own new password', currentPassword: 'not my password' });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().detail).toMatch(/current password is wrong/);
    const ok = await change({ password: 'my own new password', currentPassword: 'a brand new password' });
    expect(ok.statusCode, ok.body).toBe(200);
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/incidents', headers: { cookie } })).statusCode).toBe(200);
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/incidents', headers: { cookie: other } })).statusCode).toBe(401);
    // A non-admin cannot set someone else's password this way.
    const theirs = await t.app.inject({ method: 'POST', url: `/api/v1/users/${users.ada}/password`, headers, payload: { password: 'taking over ada', currentPassword: 'my own new password' } });
    expect(theirs.statusCode).toBe(403);
  });

  it('declares response schemas for the user routes in the OpenAPI document', async () => {
    const doc = (await t.app.inject({ method: 'GET', url: '/api/openapi.json' })).json();
    const op = doc.paths['/api/v1/users/{user}'].patch;
    expect(JSON.stringify(op.responses)).toContain('deactivatedAt');
    expect(JSON.stringify(doc.paths['/api/v1/users/{user}/password'].post.responses)).toContain('active');
  });
});
