import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backends, createTestApp, type TestApp } from '../support/test-app.ts';
import { ROLES, type Role } from '../../src/domain/access/roles.ts';

describe.each(backends())('access, route by route, on %s', (backend) => {
  let t: TestApp;
  let id = '';
  beforeAll(async () => {
    t = await createTestApp(backend);
    id = (await t.call('admin', 'POST', '/api/v1/incidents', { title: 'Access test', severity: 'SEV-2' })).json().id;
    await t.call('admin', 'POST', `/api/v1/incidents/${id}/postmortem`, { owner: 'token:responder' });
  });
  afterAll(async () => { await t?.close(); });

  const version = async () => (await t.call('viewer', 'GET', `/api/v1/postmortems/${id}`)).json().version as number;

  // [what, method, url, body, lowest role allowed]
  const cases: [string, string, () => string, () => Promise<unknown>, Role][] = [
    ['list incidents', 'GET', () => '/api/v1/incidents', async () => undefined, 'viewer'],
    ['declare', 'POST', () => '/api/v1/incidents', async () => ({ title: 'x', severity: 'SEV-4' }), 'responder'],
    ['read the policy', 'GET', () => '/api/v1/policy', async () => undefined, 'viewer'],
    ['read a post-mortem', 'GET', () => `/api/v1/postmortems/${id}`, async () => undefined, 'viewer'],
    ['comment', 'POST', () => `/api/v1/postmortems/${id}/comments`, async () => ({ section: 'summary', body: 'Looks right.' }), 'reviewer'],
    ['list action items', 'GET', () => '/api/v1/action-items', async () => undefined, 'viewer'],
    ['create a user', 'POST', () => '/api/v1/users', async () => ({ username: `u${Math.random().toString(36).slice(2, 8)}`, password: 'long enough pass', role: 'viewer' }), 'admin'],
    ['create a token', 'POST', () => '/api/v1/tokens', async () => ({ name: 'x', role: 'viewer' }), 'admin'],
    ['import a post-mortem', 'POST', () => '/api/v1/postmortems/import', async () => '# Imported\n\n## Summary\n\nText.\n', 'editor'],
  ];
  const roles: Role[] = [...ROLES];

  for (const [what, method, url, body, lowest] of cases) {
    it(`lets ${lowest} and above ${what}, and refuses the roles below with 403`, async () => {
      for (const role of roles) {
        const b = await body();
        const res = await t.call(role, method, url(), b, typeof b === 'string' ? { 'content-type': 'text/markdown' } : {});
        const allowed = roles.indexOf(role) >= roles.indexOf(lowest);
        if (allowed) expect(res.statusCode, `${role} ${what}: ${res.body}`).toBeLessThan(300);
        else expect(res.statusCode, `${role} ${what}`).toBe(403);
      }
    });
  }

  it('lets the owner (a responder) edit the post-mortem, but not another responder-level viewer', async () => {
    expect((await t.call('viewer', 'PATCH', `/api/v1/postmortems/${id}`, { sections: { summary: 'A' }, version: await version() })).statusCode).toBe(403);
    expect((await t.call('responder', 'PATCH', `/api/v1/postmortems/${id}`, { sections: { summary: 'B' }, version: await version() })).statusCode).toBe(200);
    expect((await t.call('editor', 'PATCH', `/api/v1/postmortems/${id}`, { sections: { summary: 'C' }, version: await version() })).statusCode).toBe(200);
  });

  it('refuses sign-off by the owner (a responder), and lets a reviewer-level role sign', async () => {
    await t.call('responder', 'POST', `/api/v1/postmortems/${id}/review`, { action: 'request', version: await version() });
    expect((await t.call('responder', 'POST', `/api/v1/postmortems/${id}/review`, { action: 'approve', role: 'technical lead', version: await version() })).statusCode).toBe(403);
    expect((await t.call('editor', 'POST', `/api/v1/postmortems/${id}/review`, { action: 'approve', role: 'technical lead', version: await version() })).statusCode).toBe(200);
  });

  it('lets only editors or the owner add action items, and the item owner update theirs', async () => {
    const body = { title: 'Add a disk-usage alert at 85% on the search nodes', category: 'detect', priority: 'P1', owner: 'token:viewer' };
    expect((await t.call('viewer', 'POST', `/api/v1/postmortems/${id}/action-items`, body)).statusCode).toBe(403);
    const created = await t.call('responder', 'POST', `/api/v1/postmortems/${id}/action-items`, body);
    expect(created.statusCode).toBe(201);
    // The item's owner is a viewer: owning an item does not lift the role floor for writes.
    const upd = await t.call('viewer', 'PATCH', `/api/v1/postmortems/${id}/action-items/${created.json().key}`, { status: 'in_progress', version: 1 });
    expect(upd.statusCode).toBe(403);
  });
});
