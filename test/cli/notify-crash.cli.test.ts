/**
 * Messages survive a killed server, once each where the peer can tell: the real server
 * (`debrief serve`) queues test messages to three slow recording peers on loopback (a signed
 * outbound webhook, a Slack Web API with a bot token, an SMTP server), is killed with SIGKILL
 * the moment a peer answers (the worst case: the answer is in, its job not yet recorded), and
 * is started again. Every message arrives (none lost, all channels). Slack sees each message
 * once (the uncertain retry finds it by its metadata in conversations.history). A webhook or
 * e-mail repeat is only the uncertain retry of the send the kill interrupted, with the same
 * delivery id / Message-ID, so the receiver's de-duplication leaves each message once. On
 * PostgreSQL a second server shares the work all along: two servers never send one message
 * twice. On PGlite (a data directory) and, with TEST_DATABASE_URL, on PostgreSQL.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { SMTPServer } from 'smtp-server';
import { afterAll, describe, expect, it } from 'vitest';
import { readLock } from '../../src/store/data-dir-lock.ts';
import { seedDataDir } from '../support/run-cli.ts';

const bin = join(process.cwd(), 'bin/debrief.js');
const SECRET = 'crash-test-outbound-secret-0123';
const MESSAGES = 150;
const CHANNELS = ['webhook', 'slack', 'email'] as const;
const { DEBRIEF_URL: _url, DEBRIEF_TOKEN: _token, DATABASE_URL: _db, ...inherited } = process.env;
const ADMIN_URL = process.env['TEST_DATABASE_URL'];
/** The runner's concurrency: at most this many sends can be in flight when the server dies. */
const IN_FLIGHT = 8;

type Setup = { dir: string; env: NodeJS.ProcessEnv; cleanup(): Promise<void> };

async function setup(backend: 'pglite' | 'postgres', hookUrl: string, slackApi: string, smtpPort: number): Promise<Setup> {
  const dir = mkdtempSync(join(tmpdir(), 'debrief-notify-crash-'));
  writeFileSync(join(dir, 'debrief.config.yaml'), [
    // The scheduled rules off: on a Monday from 09:00 UTC (and on the 1st) the weekly review (monthly digest) would queue
    // a message of its own at start, one job more than the test queued.
    'notify:', '  leaseSeconds: 5', '  rules: { weeklyReview: false, monthlyDigest: false }', '  webhooks:', `    - { name: rec, url: "${hookUrl}", secret: ${SECRET} }`,
    `  slack: { botToken: xoxb-crash-test-0123, defaultChannel: C0CRASH, apiBaseUrl: "${slackApi}" }`,
    `  email: { host: 127.0.0.1, port: ${smtpPort}, from: "Debrief <debrief@example.com>" }`, '',
  ].join('\n'));
  const env: NodeJS.ProcessEnv = { ...inherited, DEBRIEF_DATA_DIR: join(dir, 'data'), PORT: '0', LOG_LEVEL: 'warn' };
  // PGlite: a migrated database, as the first start leaves it (the crash, not the first start, is what is tested here).
  if (backend === 'pglite') await seedDataDir(join(dir, 'data'));
  let drop = async (): Promise<void> => {};
  if (backend === 'postgres') {
    const name = `debrief_ncrash_${randomBytes(6).toString('hex')}`;
    const admin = new pg.Client({ connectionString: ADMIN_URL });
    await admin.connect();
    try { await admin.query(`create database ${name}`); } finally { await admin.end(); }
    const url = new URL(ADMIN_URL!);
    url.pathname = `/${name}`;
    env['DATABASE_URL'] = url.toString();
    drop = async () => {
      const c = new pg.Client({ connectionString: ADMIN_URL });
      await c.connect();
      try { await c.query(`drop database if exists ${name} with (force)`); } finally { await c.end(); }
    };
  }
  return { dir, env, async cleanup() { await drop(); rmSync(dir, { recursive: true, force: true }); } };
}

function serve(s: Setup): Promise<{ server: ChildProcess; url: string }> {
  const server = spawn(process.execPath, [bin, 'serve'], { cwd: s.dir, env: s.env });
  return new Promise((resolve, reject) => {
    let err = '';
    const timer = setTimeout(() => reject(new Error(`server did not start: ${err}`)), 90_000);
    server.stderr.on('data', (d: Buffer) => {
      err += d.toString();
      const m = /Debrief is running at (http:\/\/\S+?) /.exec(err);
      if (m) { clearTimeout(timer); resolve({ server, url: m[1]! }); }
    });
    server.on('exit', (code) => { clearTimeout(timer); reject(new Error(`server exited (${code}): ${err}`)); });
  });
}

