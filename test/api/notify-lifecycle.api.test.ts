/**
 * The lifecycle rules end to end: assigning a post-mortem's owner and scheduling its
 * meeting queue messages once however often the rules run; the invite reaches an SMTP
 * server with the .ics attached; Slack through a bot token (chat.postMessage to the
 * default channel) waits out a 429 Retry-After and records Slack's refusal with its reason.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SECTION_SCHEMAS } from '../../src/config/sections.ts';
import { NotifyConfigSchema } from '../../src/domain/notify/config.ts';
import { jobHandlers } from '../../src/jobs/handlers.ts';
import { JobRunner } from '../../src/jobs/job-runner.ts';
import { scanRules } from '../../src/jobs/job-runner-lifecycle.ts';
import { upsertAddress } from '../../src/store/repositories/address.repository.ts';
import { insertUser } from '../../src/store/repositories/user.repository.ts';
import { backends, createTestApp, type TestApp } from '../support/test-app.ts';

const BOT = 'xoxb-test-bot-token-never-shown';
const md = `---
title: Search index stale
date: 2026-03-09
severity: SEV-2
---

# Search index stale

## Summary

Search results were up to an hour old.
`;

describe.each(backends())('lifecycle notifications on %s', (backend) => {
  let t: TestApp;
  let http: Server;
  let smtp: SMTPServer;
  const posts: { auth: string | undefined; body: { channel: string; text: string; blocks: unknown[] } }[] = [];
  const mails: { to: string[]; raw: string }[] = [];
  let busy = 1;
  let pmId = '';

  beforeAll(async () => {
    http = createServer((req, res) => {
      let body = '';
      req.on('data', (c: Buffer) => { body += c.toString(); });
      req.on('end', () => {
        if (busy > 0) { busy--; res.writeHead(429, { 'retry-after': '7' }).end(); return; }
        const b = JSON.parse(body) as { channel: string; text: string; blocks: unknown[] };
        posts.push({ auth: req.headers.authorization, body: b });
        res.setHeader('content-type', 'application/json');
        res.end(JSON.stringify(b.channel === '#gone' ? { ok: false, error: 'channel_not_found' } : { ok: true, ts: '1.2' }));
      });
    });
    await new Promise<void>((r) => http.listen(0, '127.0.0.1', r));
    smtp = new SMTPServer({
      authOptional: true, disabledCommands: ['STARTTLS'], logger: false,
      onData(stream, session, cb) {
        let raw = '';
        stream.on('data', (c: Buffer) => { raw += c.toString(); });
        stream.on('end', () => { mails.push({ to: session.envelope.rcptTo.map((r) => r.address), raw }); cb(); });
      },
    });
    await new Promise<void>((r) => smtp.listen(0, '127.0.0.1', r));
    const notify = NotifyConfigSchema.parse({
      slack: { botToken: BOT, defaultChannel: '#incidents', apiBaseUrl: `http://127.0.0.1:${(http.address() as AddressInfo).port}/api` },
      email: { host: '127.0.0.1', port: (smtp.server.address() as AddressInfo).port, from: 'Debrief <debrief@example.com>' },
      rules: { deadlineApproaching: false, deadlineMissed: false, weeklyReview: false, monthlyDigest: false, actionDueSoon: false },
    });
    const postmortem = SECTION_SCHEMAS.postmortem.parse({ meetingOrganizer: { name: 'Debrief', email: 'debrief@example.com' } });
    t = await createTestApp(backend, { notify, postmortem });
    await insertUser(t.ctx.db, { id: 'u-dana', username: 'dana', displayName: 'Dana Lee', role: 'editor' });
    await upsertAddress(t.ctx.db, { userId: 'u-dana', email: 'dana@example.com', slackId: 'U0DANA', mutes: [] });
    const res = await t.app.inject({ method: 'POST', url: '/api/v1/postmortems/import?file=search.md', payload: md, headers: { authorization: `Bearer ${t.tokens.editor}`, 'content-type': 'text/markdown' } });
    expect(res.statusCode).toBe(201);
    pmId = res.json<{ postmortem: { id: string } }>().postmortem.id;
    t.clock.now = new Date('2026-03-10T12:00:00Z');
  });
  afterAll(async () => {
    await t?.close();
    await new Promise((r) => http.close(r));
    await new Promise((r) => smtp.close(() => r(undefined)));
  });

  const runner = () => new JobRunner(t.ctx, jobHandlers(), { worker: 'test' });
  const jobs = async () => (await t.call('admin', 'GET', '/api/v1/jobs?limit=500&kind=notify.send')).json<{ items: { id: number; state: string; lastError: string | null; idempotencyKey: string; payload: { channel: string; notification: { rule: string } } }[] }>().items;

  it('queues the owner-assigned message once when an owner is set, and Slack waits out a 429 before posting with the bot token', async () => {
    const pm = (await t.call('viewer', 'GET', `/api/v1/postmortems/${pmId}`)).json<{ version: number }>();
    expect((await t.call('editor', 'PATCH', `/api/v1/postmortems/${pmId}`, { owner: '@dana', version: pm.version })).statusCode).toBe(200);
    const first = await scanRules(t.ctx, null);
    expect(first.errors).toEqual([]);
    expect((await scanRules(t.ctx, null)).notifications).toBe(0);
    const owned = (await jobs()).filter((j) => j.payload.notification.rule === 'postmortem-owner-assigned');
    expect(owned.map((j) => j.payload.channel).sort()).toEqual(['email', 'slack']);

    const r1 = await runner().drain();
    expect(r1.failed).toBe(1);
    expect(posts).toHaveLength(0);
    const waiting = (await jobs()).find((j) => j.payload.channel === 'slack')!;
    expect(waiting.lastError).toContain('429');
    t.clock.now = new Date(t.clock.now.getTime() + 6_000);
    expect((await runner().drain()).claimed).toBe(0);
    t.clock.now = new Date(t.clock.now.getTime() + 2_000);
    expect((await runner().drain()).done).toBe(1);
    expect(posts).toHaveLength(1);
    expect(posts[0]!.auth).toBe(`Bearer ${BOT}`);
    expect(posts[0]!.body.channel).toBe('#incidents');
    expect(posts[0]!.body.text).toContain('You own the post-mortem');
    expect(JSON.stringify(posts[0]!.body.blocks)).toContain('<@U0DANA>');
    expect(mails.find((m) => m.to.includes('dana@example.com'))!.raw).toContain('You own the post-mortem');
  });

  it('e-mails the meeting invite with the .ics attached, once', async () => {
    const m = (await t.call('viewer', 'GET', `/api/v1/postmortems/${pmId}/meeting`)).json<{ version: number }>();
    const put = await t.call('editor', 'PUT', `/api/v1/postmortems/${pmId}/meeting`, { version: m.version, scheduledAt: '2026-03-12T15:00:00Z', durationMinutes: 60, participants: [{ name: 'Sam Roe', role: 'engineer', email: 'sam@example.com' }] });
    expect(put.statusCode).toBe(200);
    await scanRules(t.ctx, null);
    expect((await scanRules(t.ctx, null)).notifications).toBe(0);
    await runner().drain();
    const invite = mails.filter((x) => x.raw.includes('text/calendar'));
    expect(invite).toHaveLength(1);
    expect(invite[0]!.to.sort()).toEqual(['dana@example.com', 'sam@example.com']);
    expect(invite[0]!.raw).toContain('postmortem-meeting.ics');
  });

  it("records Slack's refusal (ok:false) with its reason and does not retry it", async () => {
    const { queueNotification } = await import('../../src/services/notify/notify.service.ts');
    await queueNotification(t.ctx, 'slack', { to: ['#gone'] }, { rule: 'weekly-review', title: 'x', text: 'y', url: null, facts: {} }, 'test:gone');
    expect((await runner().drain()).dead).toBe(1);
    const dead = (await jobs()).find((j) => j.idempotencyKey === 'test:gone')!;
    expect(dead).toMatchObject({ state: 'dead', lastError: 'Slack answered channel_not_found' });
    const channels = await t.call('admin', 'GET', '/api/v1/notify/channels');
    expect(channels.body).not.toContain(BOT);
  });
});
