/**
 * Acknowledged means processed, after a crash: the real server (`debrief serve`) takes
 * Alertmanager deliveries, is killed with SIGKILL half-way, and is started again with
 * nothing more sent (on PostgreSQL a second server shares the load and lives on). Every delivery it had answered 2xx ends processed with its event,
 * no event is stored twice, and every `ingest.process` job ends done (the killed server's
 * claims run again: at once on PGlite, once their lease ends on PostgreSQL). On PGlite (a data directory) and, with
 * TEST_DATABASE_URL, on PostgreSQL.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { readLock } from '../../src/store/data-dir-lock.ts';
import { seedDataDir } from '../support/run-cli.ts';
import { afterAll, describe, expect, it } from 'vitest';

const bin = join(process.cwd(), 'bin/debrief.js');
const SECRET = 'crash-test-webhook-secret-0123';
const DELIVERIES = 300;
const GROUPS = 10;
const { DEBRIEF_URL: _url, DEBRIEF_TOKEN: _token, DATABASE_URL: _db, ...inherited } = process.env;
const ADMIN_URL = process.env['TEST_DATABASE_URL'];

type Setup = { dir: string; env: NodeJS.ProcessEnv; cleanup(): Promise<void> };

async function setup(backend: 'pglite' | 'postgres'): Promise<Setup> {
  const dir = mkdtempSync(join(tmpdir(), 'debrief-crash-'));
  writeFileSync(join(dir, 'debrief.config.yaml'), `ingest:\n  sources:\n    alertmanager: { secret: "${SECRET}" }\n`);
  const env: NodeJS.ProcessEnv = { ...inherited, DEBRIEF_DATA_DIR: join(dir, 'data'), PORT: '0', LOG_LEVEL: 'warn' };
  // PGlite: a migrated database, as the first start leaves it (the crash, not the first start, is what is tested here).
  if (backend === 'pglite') await seedDataDir(join(dir, 'data'));
  let drop = async (): Promise<void> => {};
  if (backend === 'postgres') {
    const name = `debrief_crash_${randomBytes(6).toString('hex')}`;
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

/** Starts `debrief serve` and resolves with its URL once it listens. */
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

function delivery(k: number): string {
  const g = k % GROUPS;
  const labels = { alertname: `Crash${g}`, severity: 'critical', service: `crash-${g}`, instance: `i-${k}` };
  return JSON.stringify({
    version: '4', groupKey: `{}:{alertname="Crash${g}"}`, status: 'firing', receiver: 'debrief',
    groupLabels: { alertname: labels.alertname }, commonLabels: labels, commonAnnotations: { summary: `crash alert ${k}` },
    externalURL: 'https://am.example',
    alerts: [{
      status: 'firing', labels, annotations: { summary: `crash alert ${k}` },
      startsAt: new Date(Date.now() - 3_600_000 + k * 1000).toISOString(), endsAt: '0001-01-01T00:00:00Z',
      generatorURL: 'https://prom.example/graph', fingerprint: `crash-${k}`,
    }],
  });
}

const backendsToRun = ADMIN_URL ? (['pglite', 'postgres'] as const) : (['pglite'] as const);

