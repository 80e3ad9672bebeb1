/**
 * Tracker issues against a recording HTTP server on loopback that answers like GitHub
 * (through a GitHub Enterprise style base URL, /api/v3) and Jira Cloud (REST v3): an
 * action item's issue is created once, titled and labelled as the seeds say, its link
 * kept; a 4xx is dead with its body, a 5xx retried; a signed GitHub `issues` webhook or
 * a Jira webhook closing the issue ticks "fix deployed" with the evidence in the item's
 * history, and reopening it reopens the item.
 */
import { createHmac, randomUUID } from 'node:crypto';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TrackersConfigSchema } from '../../src/domain/trackers/config.ts';
import { SECTION_SCHEMAS } from '../../src/config/sections.ts';
import { NotifyConfigSchema } from '../../src/domain/notify/config.ts';
import { jobHandlers } from '../../src/jobs/handlers.ts';
import { JobRunner } from '../../src/jobs/job-runner.ts';
import { upsertAddress } from '../../src/store/repositories/address.repository.ts';
import { insertUser } from '../../src/store/repositories/user.repository.ts';
import { scanTrackers } from '../../src/services/trackers/tracker.service.ts';
import { backends, createTestApp, type TestApp } from '../support/test-app.ts';

const GH_SECRET = 'github-webhook-secret-0123456789';
const JIRA_SECRET = 'jira-webhook-secret-0123456789';
const GH_TOKEN = 'ghp_test_token_never_shown';
const JIRA_TOKEN = 'jira-api-token-never-shown';

const md = `---
title: Checkout latency spike
date: 2026-03-09
severity: SEV-2
---

# Checkout latency spike

## Summary

Checkout requests were slow for 25 minutes.

## Action items

| # | Action | Owner | Priority |
|---|--------|-------|----------|
| 1 | Add a p99 latency alert on checkout in alerts/checkout.yaml | @dana | P1 |
| 2 | Document the cache warm-up in runbooks/checkout.md | @dana | P2 |
| 3 | Load-test checkout before each release | @dana | P2 |
| 4 | Move the cache to its own cluster | @dana | P3 |
| 5 | Rotate the checkout credentials | @dana | P3 |
`;

type Hit = { method: string; path: string; headers: IncomingHttpHeaders; body: string };
type Issue = { number: number; title: string; body: string; labels: string[]; html_url: string };

