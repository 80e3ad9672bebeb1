/**
 * The server's log as a log collector reads it: `debrief serve` spawned for real, its stdout
 * piped (not a terminal). Every line is JSON, a request's line carries its request id while the
 * server still runs (the writes are asynchronous, never held back until exit), and the lines
 * written before a SIGTERM are all there after it.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDataDir } from '../support/run-cli.ts';

const bin = join(process.cwd(), 'bin/debrief.js');
const dir = mkdtempSync(join(tmpdir(), 'debrief-logs-'));
const { DEBRIEF_URL: _url, DEBRIEF_TOKEN: _token, LOG_LEVEL: _level, LOG_FORMAT: _format, ...inherited } = process.env;
const env = { ...inherited, DEBRIEF_DATA_DIR: join(dir, 'data'), PORT: '0' };

const until = async (check: () => boolean, what: string): Promise<void> => {
  const end = Date.now() + 60_000;
  while (!check()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
};

describe('debrief serve logs', { timeout: 120_000 }, () => {
  // A migrated database, as the first start leaves it (the log, not the first start, is what is tested here).
  beforeAll(() => seedDataDir(join(dir, 'data')));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('writes one JSON line per request with its request id while running, and keeps every line through a SIGTERM', async () => {
    const server = spawn(process.execPath, [bin, 'serve'], { cwd: dir, env });
    let out = '';
    server.stdout.on('data', (d: Buffer) => { out += d.toString(); });
    const exited = new Promise<number | null>((r) => server.once('exit', (code) => r(code)));
    try {
      await until(() => /"msg":"Debrief is listening"/.test(out), 'the listening line');
      const listening = out.split('\n').find((l) => l.includes('"msg":"Debrief is listening"'))!;
      const url = (JSON.parse(listening) as { url: string }).url;
      const ids = Array.from({ length: 20 }, (_, i) => `logs-test-${i}`);
      for (const id of ids) {
        const res = await fetch(`${url}/healthz`, { headers: { 'x-request-id': id } });
        expect(res.status).toBe(200);
      }
      // Delivered while the server runs: an asynchronous write is not held for a buffer to fill.
      await until(() => out.includes(`"reqId":"${ids.at(-1)}"`), 'the last request line');
      const more = Array.from({ length: 20 }, (_, i) => `logs-late-${i}`);
      for (const id of more) await fetch(`${url}/healthz`, { headers: { 'x-request-id': id } });
      server.kill('SIGTERM');
      expect(await exited).toBe(0);
      const lines = out.split('\n').filter((l) => l.trim() !== '');
      const parsed = lines.map((l) => JSON.parse(l) as { msg?: string; reqId?: string });
      for (const id of [...ids, ...more]) {
        expect(parsed.filter((l) => l.msg === 'request' && l.reqId === id)).toHaveLength(1);
      }
    } finally {
      if (server.exitCode === null) server.kill('SIGKILL');
    }
  });
});
