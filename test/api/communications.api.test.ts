/**
 * Communication documents and the public status page: a leadership summary from a
 * published post-mortem; a customer summary made only from the external publication
 * (what the redaction removed never appears); sent through a channel once; and the
 * status page served without sign-in for externally published post-mortems only, with
 * the text HTML-escaped.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SYSTEM_PRINCIPAL } from '../../src/domain/access/roles.ts';
import { NotifyConfigSchema } from '../../src/domain/notify/config.ts';
import { jobHandlers } from '../../src/jobs/handlers.ts';
import { JobRunner } from '../../src/jobs/job-runner.ts';
import { createToken } from '../../src/services/token.service.ts';
import { backends, createTestApp, type TestApp } from '../support/test-app.ts';

type Section = { key: string | null; heading: string; body: string };
type Pm = { id: string; version: number; status: string; sections: Section[]; reviewers: { role: string; user: string | null; decision: string }[] };
const json = { 'content-type': 'application/json' };
const SECRET_HOST = 'db-7.payments.internal';

function sections(list: Section[]): Record<string, string> {
  const text: Record<string, string> = {
    summary: `Checkout returned errors for 40 minutes after a configuration change removed the connection pool limit on ${SECRET_HOST}. <script>alert(1)</script>`,
    impact: 'About 12% of checkout requests failed between 10:00 and 10:40 UTC.',
    rootCause: 'Configuration changes to the payment service are not validated before rollout, because the deploy pipeline has no schema check for pool settings.',
    resolution: 'The previous configuration was restored at 10:40 UTC.',
    whatWentWell: '- The error-rate alert fired within two minutes.',
    whatWentWrong: '- The change was not visible in the deploy log, which slowed down the investigation.',
    lessons: '- Configuration is code and needs the same checks.',
    actionItems: 'Tracked below.',
  };
  return Object.fromEntries(list.map((s) => [s.key ?? s.heading, s.key === 'timeline' ? 'Times are UTC.' : (text[s.key ?? ''] ?? 'N/A')]));
}

describe.each(backends())('communications on %s', (backend) => {
  let t: TestApp;
  let http: Server;
  const hooks: string[] = [];
  let n = 0;
  let external = '';
  let internalOnly = '';

  async function published(audience: 'internal' | 'external'): Promise<string> {
    const inc = (await t.call('responder', 'POST', '/api/v1/incidents', { title: `Checkout errors ${++n}`, severity: 'SEV-2', services: ['checkout'], commander: 'carol', customerVisible: true, startedAt: '2026-03-09T10:00:00Z' })).json<{ id: string }>();
    const draft = (await t.call('responder', 'POST', `/api/v1/incidents/${inc.id}/postmortem`, {})).json<Pm>();
    const edited = await t.call('editor', 'PATCH', `/api/v1/postmortems/${inc.id}`, { sections: sections(draft.sections), version: draft.version });
    expect(edited.statusCode, edited.body).toBe(200);
    await t.call('editor', 'POST', `/api/v1/postmortems/${inc.id}/action-items`, { title: `Validate pool settings on ${SECRET_HOST} in the deploy pipeline`, category: 'prevent', priority: 'P1', owner: '@dana' });
    let pm = (await t.call('viewer', 'GET', `/api/v1/postmortems/${inc.id}`)).json<Pm>();
    pm = (await t.call('editor', 'POST', `/api/v1/postmortems/${inc.id}/review`, { action: 'request', version: pm.version })).json<Pm>();
    for (const r of pm.reviewers.filter((x) => x.decision === 'pending' && x.role !== 'legal')) {
      const token = (await createToken(t.ctx, SYSTEM_PRINCIPAL, { name: r.user ?? `reviewer-${++n}`, role: 'editor' })).token;
      const res = await t.app.inject({ method: 'POST', url: `/api/v1/postmortems/${inc.id}/review`, headers: { authorization: `Bearer ${token}`, ...json }, payload: JSON.stringify({ action: 'approve', role: r.role, version: pm.version }) });
      expect(res.statusCode, res.body).toBe(200);
      pm = res.json();
    }
    const pub = await t.call('editor', 'POST', `/api/v1/postmortems/${inc.id}/publish`, { audience, version: pm.version });
    expect(pub.statusCode, pub.body).toBe(201);
    return inc.id;
  }

  beforeAll(async () => {
    http = createServer((req, res) => { let b = ''; req.on('data', (c: Buffer) => { b += c.toString(); }); req.on('end', () => { hooks.push(b); res.end('ok'); }); });
    await new Promise<void>((r) => http.listen(0, '127.0.0.1', r));
    const notify = NotifyConfigSchema.parse({ baseUrl: 'https://debrief.example', webhooks: [{ name: 'comms', url: `http://127.0.0.1:${(http.address() as AddressInfo).port}/hook`, secret: 'comms-webhook-secret-0123456789' }] });
    t = await createTestApp(backend, { notify });
    external = await published('external');
    internalOnly = await published('internal');
  });
  afterAll(async () => {
    await t?.close();
    await new Promise((r) => http.close(r));
  });

  it('writes the leadership summary from the post-mortem: what happened, impact, cause, actions with owners', async () => {
    const r = await t.call('viewer', 'GET', `/api/v1/postmortems/${internalOnly}/communications/leadership`);
    expect(r.statusCode, r.body).toBe(200);
    const md = r.json<{ markdown: string }>().markdown;
    expect(md).toContain('# Incident summary for leadership');
    expect(md).toContain('(SEV-2)');
    expect(md).toContain('About 12% of checkout requests failed');
    expect(md).toContain('@dana');
    expect(md).toContain(`https://debrief.example/postmortems/${internalOnly}`);
    const raw = await t.call('viewer', 'GET', `/api/v1/postmortems/${internalOnly}/communications/leadership?format=md`);
    expect(raw.headers['content-type']).toContain('text/markdown');
  });

  it('writes the customer summary from the external publication only: nothing the redaction removed, no owners', async () => {
    expect((await t.call('viewer', 'GET', `/api/v1/postmortems/${internalOnly}/communications/customer`)).statusCode).toBe(409);
    const r = await t.call('viewer', 'GET', `/api/v1/postmortems/${external}/communications/customer`);
    expect(r.statusCode, r.body).toBe(200);
    const md = r.json<{ markdown: string; basedOn: { audience: string } }>();
    expect(md.basedOn.audience).toBe('external');
    expect(md.markdown).toContain('About 12% of checkout requests failed');
    expect(md.markdown).toContain('## What we are doing to prevent it');
    expect(md.markdown).toContain('Validate pool settings on');
    expect(md.markdown).not.toContain(SECRET_HOST);
    expect(md.markdown).not.toContain('@dana');
    expect(md.markdown).not.toContain('debrief.example');
  });

  it('sends a document through a channel once per text and recipients', async () => {
    const send = (body: unknown, role: 'editor' | 'viewer' = 'editor') => t.call(role, 'POST', `/api/v1/postmortems/${external}/communications/customer/send`, body);
    expect((await send({ channel: 'webhook', to: ['comms'] }, 'viewer')).statusCode).toBe(403);
    expect((await send({ channel: 'webhook', to: ['comms'] })).statusCode).toBe(202);
    expect((await send({ channel: 'webhook', to: ['comms'] })).statusCode).toBe(409);
    expect((await send({ channel: 'webhook', to: ['comms'], markdown: '# Edited\n\nOur own words.' })).statusCode).toBe(202);
    expect((await send({ channel: 'email' })).statusCode).toBe(409);
    await new JobRunner(t.ctx, jobHandlers(), { worker: 'test' }).drain();
    expect(hooks).toHaveLength(2);
    expect(hooks.some((h) => h.includes('Our own words.'))).toBe(true);
    expect(hooks.join('')).not.toContain(SECRET_HOST);
  });

  it('serves the status page without sign-in for external publications only, HTML escaped', async () => {
    const page = await t.app.inject({ method: 'GET', url: `/status/${external}` });
    expect(page.statusCode).toBe(200);
    expect(page.headers['content-type']).toContain('text/html');
    expect(page.body).toContain('About 12% of checkout requests failed');
    expect(page.body).not.toContain(SECRET_HOST);
    expect(page.body).not.toContain('<script>');
    expect(String(page.headers['content-security-policy'])).toContain("default-src 'none'");
    expect((await t.app.inject({ method: 'GET', url: `/status/${internalOnly}` })).statusCode).toBe(404);
    expect((await t.app.inject({ method: 'GET', url: '/status/INC-nope' })).statusCode).toBe(404);
    const index = await t.app.inject({ method: 'GET', url: '/status' });
    expect(index.statusCode).toBe(200);
    expect(index.body).toContain(`status/${external}`);
    expect(index.body).not.toContain(internalOnly);
  });
});