describe.each(backends())('tracker issues on %s', (backend) => {
  let t: TestApp;
  let http: Server;
  let base = '';
  const hits: Hit[] = [];
  const issues: Issue[] = [];
  let pmId = '';
  /** Answers to give the next issue creations (status, body), before behaving. */
  const createAnswers: { status: number; body: string }[] = [];

  beforeAll(async () => {
    http = createServer((req, res) => {
      let body = '';
      req.on('data', (c: Buffer) => { body += c.toString(); });
      req.on('end', () => {
        const url = new URL(req.url ?? '/', 'http://x');
        hits.push({ method: req.method ?? '', path: url.pathname + url.search, headers: req.headers, body });
        res.setHeader('content-type', 'application/json');
        if (url.pathname === '/api/v3/repos/acme/shop/issues' && req.method === 'GET') {
          const label = url.searchParams.get('labels');
          res.end(JSON.stringify(issues.filter((i) => label === null || i.labels.includes(label))));
          return;
        }
        if (url.pathname === '/api/v3/repos/acme/shop/issues' && req.method === 'POST') {
          const canned = createAnswers.shift();
          if (canned) { res.writeHead(canned.status).end(canned.body); return; }
          const b = JSON.parse(body) as { title: string; body: string; labels: string[] };
          const issue = { number: 100 + issues.length, title: b.title, body: b.body, labels: b.labels, html_url: `https://github.example/acme/shop/issues/${100 + issues.length}` };
          issues.push(issue);
          res.writeHead(201).end(JSON.stringify(issue));
          return;
        }
        if (url.pathname === '/rest/api/3/search/jql') { res.end(JSON.stringify({ issues: [] })); return; }
        if (url.pathname === '/rest/api/3/issue' && req.method === 'POST') { res.writeHead(201).end(JSON.stringify({ id: '10001', key: 'OPS-7', self: `${base}/rest/api/3/issue/10001` })); return; }
        res.writeHead(404).end(JSON.stringify({ message: 'Not Found' }));
      });
    });
    await new Promise<void>((r) => http.listen(0, '127.0.0.1', r));
    base = `http://127.0.0.1:${(http.address() as AddressInfo).port}`;
    const trackers = TrackersConfigSchema.parse({
      default: 'github',
      github: { baseUrl: `${base}/api/v3`, token: GH_TOKEN, repo: 'acme/shop', labels: ['incident-response'] },
      jira: { baseUrl: base, email: 'bot@example.com', apiToken: JIRA_TOKEN, projectKey: 'OPS', webhookSecret: JIRA_SECRET },
    });
    const ingest = SECTION_SCHEMAS.ingest.parse({ sources: { github: { secret: GH_SECRET } } });
    t = await createTestApp(backend, { trackers, ingest, notify: NotifyConfigSchema.parse({ baseUrl: 'https://debrief.example' }) });
    await insertUser(t.ctx.db, { id: 'u-dana', username: 'dana', displayName: 'Dana Lee', role: 'editor' });
    await upsertAddress(t.ctx.db, { userId: 'u-dana', email: 'dana@example.com', githubLogin: 'dana-gh', mutes: [] });
    const res = await t.app.inject({ method: 'POST', url: '/api/v1/postmortems/import?file=checkout.md', payload: md, headers: { authorization: `Bearer ${t.tokens.editor}`, 'content-type': 'text/markdown' } });
    expect(res.statusCode).toBe(201);
    pmId = res.json<{ postmortem: { id: string } }>().postmortem.id;
  });
  afterAll(async () => {
    await t?.close();
    await new Promise((r) => http.close(r));
  });

  const runner = () => new JobRunner(t.ctx, jobHandlers(), { worker: 'test' });
  const item = async (key: string) => (await t.call('viewer', 'GET', `/api/v1/postmortems/${pmId}`)).json<{ actionItems: { key: string; status: string; checklist: Record<string, boolean>; trackerUrl: string | null; version: number }[] }>().actionItems.find((a) => a.key === key)!;
  const track = (key: string, body: unknown = {}, role: 'editor' | 'viewer' = 'editor') => t.call(role, 'POST', `/api/v1/postmortems/${pmId}/action-items/${key}/track`, body);
  const creates = () => hits.filter((h) => h.method === 'POST' && h.path === '/api/v3/repos/acme/shop/issues');
  const githubDelivery = (action: string, number: number, extra: Record<string, unknown> = {}) => {
    const body = JSON.stringify({
      action, issue: { number, html_url: `https://github.example/acme/shop/issues/${number}`, state: action === 'closed' ? 'closed' : 'open', title: 'x', ...extra },
      repository: { full_name: 'acme/shop' }, sender: { login: 'octo' },
    });
    return t.app.inject({
      method: 'POST', url: '/api/v1/ingest/github', payload: body,
      headers: { 'content-type': 'application/json', 'x-github-event': 'issues', 'x-github-delivery': randomUUID(), 'x-hub-signature-256': `sha256=${createHmac('sha256', GH_SECRET).update(body).digest('hex')}` },
    });
  };

  it('creates the GitHub issue once, titled and labelled as the seeds say, through the Enterprise base URL, and keeps its link', async () => {
    const r = await track('A1');
    expect(r.statusCode).toBe(202);
    expect(r.json()).toMatchObject({ tracker: 'github', queued: true, link: null, job: { kind: 'tracker.create', state: 'pending' } });
    expect((await track('A1')).json()).toMatchObject({ queued: false, link: null });
    expect((await runner().drain()).done).toBe(1);
    expect(creates()).toHaveLength(1);
    const sent = JSON.parse(creates()[0]!.body) as { title: string; body: string; labels: string[]; assignees: string[] };
    expect(sent.title).toBe('[Post-Mortem] Add a p99 latency alert on checkout in alerts/checkout.yaml');
    expect(sent.labels).toEqual(['postmortem', pmId, 'P1', 'incident-response']);
    expect(sent.assignees).toEqual(['dana-gh']);
    expect(sent.body).toContain(`From post-mortem: Checkout latency spike (${pmId}) https://debrief.example/postmortems/${pmId}#action-A1`);
    expect(sent.body).toMatch(/Priority: P1\nDue: \d{4}-\d{2}-\d{2}\nOwner: @?dana/);
    expect(creates()[0]!.headers['authorization']).toBe(`token ${GH_TOKEN}`);
    expect((await item('A1')).trackerUrl).toBe('https://github.example/acme/shop/issues/100');
    const again = await track('A1');
    expect(again.json()).toMatchObject({ queued: false, job: null, link: { tracker: 'github', externalId: 'acme/shop#100', state: 'open' } });
    expect((await runner().drain()).claimed).toBe(0);
    expect(creates()).toHaveLength(1);
    const hist = (await t.call('viewer', 'GET', `/api/v1/postmortems/${pmId}/action-items/A1/revisions`)).json<{ items: { action: string; actor: string }[] }>().items;
    expect(hist.filter((h) => h.action === 'track')).toEqual([expect.objectContaining({ actor: 'tracker:github' })]);
  });

  it('finds the issue a killed try already created instead of creating a second', async () => {
    issues.push({ number: 50, title: '[Post-Mortem] Document the cache warm-up', body: `… (debrief:${pmId}/A2)`, labels: ['postmortem', pmId], html_url: 'https://github.example/acme/shop/issues/50' });
    const before = creates().length;
    await track('A2');
    await runner().drain();
    expect(creates()).toHaveLength(before);
    expect((await item('A2')).trackerUrl).toBe('https://github.example/acme/shop/issues/50');
  });

  it('records a 4xx with its body and does not retry it; retries a 5xx with backoff', async () => {
    createAnswers.push({ status: 422, body: JSON.stringify({ message: 'Validation Failed', errors: [{ field: 'labels' }] }) });
    const r = await track('A3');
    const jobId = r.json<{ job: { id: number } }>().job.id;
    expect((await runner().drain()).dead).toBe(1);
    const dead = (await t.call('admin', 'GET', '/api/v1/jobs?kind=tracker.create&state=dead')).json<{ items: { id: number; lastError: string; attempts: number }[] }>().items;
    expect(dead.find((j) => j.id === jobId)).toMatchObject({ attempts: 1 });
    expect(dead.find((j) => j.id === jobId)!.lastError).toMatch(/GitHub answered 422: .*Validation Failed/);
    expect(dead.find((j) => j.id === jobId)!.lastError).not.toContain(GH_TOKEN);

    createAnswers.push({ status: 502, body: 'bad gateway' });
    await track('A4');
    expect((await runner().drain()).failed).toBe(1);
    expect((await item('A4')).trackerUrl).toBeNull();
    t.clock.now = new Date(t.clock.now.getTime() + 31_000);
    expect((await runner().drain()).done).toBe(1);
    expect((await item('A4')).trackerUrl).toMatch(/^https:\/\/github\.example\/acme\/shop\/issues\/\d+$/);
  });

  it('a closed issue (signed GitHub webhook) ticks "fix deployed" with the evidence in the history; a redelivery changes nothing; reopening reopens', async () => {
    const closed = await githubDelivery('closed', 100);
    expect(closed.statusCode).toBe(202);
    let a1 = await item('A1');
    expect(a1.checklist['fixDeployed']).toBe(true);
    expect(a1.status).toBe('in_progress');
    const v = a1.version;
    expect((await githubDelivery('closed', 100)).statusCode).toBeLessThan(300);
    expect((await item('A1')).version).toBe(v);
    const hist = (await t.call('viewer', 'GET', `/api/v1/postmortems/${pmId}/action-items/A1/revisions`)).json<{ items: { action: string; actor: string; changes: Record<string, { to: unknown }> }[] }>().items;
    const ev = hist.find((h) => h.action === 'tracker-closed')!;
    expect(ev.actor).toBe('github:octo');
    expect(ev.changes['evidence']!.to).toBe('https://github.example/acme/shop/issues/100');
    expect(ev.changes['status']!.to).toBe('in_progress');

    // With the rest of the checklist done, the next close completes the item; reopening reopens it.
    await githubDelivery('reopened', 100);
    a1 = await item('A1');
    expect(a1).toMatchObject({ status: 'in_progress', checklist: { fixDeployed: false } });
    const patch = await t.call('editor', 'PATCH', `/api/v1/postmortems/${pmId}/action-items/A1`, { version: a1.version, checklist: { docsUpdated: true, teamNotified: true, effectivenessVerifiedNotApplicable: true } });
    expect(patch.statusCode).toBe(200);
    await githubDelivery('closed', 100);
    expect((await item('A1')).status).toBe('done');
    await githubDelivery('reopened', 100);
    expect(await item('A1')).toMatchObject({ status: 'open', checklist: { fixDeployed: false } });
  });

  it('ignores issues it does not track, pull requests and issues closed as not planned', async () => {
    expect((await githubDelivery('closed', 999)).statusCode).toBeLessThan(300);
    const v = (await item('A2')).version;
    await githubDelivery('closed', 50, { state_reason: 'not_planned' });
    await githubDelivery('closed', 50, { pull_request: { url: 'x' } });
    expect((await item('A2')).version).toBe(v);
  });

  it('creates a Jira Cloud issue (REST v3, ADF description, priority, due date) and closes the item from a signed Jira webhook', async () => {
    const r = await track('A5', { tracker: 'jira' });
    expect(r.json()).toMatchObject({ tracker: 'jira', queued: true });
    await runner().drain();
    const post = hits.find((h) => h.path === '/rest/api/3/issue')!;
    expect(post.headers['authorization']).toBe(`Basic ${Buffer.from(`bot@example.com:${JIRA_TOKEN}`).toString('base64')}`);
    const f = (JSON.parse(post.body) as { fields: Record<string, unknown> }).fields;
    expect(f).toMatchObject({ project: { key: 'OPS' }, issuetype: { name: 'Task' }, summary: '[Post-Mortem] Rotate the checkout credentials', priority: { name: 'Low' }, description: { type: 'doc', version: 1 } });
    expect(f['labels']).toEqual(['postmortem', pmId, 'P3', `debrief-${pmId}-A5`]);
    expect(f['duedate']).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect((await item('A5')).trackerUrl).toBe(`${base}/browse/OPS-7`);

    const body = JSON.stringify({ webhookEvent: 'jira:issue_updated', issue: { key: 'OPS-7', fields: { status: { name: 'Done', statusCategory: { key: 'done' } } } }, user: { displayName: 'Jo' } });
    const sig = `sha256=${createHmac('sha256', JIRA_SECRET).update(body).digest('hex')}`;
    const post2 = (headers: Record<string, string>, payload = body) => t.app.inject({ method: 'POST', url: '/api/v1/ingest/jira', payload, headers: { 'content-type': 'application/json', ...headers } });
    expect((await post2({ 'x-hub-signature': `sha256=${'0'.repeat(64)}` })).statusCode).toBe(401);
    expect((await post2({})).statusCode).toBe(401);
    const ok = await post2({ 'x-hub-signature': sig });
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toMatchObject({ matched: true, changed: true, item: { key: 'A5', status: 'in_progress' } });
    expect((await item('A5')).checklist['fixDeployed']).toBe(true);
    const reopened = JSON.stringify({ webhookEvent: 'jira:issue_updated', issue: { key: 'OPS-7', fields: { status: { name: 'In Progress', statusCategory: { key: 'indeterminate' } } } } });
    expect((await post2({ authorization: `Bearer ${JIRA_SECRET}` }, reopened)).json()).toMatchObject({ matched: true, changed: true });
    expect((await item('A5')).checklist['fixDeployed']).toBe(false);
    const bad = await post2({ authorization: `Bearer ${JIRA_SECRET}` }, JSON.stringify({ issue: { key: 42 } }));
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain('issue.key');
  });

  it('needs edit rights to track, says when no tracker can, and never shows tokens', async () => {
    expect((await track('A1', {}, 'viewer')).statusCode).toBe(403);
    expect((await track('A9')).statusCode).toBe(404);
    expect((await track('A1', { tracker: 'gitlab' })).statusCode).toBe(400);
    const states = await t.call('admin', 'GET', '/api/v1/trackers');
    expect(states.json()).toMatchObject({ trackers: [{ name: 'github', configured: true, isDefault: true, target: expect.stringContaining('acme/shop') }, { name: 'jira', configured: true }] });
    expect(states.body).not.toContain(GH_TOKEN);
    expect(states.body).not.toContain(JIRA_TOKEN);
    expect((await t.call('editor', 'GET', '/api/v1/trackers')).statusCode).toBe(403);
    // trackers.auto: every open item without an issue gets one queued, once.
    const auto = await createTestApp(backend, { trackers: TrackersConfigSchema.parse({ default: 'github', auto: true, github: { baseUrl: `${base}/api/v3`, token: GH_TOKEN, repo: 'acme/shop' } }) });
    try {
      const imp = await auto.app.inject({ method: 'POST', url: '/api/v1/postmortems/import?file=auto.md', payload: md, headers: { authorization: `Bearer ${auto.tokens.editor}`, 'content-type': 'text/markdown' } });
      expect(imp.statusCode).toBe(201);
      expect(await scanTrackers(auto.ctx)).toBe(5);
      expect(await scanTrackers(auto.ctx)).toBe(0);
    } finally { await auto.close(); }
    const bare = await createTestApp(backend);
    try {
      const r = await bare.call('admin', 'POST', '/api/v1/action-items/INC-1:A1/track', {});
      expect(r.statusCode).toBe(404);
    } finally { await bare.close(); }
  });
});