describe.each(backendsToRun)('a server killed during webhook load (%s)', (backend) => {
  const cleanups: (() => Promise<void>)[] = [];
  afterAll(async () => { for (const c of cleanups) await c(); });

  it(`processes every acknowledged delivery after a restart, with no event stored twice${backend === 'postgres' ? ' (two servers, one killed)' : ''}`, async () => {
    const s = await setup(backend);
    let running: ChildProcess | null = null;
    cleanups.push(async () => { running?.kill('SIGKILL'); await s.cleanup(); });
    // PostgreSQL: an API token made by the CLI; PGlite: the local token the server writes into its data-directory lock.
    let apiToken: string | null = null;
    if (backend === 'postgres') {
      const token = spawnSync(process.execPath, [bin, 'token', 'create', '--role', 'admin', '--name', 'crash'], { cwd: s.dir, env: s.env, encoding: 'utf8', timeout: 60_000 });
      expect(token.status, token.stderr).toBe(0);
      apiToken = token.stdout.trim();
    }
    const auth = (): Record<string, string> => ({ authorization: `Bearer ${apiToken ?? readLock(s.env['DEBRIEF_DATA_DIR']!)!.localToken!}` });

    const first = await serve(s);
    running = first.server;
    // PostgreSQL: a second server on the same database takes every other delivery and lives on.
    const peer = backend === 'postgres' ? await serve(s) : null;
    if (peer) cleanups.unshift(async () => { peer.server.kill('SIGKILL'); });
    const acknowledged = new Map<string, number>();
    let sent = 0;
    const sender = async (): Promise<void> => {
      while (sent < DELIVERIES) {
        const k = sent++;
        try {
          const res = await fetch(`${peer && k % 2 === 1 ? peer.url : first.url}/api/v1/ingest/alertmanager`, {
            method: 'POST', body: delivery(k), headers: { 'content-type': 'application/json', authorization: `Bearer ${SECRET}` },
          });
          const body = await res.json() as { inboxId?: string };
          if (res.status >= 200 && res.status < 300 && body.inboxId) acknowledged.set(body.inboxId, k);
        } catch {
          // The server is gone: not acknowledged.
        }
        // Half-way through, the server dies without a chance to finish anything.
        if (k === DELIVERIES / 2) first.server.kill('SIGKILL');
      }
    };
    await Promise.all(Array.from({ length: 8 }, sender));
    await new Promise((r) => first.server.exitCode !== null || first.server.signalCode !== null ? r(null) : first.server.once('exit', r));
    expect(acknowledged.size).toBeGreaterThan(DELIVERIES / 4);

    // Restarted, and nothing more is sent: the backlog must empty by itself.
    const second = await serve(s);
    running = second.server;
    const get = async (path: string) => (await fetch(`${second.url}${path}`, { headers: auth() })).json() as Promise<Record<string, unknown>>;
    let backlog = await get('/api/v1/ingest/backlog');
    for (let i = 0; i < 200 && backlog['pending'] !== 0; i++) {
      await new Promise((r) => setTimeout(r, 150));
      backlog = await get('/api/v1/ingest/backlog');
    }
    expect(backlog).toMatchObject({ pending: 0, failed: 0, oldestPendingAt: null });
    // The jobs too: none left pending, running (a killed server's claim) or dead.
    const left = async () => {
      const { counts } = await get('/api/v1/jobs?kind=ingest.process&limit=1') as { counts: Record<string, number> };
      return counts;
    };
    let jobs = await left();
    for (let i = 0; i < 200 && jobs['pending']! + jobs['running']! > 0; i++) {
      await new Promise((r) => setTimeout(r, 150));
      jobs = await left();
    }
    expect(jobs).toMatchObject({ pending: 0, running: 0, dead: 0 });
    expect(jobs['done']).toBeGreaterThanOrEqual(acknowledged.size);
    if (backend === 'pglite') {
      // The CLI shows the same backlog, through the server holding the data directory.
      const status = spawnSync(process.execPath, [bin, 'ingest', 'status', '--json'], { cwd: s.dir, env: s.env, encoding: 'utf8', timeout: 60_000 });
      expect(status.status, status.stderr).toBe(0);
      expect(JSON.parse(status.stdout)).toMatchObject({ pending: 0, failed: 0, processed: backlog['processed'] });
    }

    const notProcessed: string[] = [];
    const incidents = new Set<string>();
    for (const id of acknowledged.keys()) {
      const item = await get(`/api/v1/ingest/inbox/${id}`);
      if (item['status'] !== 'processed' || item['eventCount'] !== 1) notProcessed.push(`${id}: ${String(item['status'])} ${String(item['eventCount'])}`);
      incidents.add(String(item['incidentId']));
    }
    expect(notProcessed).toEqual([]);
    const keys: string[] = [];
    for (const incident of incidents) {
      const events = (await get(`/api/v1/incidents/${incident}/events`))['items'] as { idempotencyKey: string | null; text: string }[];
      keys.push(...events.filter((e) => e.idempotencyKey?.startsWith('alertmanager:')).map((e) => e.idempotencyKey!));
    }
    expect(keys.length).toBe(new Set(keys).size);
    // Every acknowledged alert is there (deliveries stored but unanswered when the server died may be there too).
    for (const k of acknowledged.values()) expect(keys.some((key) => key.startsWith(`alertmanager:crash-${k}:`))).toBe(true);

    second.server.kill('SIGTERM');
    await new Promise((r) => second.server.once('exit', r));
    running = null;
  }, 180_000);
});
