/**
 * A message whose sending server died between the peer's answer and the job's completion is
 * run again as an uncertain retry, and each peer sees it once where the peer can tell: a
 * Slack bot (recording Slack Web API server: chat.postMessage with metadata,
 * conversations.history) finds its own message and posts nothing; the outbound webhook and
 * e-mail (smtp-server) carry the same delivery id / Message-ID as the first attempt so their
 * receivers drop the repeat. The attempt is committed as started before the send, and a job
 * claimed but never started is not uncertain.
 */
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NotifyConfigSchema } from '../../src/domain/notify/config.ts';
import { jobHandlers } from '../../src/jobs/handlers.ts';
import { JobRunner } from '../../src/jobs/job-runner.ts';
import { sendNotificationJob } from '../../src/services/notify/registry.ts';
import { claimJobs, getJob, markAttemptStarted, type JobRow } from '../../src/store/repositories/job.repository.ts';
import { backends, createTestApp, type TestApp } from '../support/test-app.ts';

type SlackPost = { channel: string; text: string; metadata?: { event_type: string; event_payload: { delivery: string } } };
const BOT = 'xoxb-test-bot-token-0123';
const LEASE = 60_000;

describe.each(backends())('uncertain retries after a killed send on %s', (backend) => {
  let t: TestApp;
  let http: Server;
  let smtp: SMTPServer;
  const posts: SlackPost[] = [];
  const histories: string[] = [];
  const hooks: { headers: IncomingHttpHeaders; body: string }[] = [];
  const mails: string[] = [];

  beforeAll(async () => {
    http = createServer((req, res) => {
      let body = '';
      req.on('data', (c: Buffer) => { body += c.toString(); });
      req.on('end', () => {
        const url = new URL(req.url ?? '/', 'http://x');
        res.setHeader('content-type', 'application/json');
        if (url.pathname === '/api/chat.postMessage') {
          const p = JSON.parse(body) as SlackPost;
          posts.push(p);
          res.end(JSON.stringify({ ok: true, channel: p.channel, ts: `${1700000000 + posts.length}.000100` }));
          return;
        }
        if (url.pathname === '/api/conversations.history') {
          histories.push(url.search);
          const all = url.searchParams.get('include_all_metadata') === 'true';
          const messages = posts.filter((p) => p.channel === url.searchParams.get('channel')).reverse()
            .map((p) => ({ type: 'message', text: p.text, ...(all && p.metadata ? { metadata: p.metadata } : {}) }));
          res.end(JSON.stringify({ ok: true, messages, has_more: false }));
          return;
        }
        if (url.pathname === '/hook') { hooks.push({ headers: req.headers, body }); res.end('ok'); return; }
        res.writeHead(404).end('{}');
      });
    });
    await new Promise<void>((r) => http.listen(0, '127.0.0.1', r));
    smtp = new SMTPServer({
      authOptional: true, disabledCommands: ['STARTTLS'], logger: false,
      onData(stream, _session, cb) {
        let raw = '';
        stream.on('data', (c: Buffer) => { raw += c.toString(); });
        stream.on('end', () => { mails.push(raw); cb(); });
      },
    });
    await new Promise<void>((r) => smtp.listen(0, '127.0.0.1', r));
    const base = `http://127.0.0.1:${(http.address() as AddressInfo).port}`;
    t = await createTestApp(backend, {
      notify: NotifyConfigSchema.parse({
        slack: { botToken: BOT, defaultChannel: 'C0DEBRIEF', apiBaseUrl: `${base}/api` },
        email: { host: '127.0.0.1', port: (smtp.server.address() as AddressInfo).port, from: 'Debrief <debrief@example.com>' },
        webhooks: [{ name: 'ops', url: `${base}/hook`, secret: 'outbound-webhook-secret-0123456789' }],
      }),
    });
  });
  afterAll(async () => {
    await t.close();
    await new Promise((r) => http.close(r));
    await new Promise((r) => smtp.close(() => r(undefined)));
  });

  const runner = () => new JobRunner(t.ctx, jobHandlers(), { worker: 'next', leaseMs: LEASE });
  const queueTest = async (body: Record<string, unknown>): Promise<number> => {
    const r = await t.call('admin', 'POST', '/api/v1/notify/test', body);
    expect(r.statusCode).toBe(202);
    return r.json<{ id: number }>().id;
  };
  /** A server claims the job, commits the attempt as started, sends (the peer answers) and dies before recording it done. */
  const killedAfterSend = async (id: number, send = true): Promise<void> => {
    const [job] = await t.ctx.db.transaction((tx) => claimJobs(tx, 'killed', 1, t.ctx.now(), LEASE));
    expect(job!.id).toBe(id);
    expect(await markAttemptStarted(t.ctx.db, id, 'killed', t.ctx.now())).toBe(true);
    if (send) await sendNotificationJob(job!.payload, job!, t.ctx);
    t.clock.now = new Date(t.clock.now.getTime() + LEASE + 1);
  };
  const delivery = (p: SlackPost): string | undefined => p.metadata?.event_payload.delivery;

  it('a Slack bot message carries its delivery id as metadata; the uncertain retry finds it in the history and posts nothing', async () => {
    const id = await queueTest({ channel: 'slack' });
    await killedAfterSend(id);
    expect(posts.map(delivery)).toEqual([`job-${id}`]);
    expect(posts[0]!.metadata).toEqual({ event_type: 'debrief_notification', event_payload: { delivery: `job-${id}` } });
    expect((await runner().drain()).done).toBe(1);
    expect(posts.filter((p) => delivery(p) === `job-${id}`)).toHaveLength(1);
    expect(histories).toHaveLength(1);
    expect(histories[0]).toContain('channel=C0DEBRIEF');
    expect(histories[0]).toContain('include_all_metadata=true');
    expect(await getJob(t.ctx.db, id)).toMatchObject({ state: 'done', attempts: 2, startedAttempts: 2 });
    const listed = (await t.call('admin', 'GET', '/api/v1/jobs?kind=notify.send')).json<{ items: { id: number; startedAttempts: number }[] }>().items;
    expect(listed.find((j) => j.id === id)).toMatchObject({ startedAttempts: 2 });
  });

  it('an uncertain Slack retry whose first try never reached Slack posts the message (none lost)', async () => {
    const id = await queueTest({ channel: 'slack' });
    await killedAfterSend(id, false);
    const before = histories.length;
    expect((await runner().drain()).done).toBe(1);
    expect(histories.length).toBe(before + 1);
    expect(posts.filter((p) => delivery(p) === `job-${id}`)).toHaveLength(1);
  });

  it('a first attempt is not uncertain: no history read, even when an earlier claim died before sending', async () => {
    const fresh = await queueTest({ channel: 'slack' });
    const before = histories.length;
    expect((await runner().drain()).done).toBe(1);
    // Claimed by a server that died before it started this job's send: still certain.
    const claimedOnly = await queueTest({ channel: 'slack' });
    const [held] = await t.ctx.db.transaction((tx) => claimJobs(tx, 'killed', 1, t.ctx.now(), LEASE));
    expect(held!.id).toBe(claimedOnly);
    t.clock.now = new Date(t.clock.now.getTime() + LEASE + 1);
    expect((await runner().drain()).done).toBe(1);
    expect(histories.length).toBe(before);
    expect(posts.filter((p) => [`job-${fresh}`, `job-${claimedOnly}`].includes(delivery(p) ?? ''))).toHaveLength(2);
  });

  it('the webhook resend carries the first delivery id (Debrief-Delivery, Idempotency-Key, body id) and says it is a redelivery', async () => {
    const id = await queueTest({ channel: 'webhook', to: 'ops' });
    await killedAfterSend(id);
    expect((await runner().drain()).done).toBe(1);
    const mine = hooks.filter((h) => h.headers['debrief-delivery'] === `job-${id}`);
    expect(mine).toHaveLength(2);
    expect(mine.map((h) => h.headers['idempotency-key'])).toEqual([`job-${id}`, `job-${id}`]);
    expect(mine.map((h) => (JSON.parse(h.body) as { id: string }).id)).toEqual([`job-${id}`, `job-${id}`]);
    expect(mine[0]!.headers['debrief-redelivery']).toBeUndefined();
    expect(mine[1]!.headers['debrief-redelivery']).toBe('1');
    // What a receiver keeps after dropping repeats by delivery id: the message once.
    expect(new Set(hooks.map((h) => h.headers['debrief-delivery'])).size).toBe(hooks.length - 1);
  });

  it('the e-mail resend has the same Message-ID as the first', async () => {
    const id = await queueTest({ channel: 'email', to: 'alice@example.com' });
    await killedAfterSend(id);
    expect((await runner().drain()).done).toBe(1);
    const mine = mails.filter((m) => m.includes(`X-Debrief-Notification: job-${id}`));
    expect(mine).toHaveLength(2);
    const ids = mine.map((m) => /^Message-ID: (.+)$/im.exec(m)?.[1]?.trim());
    expect(ids[0]).toMatch(new RegExp(`^<debrief\\.job-${id}\\.[0-9a-f]{16}@example\\.com>$`));
    expect(ids[1]).toBe(ids[0]);
    expect(mine[1]).toContain('X-Debrief-Redelivery: 1');
  });

  it('the attempt is committed as started before the handler runs, and the job done in its own commit after', async () => {
    await t.call('admin', 'POST', '/api/v1/notify/test', { channel: 'webhook', to: 'ops' });
    const seen: { id: number; during: JobRow | null }[] = [];
    const r = new JobRunner(t.ctx, new Map([['notify.send', async (_p: Record<string, unknown>, job: JobRow) => {
      seen.push({ id: job.id, during: await getJob(t.ctx.db, job.id) });
    }]]), { worker: 'probe' });
    expect((await r.drain()).done).toBe(1);
    expect(seen[0]!.during).toMatchObject({ state: 'running', lockedBy: 'probe', startedAttempts: 1 });
    expect(await getJob(t.ctx.db, seen[0]!.id)).toMatchObject({ state: 'done', startedAttempts: 1 });
  });
});
