/**
 * Where people and teams are reached: a user sets their own e-mail, Slack id, GitHub
 * login, team and mutes; only an admin sets another's; teams are admin-managed; bad
 * values are 400 naming the field; and the rules use what was set (a muted rule skips
 * that person).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SYSTEM_PRINCIPAL } from '../../src/domain/access/roles.ts';
import { createToken } from '../../src/services/token.service.ts';
import { insertUser } from '../../src/store/repositories/user.repository.ts';
import { backends, createTestApp, type TestApp } from '../support/test-app.ts';

describe.each(backends())('addresses and teams on %s', (backend) => {
  let t: TestApp;
  let dana = '';
  beforeAll(async () => {
    t = await createTestApp(backend);
    await insertUser(t.ctx.db, { id: 'u-dana', username: 'dana', displayName: 'Dana Lee', role: 'editor' });
    await insertUser(t.ctx.db, { id: 'u-sam', username: 'sam', displayName: 'Sam Roe', role: 'responder' });
    dana = (await createToken(t.ctx, SYSTEM_PRINCIPAL, { name: 'dana', role: 'editor', userId: 'u-dana' })).token;
  });
  afterAll(async () => { await t?.close(); });

  const asDana = (method: string, url: string, body?: unknown) => t.app.inject({ method: method as 'GET', url, headers: { authorization: `Bearer ${dana}`, 'content-type': 'application/json' }, ...(body === undefined ? {} : { payload: JSON.stringify(body) }) });

  it('an admin manages teams; others may read them, not change them', async () => {
    const put = await t.call('admin', 'PUT', '/api/v1/teams/payments', { slackChannel: '#payments', lead: '@lee', email: 'payments@example.com' });
    expect(put.statusCode).toBe(200);
    expect(put.json()).toMatchObject({ name: 'payments', slackChannel: '#payments', lead: '@lee' });
    expect((await t.call('admin', 'PUT', '/api/v1/teams/payments', { lead: '@kim' })).json()).toMatchObject({ slackChannel: '#payments', lead: '@kim' });
    expect((await t.call('editor', 'PUT', '/api/v1/teams/search', {})).statusCode).toBe(403);
    expect((await t.call('viewer', 'GET', '/api/v1/teams')).json()).toMatchObject({ items: [{ name: 'payments' }] });
    const bad = await t.call('admin', 'PUT', '/api/v1/teams/payments', { slackChannel: 'payments channel' });
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain('slackChannel');
    await t.call('admin', 'PUT', '/api/v1/teams/tmp', {});
    expect((await t.call('admin', 'DELETE', '/api/v1/teams/tmp')).statusCode).toBe(204);
    expect((await t.call('admin', 'DELETE', '/api/v1/teams/tmp')).statusCode).toBe(404);
  });

  it('a user sets their own addresses and mutes; not another user\'s', async () => {
    const r = await asDana('PATCH', '/api/v1/users/me/addresses', { email: 'dana@example.com', slackId: 'U0DANA', githubLogin: 'dana-gh', team: 'payments', mutes: ['action-due-soon'] });
    expect(r.statusCode).toBe(200);
    expect(r.json()).toMatchObject({ username: 'dana', email: 'dana@example.com', slackId: 'U0DANA', githubLogin: 'dana-gh', team: 'payments', mutes: ['action-due-soon'] });
    expect((await asDana('GET', '/api/v1/users/dana/addresses')).json()).toMatchObject({ email: 'dana@example.com' });
    expect((await asDana('PATCH', '/api/v1/users/sam/addresses', { email: 'x@example.com' })).statusCode).toBe(403);
    expect((await asDana('GET', '/api/v1/users/sam/addresses')).statusCode).toBe(403);
    expect((await asDana('PATCH', '/api/v1/users/me/addresses', { email: null })).json()).toMatchObject({ email: null, slackId: 'U0DANA' });
  });

  it('an admin sets anyone\'s; bad values are 400 naming the field', async () => {
    expect((await t.call('admin', 'PATCH', '/api/v1/users/sam/addresses', { email: 'sam@example.com' })).json()).toMatchObject({ username: 'sam', email: 'sam@example.com' });
    for (const [field, value] of [['email', 'not-an-address'], ['slackId', 'dana'], ['mutes', ['everything']], ['githubLogin', 'has space']] as const) {
      const r = await t.call('admin', 'PATCH', '/api/v1/users/sam/addresses', { [field]: value });
      expect(r.statusCode).toBe(400);
      expect(r.body).toContain(field);
    }
    const team = await t.call('admin', 'PATCH', '/api/v1/users/sam/addresses', { team: 'nosuchteam' });
    expect(team.statusCode).toBe(400);
    expect(team.body).toContain('team');
    expect((await t.call('admin', 'PATCH', '/api/v1/users/nobody/addresses', {})).statusCode).toBe(404);
    expect((await t.call('admin', 'PATCH', '/api/v1/users/me/addresses', {})).statusCode).toBe(400);
    const all = (await t.call('admin', 'GET', '/api/v1/addresses')).json<{ items: { username: string }[]; rules: string[] }>();
    expect(all.items.map((a) => a.username).sort()).toEqual(['dana', 'sam']);
    expect(all.rules).toContain('weekly-review');
    expect((await t.call('editor', 'GET', '/api/v1/addresses')).statusCode).toBe(403);
  });
});
