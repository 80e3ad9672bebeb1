/** Security at the edge: headers everywhere, safe links only, expiring API tokens. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backends, createTestApp, type TestApp } from '../support/test-app.ts';

describe.each(backends())('security at the edge on %s', (backend) => {
  let t: TestApp;
  let incident = '';
  beforeAll(async () => {
    t = await createTestApp(backend);
    incident = (await t.call('responder', 'POST', '/api/v1/incidents', { title: 'Links', severity: 'SEV-3' })).json().id;
  });
  afterAll(async () => { await t?.close(); });

  it('sends frame, sniffing and content-security headers on API answers, problems and the docs page', async () => {
    for (const [role, url] of [['viewer', '/api/v1/incidents'], [null, '/api/v1/incidents'], [null, '/api/docs'], [null, '/api/openapi.json']] as const) {
      const res = await t.call(role, 'GET', url);
      expect(res.headers['x-frame-options'], url).toBe('DENY');
      expect(res.headers['x-content-type-options'], url).toBe('nosniff');
      expect(String(res.headers['content-security-policy']), url).toContain("frame-ancestors 'none'");
    }
    const docs = await t.call(null, 'GET', '/api/docs');
    expect(String(docs.headers['content-security-policy'])).toContain("script-src 'self'");
  });

  it('checks who is asking before reading the request: 401 and 403 come before a bad body or a missing If-Match', async () => {
    const garbled = { 'content-type': 'application/json' };
    const anonymous = await t.app.inject({ method: 'PATCH', url: `/api/v1/incidents/${incident}`, payload: '{"title": ', headers: garbled });
    expect(anonymous.statusCode).toBe(401);
    const viewer = await t.app.inject({ method: 'PATCH', url: `/api/v1/incidents/${incident}`, payload: '{"title": ', headers: { ...garbled, authorization: `Bearer ${t.tokens.viewer}` } });
    expect(viewer.statusCode).toBe(403);
    expect(viewer.json().detail).toContain('needs the responder role');
    for (const [method, url] of [['PATCH', `/api/v1/incidents/${incident}`], ['POST', `/api/v1/incidents/${incident}/status`], ['PATCH', `/api/v1/postmortems/${incident}`], ['POST', `/api/v1/postmortems/${incident}/publish`]] as const) {
      const res = await t.call('viewer', method, url, { title: 'no version given' });
      expect(res.statusCode, `${method} ${url}`).toBe(403);
    }
    const review = await t.call('viewer', 'POST', `/api/v1/postmortems/${incident}/review`, { action: 'approve' });
    expect(review.statusCode).toBe(403);
    expect(review.json().detail).toContain('needs the reviewer role');
    // A responder gets past the door and on to the request's own problems.
    expect((await t.call('responder', 'PATCH', `/api/v1/incidents/${incident}`, { title: 'no version given' })).statusCode).toBe(428);
  });

  it('keeps a token typed into the docs page out of browser storage', async () => {
    const init = await t.call(null, 'GET', '/api/docs/init.js');
    expect(init.body).toContain('persistAuthorization: false');
  });

  it('refuses javascript:, data: and vbscript: links on events, imported events and action items', async () => {
    for (const link of ['javascript:alert(1)', 'JavaScript:alert(1)', 'data:text/html,<script>alert(1)</script>', 'vbscript:msgbox(1)']) {
      const res = await t.call('responder', 'POST', `/api/v1/incidents/${incident}/events`, { at: '2026-03-10T11:00:00Z', text: 'x', link });
      expect(res.statusCode, link).toBe(400);
      expect(JSON.stringify(res.json().errors)).toContain('link');
      const imported = await t.call('responder', 'POST', `/api/v1/incidents/${incident}/events/import`, {
        source: 'git', events: [{ at: '2026-03-10T11:00:00Z', precision: 'exact', kind: 'commit', text: 'x', actor: null, phase: null, link, idempotencyKey: `k-${link.length}` }],
      });
      expect(imported.statusCode, link).toBe(400);
    }
    const ok = await t.call('responder', 'POST', `/api/v1/incidents/${incident}/events`, { at: '2026-03-10T11:00:00Z', text: 'x', link: 'https://grafana.example.com/d/1' });
    expect(ok.statusCode).toBe(201);
    await t.call('responder', 'POST', `/api/v1/incidents/${incident}/postmortem`, {});
    const item = await t.call('editor', 'POST', `/api/v1/postmortems/${incident}/action-items`, { title: 'Add a canary', category: 'prevent', trackerUrl: 'javascript:alert(1)' });
    expect(item.statusCode).toBe(400);
    expect(JSON.stringify(item.json().errors)).toContain('trackerUrl');
  });

  it('refuses an API token after its expiry and shows when each token was last used', async () => {
    const expiresAt = new Date(t.clock.now.getTime() + 3_600_000).toISOString();
    const created = await t.call('admin', 'POST', '/api/v1/tokens', { name: 'short-lived', role: 'viewer', expiresAt });
    expect(created.statusCode).toBe(201);
    expect(created.json().expiresAt).toBe(expiresAt);
    const bearer = { authorization: `Bearer ${created.json().token}` };
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/me', headers: bearer })).statusCode).toBe(200);
    const listed = (await t.call('admin', 'GET', '/api/v1/tokens')).json().items.find((i: { id: string }) => i.id === created.json().id);
    expect(listed).toMatchObject({ expiresAt, lastUsedAt: t.clock.now.toISOString() });
    t.clock.now = new Date(t.clock.now.getTime() + 2 * 3_600_000);
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/me', headers: bearer })).statusCode).toBe(401);
    const past = await t.call('admin', 'POST', '/api/v1/tokens', { name: 'stale', role: 'viewer', expiresAt: '2020-01-01T00:00:00Z' });
    expect(past.statusCode).toBe(422);
    expect(JSON.stringify(past.json().errors)).toContain('expiresAt');
  });

  it('refuses Markdown over server.maxMarkdownBytes with 413 naming the limit (lint, import, replace)', async () => {
    const small = await createTestApp(backend, { maxMarkdownBytes: 10_000 });
    try {
      const big = `# Outage\n\n## Summary\n\n${'['.repeat(6000)}${']'.repeat(6000)}\n`;
      const lint = await small.app.inject({ method: 'POST', url: '/api/v1/lint', payload: big, headers: { authorization: `Bearer ${small.tokens.viewer}`, 'content-type': 'text/markdown' } });
      expect(lint.statusCode).toBe(413);
      expect(lint.json().detail).toContain('the limit is 10000 bytes');
      const imp = await small.app.inject({ method: 'POST', url: '/api/v1/postmortems/import', payload: big, headers: { authorization: `Bearer ${small.tokens.editor}`, 'content-type': 'text/markdown' } });
      expect(imp.statusCode).toBe(413);
      const ok = await small.app.inject({ method: 'POST', url: '/api/v1/lint', payload: '# Outage\n\n## Summary\n\n[[[]]]\n', headers: { authorization: `Bearer ${small.tokens.viewer}`, 'content-type': 'text/markdown' } });
      expect(ok.statusCode).toBe(200);
    } finally { await small.close(); }
  });
});