const backendsToRun = ADMIN_URL ? (['pglite', 'postgres'] as const) : (['pglite'] as const);

describe.each(backendsToRun)('a server killed while sending notifications (%s)', (backend) => {
  const cleanups: (() => Promise<void>)[] = [];
  afterAll(async () => { for (const c of cleanups) await c(); });

  it(`sends every queued message after a restart, none lost, Slack none twice, webhook and e-mail repeats only as redeliveries of one id${backend === 'postgres' ? ', two servers never sending one twice' : ''}`, async () => {
    /** Per channel: delivery id (job-<id>) → the arrivals, each marked whether the sender called it a redelivery. */
    const received = { webhook: new Map<string, boolean[]>(), slack: new Map<string, boolean[]>(), email: new Map<string, boolean[]>() };
    /** E-mail: delivery id → the Message-IDs it arrived with. */
    const messageIds = new Map<string, Set<string>>();
    let arrivals = 0;
    let onReceive = (): void => {};
    const arrive = (channel: keyof typeof received, id: string, redelivery: boolean): void => {
      received[channel].set(id, [...(received[channel].get(id) ?? []), redelivery]);
      arrivals++;
    };
    // The webhook and Slack record a message when it arrives and answer 40 ms later: the kill lands while sends are in flight.
    const slackPosted: { channel: string; delivery: string }[] = [];
    const http: Server = createServer((req, res) => {
      let body = '';
      req.on('data', (c: Buffer) => { body += c.toString(); });
      req.on('end', () => {
        const url = new URL(req.url ?? '/', 'http://x');
        if (url.pathname === '/hook') {
          arrive('webhook', String(req.headers['debrief-delivery']), req.headers['debrief-redelivery'] === '1');
          setTimeout(() => { res.end('ok'); onReceive(); }, 40);
          return;
        }
        res.setHeader('content-type', 'application/json');
        if (url.pathname === '/api/chat.postMessage') {
          const p = JSON.parse(body) as { channel: string; metadata?: { event_payload?: { delivery?: string } } };
          const delivery = p.metadata?.event_payload?.delivery ?? 'none';
          slackPosted.push({ channel: p.channel, delivery });
          arrive('slack', delivery, false);
          setTimeout(() => { res.end(JSON.stringify({ ok: true, channel: p.channel, ts: '1.0' })); onReceive(); }, 40);
          return;
        }
        if (url.pathname === '/api/conversations.history') {
          const messages = slackPosted.filter((m) => m.channel === url.searchParams.get('channel')).reverse()
            .map((m) => ({ type: 'message', metadata: { event_type: 'debrief_notification', event_payload: { delivery: m.delivery } } }));
          res.end(JSON.stringify({ ok: true, messages }));
          return;
        }
        res.writeHead(404).end('{}');
      });
    });
    await new Promise<void>((r) => http.listen(0, '127.0.0.1', r));
    cleanups.push(async () => { await new Promise((r) => http.close(r)); });
    const smtp = new SMTPServer({
      authOptional: true, disabledCommands: ['STARTTLS'], logger: false,
      onData(stream, _session, cb) {
        let raw = '';
        stream.on('data', (c: Buffer) => { raw += c.toString(); });
        stream.on('end', () => {
          const id = /^X-Debrief-Notification: (\S+)/im.exec(raw)?.[1] ?? 'none';
          arrive('email', id, /^X-Debrief-Redelivery: 1/im.test(raw));
          messageIds.set(id, new Set([...(messageIds.get(id) ?? []), /^Message-ID: (\S+)/im.exec(raw)?.[1] ?? 'none']));
          setTimeout(() => { cb(); onReceive(); }, 40);
        });
      },
    });
    // The killed server's SMTP connections end abruptly (ECONNRESET): expected, not a failure.
    smtp.on('error', () => undefined);
    await new Promise<void>((r) => smtp.listen(0, '127.0.0.1', r));
    cleanups.push(async () => { await new Promise((r) => smtp.close(() => r(undefined))); });
    const base = `http://127.0.0.1:${(http.address() as AddressInfo).port}`;
    const s = await setup(backend, `${base}/hook`, `${base}/api`, (smtp.server.address() as AddressInfo).port);
    let running: ChildProcess | null = null;
    cleanups.unshift(async () => { running?.kill('SIGKILL'); await s.cleanup(); });
    let apiToken: string | null = null;
    if (backend === 'postgres') {
      const token = spawnSync(process.execPath, [bin, 'token', 'create', '--role', 'admin', '--name', 'crash'], { cwd: s.dir, env: s.env, encoding: 'utf8', timeout: 60_000 });
      expect(token.status, token.stderr).toBe(0);
      apiToken = token.stdout.trim();
    }
    const auth = (): Record<string, string> => ({ authorization: `Bearer ${apiToken ?? readLock(s.env['DEBRIEF_DATA_DIR']!)!.localToken!}`, 'content-type': 'application/json' });

    const first = await serve(s);
    running = first.server;
    const peer = backend === 'postgres' ? await serve(s) : null;
    if (peer) cleanups.unshift(async () => { peer.server.kill('SIGKILL'); });
    // The first server dies the moment a peer answers, once a third of the messages arrived.
    const killed = new Promise<void>((resolve) => {
      onReceive = () => {
        if (arrivals >= MESSAGES / 3 && first.server.exitCode === null && first.server.signalCode === null) {
          first.server.kill('SIGKILL');
          resolve();
        }
      };
    });
    const queued: { id: number; channel: (typeof CHANNELS)[number] }[] = [];
    for (let k = 0; k < MESSAGES; k++) {
      const channel = CHANNELS[k % CHANNELS.length]!;
      const body = channel === 'webhook' ? { channel, to: 'rec' } : channel === 'email' ? { channel, to: 'crash@example.com' } : { channel };
      const res = await fetch(`${first.url}/api/v1/notify/test`, { method: 'POST', headers: auth(), body: JSON.stringify(body) }).catch(() => null);
      if (!res) break;
      expect(res.status).toBe(202);
      queued.push({ id: ((await res.json()) as { id: number }).id, channel });
    }
    await killed;
    onReceive = () => {};
    await new Promise((r) => first.server.exitCode !== null || first.server.signalCode !== null ? r(null) : first.server.once('exit', r));
    expect(queued.length).toBeGreaterThan(MESSAGES / 3);

    const second = await serve(s);
    running = second.server;
    const counts = async () => ((await (await fetch(`${second.url}/api/v1/jobs?limit=1`, { headers: auth() })).json()) as { counts: Record<string, number> }).counts;
    let c = await counts();
    for (let i = 0; i < 300 && (c['pending']! > 0 || c['running']! > 0); i++) {
      await new Promise((r) => setTimeout(r, 200));
      c = await counts();
    }
    expect(c).toMatchObject({ pending: 0, running: 0, dead: 0 });
    // A request in flight when the server died may have been queued without its answer reaching us: one job more at most.
    expect(c['done']).toBeGreaterThanOrEqual(queued.length);
    expect(c['done']).toBeLessThanOrEqual(queued.length + 1);
    // None lost: every queued message arrived on its channel.
    const missing = queued.filter((q) => !received[q.channel].has(`job-${q.id}`));
    expect(missing).toEqual([]);
    // Slack: none twice (the uncertain retry found the message in the channel's history).
    const slackRepeats = [...received.slack.entries()].filter(([, a]) => a.length > 1);
    expect(slackRepeats).toEqual([]);
    // Webhook and e-mail: a repeat is only the uncertain retry of the interrupted send (marked as such), with the same delivery id / Message-ID.
    const repeats = { webhook: [...received.webhook.values()].filter((a) => a.length > 1), email: [...received.email.values()].filter((a) => a.length > 1) };
    for (const a of [...repeats.webhook, ...repeats.email]) {
      expect(a[0]).toBe(false);
      expect(a.slice(1).every((r) => r)).toBe(true);
    }
    expect([...messageIds.values()].every((ids) => ids.size === 1)).toBe(true);
    // After the receivers drop repeats by delivery id / Message-ID: each message exactly once.
    const kept = received.webhook.size + received.slack.size + received.email.size;
    expect(kept).toBe(c['done']);
    // Only sends in flight at the kill can repeat, and never more than once each (PostgreSQL: never one message by both servers).
    expect(repeats.webhook.length + repeats.email.length).toBeLessThanOrEqual(IN_FLIGHT);
    expect([...repeats.webhook, ...repeats.email].every((a) => a.length === 2)).toBe(true);
    console.info(`[notify-crash ${backend}] queued ${queued.length}, arrivals ${arrivals}, raw repeats: webhook ${repeats.webhook.length}, email ${repeats.email.length}, slack ${slackRepeats.length}; after receiver de-duplication 0`);
    second.server.kill('SIGTERM');
    await new Promise((r) => second.server.once('exit', r));
    running = null;
  }, 240_000);
});
