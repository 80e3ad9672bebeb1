/**
 * Evidence benchmark: a 100 MB upload through the real HTTP server (a listening socket,
 * the body streamed from a generator, never whole in memory) and the same file served
 * back with its hash checked first. Peak RSS growth is printed beside the file size with
 * the ratio (streamed: under 1/4 of the file), and each time beside a plain disk copy of
 * the same bytes.
 */
import { createWriteStream, mkdtempSync, rmSync } from 'node:fs';
import { request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { pathToFileURL } from 'node:url';
import { loadConfig } from '../src/config/config.ts';
import { SYSTEM_PRINCIPAL } from '../src/domain/access/roles.ts';
import { buildApp } from '../src/server/app.ts';
import { createToken } from '../src/services/token.service.ts';
import { openDatabase } from '../src/store/database.ts';

const MB = 1024 * 1024;
const ms = (t0: bigint): number => Number(process.hrtime.bigint() - t0) / 1e6;

/** `size` bytes of varied content, generated 256 KiB at a time. */
function generated(size: number): Readable {
  let sent = 0;
  const block = Buffer.alloc(256 * 1024);
  return new Readable({
    read() {
      if (sent >= size) { this.push(null); return; }
      const n = Math.min(block.length, size - sent);
      for (let i = 0; i < n; i += 4096) block.writeUInt32LE((sent + i) >>> 0, i);
      sent += n;
      this.push(Buffer.from(block.subarray(0, n)));
    },
  });
}

/** Peak RSS above `base` while `work` runs (sampled every 20 ms). */
async function peakRss<T>(work: () => Promise<T>): Promise<{ result: T; growth: number }> {
  const gc = (globalThis as { gc?: () => void }).gc;
  gc?.();
  const base = process.memoryUsage.rss();
  let peak = base;
  const timer = setInterval(() => { peak = Math.max(peak, process.memoryUsage.rss()); }, 20);
  try {
    const result = await work();
    peak = Math.max(peak, process.memoryUsage.rss());
    return { result, growth: peak - base };
  } finally {
    clearInterval(timer);
  }
}

function send(port: number, path: string, token: string, body: Readable, size: number): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, method: 'POST', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/octet-stream', 'content-length': String(size) } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8') }));
    });
    req.on('error', reject);
    body.pipe(req);
  });
}

function fetchAll(port: number, path: string, token: string): Promise<{ status: number; bytes: number }> {
  return new Promise((resolve, reject) => {
    request({ host: '127.0.0.1', port, path, headers: { authorization: `Bearer ${token}` } }, (res) => {
      let bytes = 0;
      res.on('data', (c: Buffer) => { bytes += c.length; });
      res.on('end', () => resolve({ status: res.statusCode ?? 0, bytes }));
    }).on('error', reject).end();
  });
}

/** Runs the evidence benchmark (size in MiB). */
export async function runEvidenceBench(sizeMb = 100): Promise<void> {
  const size = sizeMb * MB;
  const dir = mkdtempSync(join(tmpdir(), 'debrief-bench-evidence-'));
  const database = await openDatabase({ dataDir: join(dir, 'data'), databaseUrl: null, command: 'bench' });
  try {
    const config = loadConfig({ env: {}, cwd: dir, overrides: { evidence: { store: `file://${join(dir, 'blobs')}`, maxFileBytes: 2 * size, maxIncidentBytes: 4 * size, maxTextBytes: MB } } });
    const ctx = { db: database.db, config, now: () => new Date() };
    const app = await buildApp({ ctx });
    await app.listen({ host: '127.0.0.1', port: 0 });
    const port = (app.server.address() as AddressInfo).port;
    const token = (await createToken(ctx, SYSTEM_PRINCIPAL, { name: 'bench', role: 'admin' })).token;
    const inc = await app.inject({ method: 'POST', url: '/api/v1/incidents', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, payload: JSON.stringify({ title: 'Bench', severity: 'SEV-2' }) });
    const incident = inc.json<{ id: string }>().id;
    // Warm-up: the route, the blob store and the hash code paths are loaded before measuring.
    await send(port, `/api/v1/incidents/${incident}/evidence?caption=warm`, token, generated(MB), MB);

    let t0 = process.hrtime.bigint();
    const up = await peakRss(() => send(port, `/api/v1/incidents/${incident}/evidence?caption=bench&name=big.bin`, token, generated(size), size));
    const uploadMs = ms(t0);
    if (up.result.status !== 201) throw new Error(`upload failed: ${up.result.status} ${up.result.text}`);
    const item = JSON.parse(up.result.text) as { links: { content: string } };

    t0 = process.hrtime.bigint();
    const down = await peakRss(() => fetchAll(port, item.links.content, token));
    const downloadMs = ms(t0);
    if (down.result.status !== 200 || down.result.bytes !== size) throw new Error(`download failed: ${down.result.status}, ${down.result.bytes} bytes`);

    t0 = process.hrtime.bigint();
    await pipeline(generated(size), createWriteStream(join(dir, 'copy.bin')));
    const copyMs = ms(t0);

    const mb = (n: number): string => (n / MB).toFixed(1);
    const verdict = (g: number): string => (g < size / 4 ? 'under 1/4: streamed' : 'OVER 1/4 of the file: not streamed');
    console.log(`evidence: upload ${sizeMb} MiB over HTTP: RSS grew ${mb(up.growth)} MiB for a ${mb(size)} MiB file — ratio ${(up.growth / size).toFixed(3)} (${verdict(up.growth)})`);
    console.log(`evidence: serve it back (hash checked first, then streamed): RSS grew ${mb(down.growth)} MiB — ratio ${(down.growth / size).toFixed(3)} (${verdict(down.growth)})`);
    console.log(`evidence: upload ${uploadMs.toFixed(0)} ms (${(sizeMb / (uploadMs / 1000)).toFixed(0)} MiB/s) vs plain disk copy of the same bytes ${copyMs.toFixed(0)} ms — ratio ${(uploadMs / copyMs).toFixed(2)}×; serve ${downloadMs.toFixed(0)} ms (read twice: check, then send)`);
    await app.close();
  } finally {
    await database.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await runEvidenceBench();
