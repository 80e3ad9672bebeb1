/**
 * Notification channels against real peers started here: an SMTP server (smtp-server)
 * recording messages, and a loopback HTTP server recording Slack incoming-webhook and
 * outbound-webhook calls (answering 429 with Retry-After once, like Slack does).
 */
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NotifyConfigSchema } from '../../src/domain/notify/config.ts';
import { webhookSignature } from '../../src/domain/notify/message.ts';
import { jobHandlers } from '../../src/jobs/handlers.ts';
import { JobRunner } from '../../src/jobs/job-runner.ts';
import { backends, createTestApp, type TestApp } from '../support/test-app.ts';

type Hit = { path: string; headers: IncomingHttpHeaders; body: string };
const HOOK_SECRET = 'outbound-webhook-secret-0123456789';

describe.each(backends())('notification channels on %s', (backend) => {
  let t: TestApp;
  let http: Server;
  let smtp: SMTPServer;
  const hits: Hit[] = [];
  const mails: { from: string; to: string[]; raw: string }[] = [];
  let slackBusy = 1;

  beforeAll(async () => {
    http = createServer((req, res) => {
      let body = '';
      req.on('data', (c: Buffer) => { body += c.toString(); });
      req.on('end', () => {
        if (req.url === '/slack' && slackBusy > 0) {
          slackBusy--;
          res.writeHead(429, { 'retry-after': '3' }).end('rate_limited');
          return;
        }
        hits.push({ path: req.url ?? '', headers: req.headers, body });
        if (req.url === '/gone') res.writeHead(404).end('no_service');
        else res.writeHead(200).end('ok');
      });
    });
    await new Promise<void>((r) => http.listen(0, '127.0.0.1', r));
    smtp = new SMTPServer({
      authOptional: true, disabledCommands: ['STARTTLS'], logger: false,
      onData(stream, session, cb) {
        let raw = '';
        stream.on('data', (c: Buffer) => { raw += c.toString(); });
        stream.on('end', () => {
          mails.push({ from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '', to: session.envelope.rcptTo.map((r) => r.address), raw });
          cb();
        });
      },
    });
    await new Promise<void>((r) => smtp.listen(0, '127.0.0.1', r));
    const base = `http://127.0.0.1:${(http.address() as AddressInfo).port}`;
    const notify = NotifyConfigSchema.parse({
      baseUrl: 'https://debrief.example',
      slack: { webhookUrl: `${base}/slack` },
      email: { host: '127.0.0.1', port: (smtp.server.address() as AddressInfo).port, from: 'Debrief <debrief@example.com>' },
      webhooks: [{ name: 'ops', url: `${base}/hook`, secret: HOOK_SECRET }, { name: 'gone', url: `${base}/gone`, secret: HOOK_SECRET }],
    });
    t = await createTestApp(backend, { notify });
  });
  afterAll(async () => {
    await t.close();
    await new Promise((r) => http.close(r));
    await new Promise((r) => smtp.close(() => r(undefined)));
  });

  const runner = () => new JobRunner(t.ctx, jobHandlers(), { worker: 'test' });

  it('lists the channels without their URLs or secrets (hosts only)', async () => {
    const r = await t.call('admin', 'GET', '/api/v1/notify/channels');
    expect(r.statusCode).toBe(200);
    expect(r.json()).toMatchObject({ enabled: true, channels: [{ name: 'slack', configured: true }, { name: 'email', configured: true }, { name: 'webhook', configured: true, targets: ['ops', 'gone'] }] });
    // Hosts are shown (where messages go); URLs (which may carry a token) and secrets never.
    expect(r.body).not.toMatch(/127\.0\.0\.1:\d+\//);
    expect(r.body).not.toContain('http://');
    expect(r.body).not.toContain(HOOK_SECRET);
    expect((await t.call('editor', 'GET', '/api/v1/notify/channels')).statusCode).toBe(403);
  });

  it('a Slack test message waits out a 429 Retry-After, then arrives as Block Kit', async () => {
    const q = await t.call('admin', 'POST', '/api/v1/notify/test', { channel: 'slack' });
    expect(q.statusCode).toBe(202);
    const id = q.json<{ id: number }>().id;
    await runner().drain();
    let job = (await t.call('admin', 'GET', '/api/v1/jobs?kind=notify.send')).json<{ items: { id: number; state: string; scheduledAt: string; lastError: string | null }[] }>().items.find((j) => j.id === id)!;
    expect(job.state).toBe('pending');
    expect(job.lastError).toContain('429');
    expect(Date.parse(job.scheduledAt) - t.clock.now.getTime()).toBe(3000);
    t.clock.now = new Date(t.clock.now.getTime() + 3000);
    await runner().drain();
    job = (await t.call('admin', 'GET', '/api/v1/jobs?kind=notify.send')).json<{ items: typeof job[] }>().items.find((j) => j.id === id)!;
    expect(job.state).toBe('done');
    const slack = hits.filter((h) => h.path === '/slack');
    expect(slack).toHaveLength(1);
    const msg = JSON.parse(slack[0]!.body) as { text: string; blocks: { type: string }[] };
    expect(msg.text).toContain('Debrief test message');
    expect(msg.blocks.map((b) => b.type)).toEqual(['header', 'section', 'section', 'actions']);
  });

  it('an e-mail test message reaches the SMTP server with text and HTML parts', async () => {
    const q = await t.call('admin', 'POST', '/api/v1/notify/test', { channel: 'email', to: 'alice@example.com' });
    expect(q.statusCode).toBe(202);
    expect((await runner().drain()).done).toBe(1);
    expect(mails).toHaveLength(1);
    expect(mails[0]!.to).toEqual(['alice@example.com']);
    expect(mails[0]!.from).toBe('debrief@example.com');
    expect(mails[0]!.raw).toContain('Subject: Debrief test message');
    expect(mails[0]!.raw).toContain('text/plain');
    expect(mails[0]!.raw).toContain('text/html');
    const noTo = await t.call('admin', 'POST', '/api/v1/notify/test', { channel: 'email' });
    expect(noTo.statusCode).toBe(400);
    expect(noTo.body).toContain('to');
  });

  it('an outbound webhook carries a timestamp and an HMAC-SHA256 signature a receiver can verify; a 404 is dead at once', async () => {
    await t.call('admin', 'POST', '/api/v1/notify/test', { channel: 'webhook', to: 'ops' });
    await t.call('admin', 'POST', '/api/v1/notify/test', { channel: 'webhook', to: 'gone' });
    const r = await runner().drain();
    expect(r).toMatchObject({ done: 1, dead: 1 });
    const hook = hits.find((h) => h.path === '/hook')!;
    const ts = Number(hook.headers['debrief-timestamp']);
    expect(ts).toBe(Math.floor(t.clock.now.getTime() / 1000));
    expect(hook.headers['debrief-signature']).toBe(webhookSignature(HOOK_SECRET, ts, hook.body));
    expect(hook.headers['debrief-signature']).not.toBe(webhookSignature('another-secret-0123456789', ts, hook.body));
    expect(JSON.parse(hook.body)).toMatchObject({ type: 'test', title: 'Debrief test message' });
    const dead = (await t.call('admin', 'GET', '/api/v1/jobs?state=dead')).json<{ items: { lastError: string }[] }>().items;
    expect(dead[0]!.lastError).toContain('404');
  });

  it('refuses an unknown channel by field, and a webhook name that is not configured', async () => {
    const bad = await t.call('admin', 'POST', '/api/v1/notify/test', { channel: 'pager' });
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain('channel');
    expect((await t.call('admin', 'POST', '/api/v1/notify/test', { channel: 'webhook', to: 'nope' })).statusCode).toBe(400);
  });
});
