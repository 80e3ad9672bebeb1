import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SYSTEM_PRINCIPAL } from '../../src/domain/access/roles.ts';
import { myWorkSchema, type MyWork } from '../../src/domain/work/contract.ts';
import { createToken } from '../../src/services/token.service.ts';
import { backends, createTestApp, type TestApp } from '../support/test-app.ts';

/** Ana owns one post-mortem, reviews another, owns action items on both, and is in team "payments". */
describe.each(backends())('GET /api/v1/me/work on %s', (backend) => {
  let t: TestApp;
  let ana: string;
  let bo: string;
  let mine: string;
  let theirs: string;
  const as = (token: string) => async (method: string, url: string, body?: unknown) => t.app.inject({
    method: method as 'GET', url, headers: { authorization: `Bearer ${token}`, ...(body !== undefined ? { 'content-type': 'application/json' } : {}) },
    ...(body !== undefined ? { payload: JSON.stringify(body) } : {}),
  });
  const work = async (token: string): Promise<MyWork> => {
    const res = await as(token)('GET', '/api/v1/me/work');
    expect(res.statusCode, res.body).toBe(200);
    return myWorkSchema.parse(res.json());
  };

  beforeAll(async () => {
    t = await createTestApp(backend);
    for (const [username, displayName, role] of [['ana', 'Ana Ruiz', 'editor'], ['bo', 'Bo Lind', 'reviewer']] as const) {
      const res = await t.call('admin', 'POST', '/api/v1/users', { username, displayName, role, password: 'a long enough password 1' });
      expect(res.statusCode, res.body).toBe(201);
    }
    ana = (await createToken(t.ctx, SYSTEM_PRINCIPAL, { name: 'ana-cli', role: 'editor', user: 'ana' })).token;
    bo = (await createToken(t.ctx, SYSTEM_PRINCIPAL, { name: 'bo-cli', role: 'reviewer', user: 'bo' })).token;
    expect((await t.call('admin', 'PUT', '/api/v1/teams/payments', {})).statusCode).toBeLessThan(300);
    expect((await t.call('admin', 'PATCH', '/api/v1/users/ana/addresses', { team: 'payments' })).statusCode).toBe(200);

    const declare = async (title: string, commander: string) => {
      const inc = (await t.call('responder', 'POST', '/api/v1/incidents', { title, severity: 'SEV-2', services: ['checkout'], commander, startedAt: '2026-03-10T10:00:00Z' })).json();
      const res = await t.call('responder', 'POST', `/api/v1/incidents/${inc.id}/status`, { status: 'resolved', at: '2026-03-10T10:40:00Z', version: inc.version });
      expect(res.statusCode, res.body).toBe(200);
      return inc.id as string;
    };
    mine = await declare('Checkout errors after a config change', 'Ana Ruiz'); // owned by display name
    theirs = await declare('Webhooks delayed', 'carol');
    // Carol's post-mortem goes to review with Ana as one reviewer.
    const pm = (await t.call('viewer', 'GET', `/api/v1/postmortems/${theirs}`)).json();
    const roles = (pm.reviewers as { role: string }[]).map((r) => r.role);
    const req = await t.call('editor', 'POST', `/api/v1/postmortems/${theirs}/review`, { action: 'request', version: pm.version, reviewers: [{ role: roles[0], user: 'ana' }] });
    expect(req.statusCode, req.body).toBe(200);
    // Action items: Ana's (by @username, one overdue later), someone else's in team payments, one of Bo's.
    const add = async (id: string, body: Record<string, unknown>) => expect((await t.call('editor', 'POST', `/api/v1/postmortems/${id}/action-items`, { category: 'prevent', ...body })).statusCode).toBe(201);
    await add(mine, { title: 'Schema check for pool settings', priority: 'P1', owner: '@ana' });
    await add(theirs, { title: 'Queue age alert', priority: 'P2', owner: 'ANA' });
    await add(theirs, { title: 'Runbook for draining the queue', priority: 'P1', owner: 'dave', team: 'payments' });
    await add(theirs, { title: 'Review the retry budget', priority: 'P1', owner: 'bo' });
  });
  afterAll(async () => { await t?.close(); });

  it('lists what waits for one person in each of their roles: reviewer, item owner, post-mortem owner', async () => {
    const w = await work(ana);
    expect(w.person).toEqual({ username: 'ana', displayName: 'Ana Ruiz', team: 'payments' });
    expect(w.reviews.map((r) => r.postmortemId)).toEqual([theirs]);
    expect(w.actionItems.map((i) => i.title)).toEqual(['Schema check for pool settings', 'Queue age alert']); // P1 due first
    expect(w.postmortems.map((p) => p.id)).toEqual([mine]);
    expect(w.postmortems[0]!.nextDeadline).toMatchObject({ milestone: expect.any(String), overdue: false });
    expect(w.team).toEqual({ name: 'payments', overdue: [] });
    // The review and the P1 item due within 7 days; the post-mortem's next deadline is further out or not.
    expect(w.waiting).toBeGreaterThanOrEqual(2);
  });

  it('shows another person only their own work', async () => {
    const w = await work(bo);
    expect(w.reviews).toEqual([]);
    expect(w.actionItems.map((i) => i.title)).toEqual(['Review the retry budget']);
    expect(w.postmortems).toEqual([]);
    expect(w.team.name).toBeNull();
  });

  it('moves items to overdue, and the team sees its overdue items, as time passes', async () => {
    t.clock.now = new Date('2026-03-20T12:00:00Z');
    try {
      const w = await work(ana);
      expect(w.actionItems.find((i) => i.title === 'Schema check for pool settings')?.overdue).toBe(true);
      expect(w.team.overdue.map((i) => i.title)).toEqual(['Runbook for draining the queue']);
      expect(w.postmortems[0]!.nextDeadline?.overdue).toBe(true);
    } finally {
      t.clock.now = new Date('2026-03-10T12:00:00Z');
    }
  });

  it('drops a review once it is signed off and a post-mortem once it is published', async () => {
    const pm = (await t.call('viewer', 'GET', `/api/v1/postmortems/${theirs}`)).json();
    const slot = (pm.reviewers as { role: string; user: string | null }[]).find((r) => r.user === 'ana')!;
    const res = await as(ana)('POST', `/api/v1/postmortems/${theirs}/review`, { action: 'approve', role: slot.role, version: pm.version });
    expect(res.statusCode, res.body).toBe(200);
    expect((await work(ana)).reviews).toEqual([]);
  });

  it('answers an empty list, not an error, for a token that belongs to nobody', async () => {
    const w = await work(t.tokens.viewer);
    expect(w).toMatchObject({ person: null, reviews: [], actionItems: [], postmortems: [], waiting: 0 });
  });

  it('refuses without a token', async () => {
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/me/work' })).statusCode).toBe(401);
  });
});
