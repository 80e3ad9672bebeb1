/**
 * What a list request costs the server, in figures the machine's load does not change (issue 18, session 36):
 * the server's CPU time per request (its /proc stat), V8's collections per 1,000 requests and their pauses,
 * and the bytes allocated per request (from `--trace-gc`: each collection's heap before it minus the heap
 * after the one before). Runs the compiled server on DATA_DIR (a copy: it adds a token), with NODE_FLAGS.
 *
 *   node bin/run-ts.js bench/server-gc.probe.ts DATA_DIR [requests=2000] [node flags…]
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { Agent, get as httpGet } from 'node:http';
import { loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadConfig } from '../src/config/config.ts';
import { SYSTEM_PRINCIPAL } from '../src/domain/access/roles.ts';
import { createToken } from '../src/services/token.service.ts';
import { openDatabase } from '../src/store/database.ts';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const [dataDir, count = '2000', ...flags] = process.argv.slice(2);
if (dataDir === undefined) throw new Error('usage: server-gc.probe.ts DATA_DIR [requests] [node flags…]');
const requests = Number(count);

const database = await openDatabase({ dataDir, databaseUrl: null, command: 'bench' });
const ctx = { db: database.db, config: loadConfig({ env: { DEBRIEF_DATA_DIR: dataDir }, cwd: dataDir }), now: () => new Date() };
const token = (await createToken(ctx, SYSTEM_PRINCIPAL, { name: 'probe', role: 'admin' })).token;
await database.close();

type Gc = { kind: string; before: number; after: number; pause: number; line: string };
const gcs: Gc[] = [];
const GC_LINE = /(Scavenge|Mark-Compact|Mark-sweep|Minor Mark-Compact|Minor Mark-Sweep)[^\d]*([\d.]+) \(([\d.]+)\) -> ([\d.]+) \(([\d.]+)\) MB, (?:pooled: [\d.]+ MB, )?([\d.]+) \/ ([\d.]+) ms/;
const env = { ...process.env, PORT: '0', HOST: '127.0.0.1', DEBRIEF_DATA_DIR: dataDir, LOG_LEVEL: 'info', LOG_FORMAT: 'json', NODE_ENV: 'production' };
const child = spawn(process.execPath, [...flags, '--trace-gc', join(ROOT, 'bin', 'debrief.js'), 'serve'], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
let partial = '';
let port = '';
const listening = new Promise<void>((resolve) => {
  child.stdout.on('data', (d: Buffer) => {
    const lines = (partial + d.toString()).split('\n');
    partial = lines.pop() ?? '';
    for (const line of lines) {
      const g = GC_LINE.exec(line);
      if (g) gcs.push({ kind: g[1]!, before: Number(g[2]), after: Number(g[4]), pause: Number(g[6]), line });
      const m = /Server listening at http:\/\/127\.0\.0\.1:(\d+)/.exec(line);
      if (m && port === '') { port = m[1]!; resolve(); }
    }
  });
});
child.stderr.resume();
await listening;
const agent = new Agent({ keepAlive: true, maxSockets: 1 });
const get = (url: string): Promise<number> => new Promise((resolve, reject) => {
  const s = performance.now();
  httpGet(`http://127.0.0.1:${port}${url}`, { headers: { authorization: `Bearer ${token}` }, agent }, (res) => {
    res.resume();
    res.on('end', () => ((res.statusCode ?? 500) >= 400 ? reject(new Error(`${url}: ${res.statusCode}`)) : resolve(performance.now() - s)));
  }).on('error', reject);
});
/** The server's CPU time (user + system) in ms, from /proc (clock ticks of 10 ms). */
const cpuMs = (): number => {
  const f = readFileSync(`/proc/${child.pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return (Number(f[11]) + Number(f[12])) * 10;
};
const urls = ['/api/v1/incidents?limit=50', '/api/v1/incidents?limit=50&severity=SEV-1', '/api/v1/incidents?limit=50&status=mitigated', '/api/v1/incidents?limit=50&service=payments'];
for (let i = 0; i < 200; i++) await get(urls[i % 4]!);
await new Promise((r) => setTimeout(r, 300));
const gcFrom = gcs.length;
const cpu0 = cpuMs();
const times: number[] = [];
for (let i = 0; i < requests; i++) times.push(await get(urls[i % 4]!));
await new Promise((r) => setTimeout(r, 300));
const cpu1 = cpuMs();
const window = gcs.slice(gcFrom);
const prevAfter = gcs[gcFrom - 1]?.after ?? window[0]?.before ?? 0;
let allocated = 0;
let last = prevAfter;
for (const g of window) { allocated += Math.max(0, g.before - last); last = g.after; }
const per1000 = (n: number): string => (n * 1000 / requests).toFixed(1);
const byKind = (k: RegExp) => window.filter((g) => k.test(g.kind));
const minor = byKind(/Scavenge|Minor/);
const major = byKind(/^Mark-(Compact|sweep)$/);
const avg = (xs: Gc[]): string => (xs.length ? xs.reduce((s, g) => s + g.pause, 0) / xs.length : 0).toFixed(2);
const max = (xs: Gc[]): string => Math.max(0, ...xs.map((g) => g.pause)).toFixed(2);
// PROBE_MAJOR=1 prints each mark-compact's trace line (its reason is at the end) to stderr.
if (process.env['PROBE_MAJOR'] !== undefined) for (const g of major) process.stderr.write(`${g.line}\n`);
const sorted = [...times].sort((a, b) => a - b);
const metrics = await new Promise<string>((resolve) => httpGet(`http://127.0.0.1:${port}/metrics`, { agent }, (res) => { let b = ''; res.on('data', (d: Buffer) => { b += d.toString(); }); res.on('end', () => resolve(b)); }));
const lag = (name: string): string => ((Number(new RegExp(`^debrief_process_nodejs_eventloop_lag_${name}_seconds (\\S+)$`, 'm').exec(metrics)?.[1]) || 0) * 1000).toFixed(2);
console.log(JSON.stringify({
  flags: flags.join(' ') || '(defaults)', requests, load: loadavg()[0]!.toFixed(2),
  cpuMsPerRequest: ((cpu1 - cpu0) / requests).toFixed(3),
  scavengesPer1000: per1000(minor.length), scavengeAvgMs: avg(minor), scavengeMaxMs: max(minor),
  majorPer1000: per1000(major.length), majorAvgMs: avg(major), majorMaxMs: max(major),
  gcMsPer1000: (window.reduce((s, g) => s + g.pause, 0) * 1000 / requests).toFixed(1),
  kBAllocatedPerRequest: ((allocated * 1024) / requests).toFixed(0),
  wallMedianMs: sorted[Math.floor(requests / 2)]!.toFixed(2), wallP95Ms: sorted[Math.ceil(requests * 0.95) - 1]!.toFixed(2),
  eventLoopLagP50Ms: lag('p50'), eventLoopLagP99Ms: lag('p99'),
}));
child.kill('SIGTERM');
await new Promise((r) => child.once('exit', r));
