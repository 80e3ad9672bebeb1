/**
 * Channels edited from the admin page: saved in the database over debrief.config.yaml (the
 * saved channel wins; disabled turns it off; forgetting it brings the file's back), secrets
 * write-only (answered as set / not set, never in answers nor in the history), admin only
 * (refused before the body is looked at), bad fields named. Test messages go through a
 * loopback recording HTTP server.
 */
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NotifyConfigSchema } from '../../src/domain/notify/config.ts';
import { webhookSignature } from '../../src/domain/notify/message.ts';
import { jobHandlers } from '../../src/jobs/handlers.ts';
import { JobRunner } from '../../src/jobs/job-runner.ts';
import { listRevisions } from '../../src/store/repositories/revision.repository.ts';
import { backends, createTestApp, type TestApp } from '../support/test-app.ts';

const FILE_SECRET = 'file-webhook-secret-0123456789';
const SAVED_SECRET = 'saved-webhook-secret-9876543210';
const SMTP_PASSWORD = 'smtp-password-never-shown';

type View = { id: string; kind: string; enabled: boolean; source: string; settings: Record<string, unknown>; secrets: Record<string, string>; host: string | null };

describe.each(backends())('channels edited from the admin page on %s', (backend) => {
  let t: TestApp;
  let http: Server;
  let base = '';
  const hits: { path: string; headers: IncomingHttpHeaders; body: string }[] = [];

  beforeAll(async () => {
    http = createServer((req, res) => {
      let body = '';
      req.on('data', (c: Buffer) => { body += c.toString(); });
      req.on('end', () => { hits.push({ path: req.url ?? '', headers: req.headers, body }); res.end('ok'); });
    });
    await new Promise<void>((r) => http.listen(0, '127.0.0.1', r));
    base = `http://127.0.0.1:${(http.address() as AddressInfo).port}`;
    t = await createTestApp(backend, {
      notify: NotifyConfigSchema.parse({ slack: { webhookUrl: `${base}/slack-file` }, webhooks: [{ name: 'ops', url: `${base}/ops-file`, secret: FILE_SECRET }] }),
    });
  });
  afterAll(async () => {
    await t.close();
    await new Promise((r) => http.close(r));
  });

  const runner = () => new JobRunner(t.ctx, jobHandlers(), { worker: 'test' });
  const settings = async (): Promise<View[]> => {
    const r = await t.call('admin', 'GET', '/api/v1/notify/channels');
    expect(r.statusCode).toBe(200);
    expect(r.body).not.toContain(base);
    return r.json<{ settings: View[] }>().settings;
  };
  const put = (id: string, body: unknown, role: 'admin' | 'editor' = 'admin') => t.call(role, 'PUT', `/api/v1/notify/channels/${id}`, body);
  const sendTest = async (body: Record<string, unknown>) => {
    const r = await t.call('admin', 'POST', '/api/v1/notify/test', body);
    if (r.statusCode === 202) await runner().drain();
    return r;
  };

  it('lists the file\'s channels with their settings and only whether each secret is set', async () => {
    const list = await settings();
    expect(list.map((v) => [v.id, v.source])).toEqual([['slack', 'config'], ['email', 'config'], ['webhook:ops', 'config']]);
    const ops = list.find((v) => v.id === 'webhook:ops')!;
    expect(ops).toMatchObject({ kind: 'webhook', enabled: true, secrets: { url: 'set', secret: 'set' }, host: new URL(base).host, settings: { name: 'ops' } });
    expect(list.find((v) => v.id === 'slack')!.secrets).toEqual({ webhookUrl: 'set', botToken: 'not set' });
  });

  it('a webhook added from the admin page is listed without its URL or secret and its test message is signed with the saved secret', async () => {
    const r = await put('webhook:alerts', { settings: { url: `${base}/alerts-saved`, secret: SAVED_SECRET } });
    expect(r.statusCode).toBe(200);
    expect(r.body).not.toContain(SAVED_SECRET);
    expect(r.body).not.toContain('/alerts-saved');
    expect(r.json()).toMatchObject({ id: 'webhook:alerts', source: 'admin', enabled: true, secrets: { url: 'set', secret: 'set' } });
    expect((await settings()).map((v) => v.id)).toEqual(['slack', 'email', 'webhook:alerts', 'webhook:ops']);
    expect((await sendTest({ channel: 'webhook', to: 'alerts' })).statusCode).toBe(202);
    const hit = hits.find((h) => h.path === '/alerts-saved')!;
    const ts = Number(hit.headers['debrief-timestamp']);
    expect(hit.headers['debrief-signature']).toBe(webhookSignature(SAVED_SECRET, ts, hit.body));
    const history = await listRevisions(t.ctx.db, 'notify-channel', 'webhook:alerts');
    expect(history).toHaveLength(1);
    expect(JSON.stringify(history)).not.toContain(SAVED_SECRET);
    expect(JSON.stringify(history)).not.toContain('/alerts-saved');
  });

  it('a channel saved from the admin page wins over the file; disabled it cannot send; forgotten, the file\'s applies again', async () => {
    expect((await put('slack', { settings: { webhookUrl: `${base}/slack-saved` } })).statusCode).toBe(200);
    await sendTest({ channel: 'slack' });
    expect(hits.filter((h) => h.path === '/slack-saved')).toHaveLength(1);
    expect(hits.filter((h) => h.path === '/slack-file')).toHaveLength(0);

    const off = await put('slack', { enabled: false });
    expect(off.statusCode).toBe(200);
    expect(off.json()).toMatchObject({ enabled: false, source: 'admin', secrets: { webhookUrl: 'set' } });
    const refused = await sendTest({ channel: 'slack' });
    expect(refused.statusCode).toBe(409);
    expect((await t.call('admin', 'GET', '/api/v1/notify/channels')).json<{ channels: { name: string; configured: boolean }[] }>().channels.find((c) => c.name === 'slack')!.configured).toBe(false);

    // Turned on again with nothing else said: the saved URL was kept.
    expect((await put('slack', { enabled: true })).json()).toMatchObject({ enabled: true, secrets: { webhookUrl: 'set' } });
    await sendTest({ channel: 'slack' });
    expect(hits.filter((h) => h.path === '/slack-saved')).toHaveLength(2);

    expect((await t.call('admin', 'DELETE', '/api/v1/notify/channels/slack')).statusCode).toBe(204);
    await sendTest({ channel: 'slack' });
    expect(hits.filter((h) => h.path === '/slack-file')).toHaveLength(1);
    expect((await t.call('admin', 'DELETE', '/api/v1/notify/channels/slack')).statusCode).toBe(404);
  });

  it('a secret left out is kept, null clears it, and the password is never answered', async () => {
    const first = await put('email', { settings: { host: 'smtp.example.com', port: 2525, user: 'bot', password: SMTP_PASSWORD, from: 'Debrief <debrief@example.com>' } });
    expect(first.statusCode).toBe(200);
    expect(first.body).not.toContain(SMTP_PASSWORD);
    expect(first.json()).toMatchObject({ settings: { host: 'smtp.example.com', port: 2525, user: 'bot' }, secrets: { password: 'set' } });
    const kept = await put('email', { settings: { host: 'smtp.example.com', port: 587, user: 'bot', from: 'Ops <ops@example.com>' } });
    expect(kept.json()).toMatchObject({ settings: { port: 587, from: 'Ops <ops@example.com>' }, secrets: { password: 'set' } });
    const cleared = await put('email', { settings: { host: 'smtp.example.com', user: null, password: null } });
    expect(cleared.json()).toMatchObject({ settings: { port: 587, user: null }, secrets: { password: 'not set' } });
    const list = await t.call('admin', 'GET', '/api/v1/notify/channels');
    expect(list.body).not.toContain(SMTP_PASSWORD);
    expect(JSON.stringify(await listRevisions(t.ctx.db, 'notify-channel', 'email'))).not.toContain(SMTP_PASSWORD);
  });

  it('only admins change channels, refused before the body is read; bad fields and ids are named', async () => {
    const editor = await put('slack', { settings: { webhookUrl: 'not a url' } }, 'editor');
    expect(editor.statusCode).toBe(403);
    expect((await t.call('editor', 'GET', '/api/v1/notify/channels')).statusCode).toBe(403);
    expect((await t.call('editor', 'DELETE', '/api/v1/notify/channels/slack')).statusCode).toBe(403);
    const badUrl = await put('slack', { settings: { webhookUrl: 'not a url' } });
    expect(badUrl.statusCode).toBe(400);
    expect(badUrl.json<{ errors: { path: string }[] }>().errors.map((e) => e.path)).toContain('settings.webhookUrl');
    const badPort = await put('email', { settings: { host: 'smtp.example.com', port: 70000 } });
    expect(badPort.statusCode).toBe(400);
    expect(badPort.body).toContain('settings.port');
    const shortSecret = await put('webhook:x', { settings: { url: `${base}/x`, secret: 'short' } });
    expect(shortSecret.statusCode).toBe(400);
    expect(shortSecret.body).toContain('settings.secret');
    const unknownField = await put('slack', { settings: {}, colour: 'red' });
    expect(unknownField.statusCode).toBe(400);
    expect(unknownField.body).toContain('colour');
    const badId = await put('pager', { settings: {} });
    expect(badId.statusCode).toBe(400);
    expect(badId.body).toContain('webhook:<name>');
    expect((await put('email', 'just text')).statusCode).toBe(400);
  });
});
