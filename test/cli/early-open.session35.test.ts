/**
 * `debrief serve` starts opening an existing database before the rest of the CLI and the server load (issue 18,
 * session 35), and only when the configuration is valid: a bad one still ends in its clear error, nothing written.
 */
import { spawnSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeEarlyDatabase, openDatabaseEarly, serveEnv, takeEarlyDatabase } from '../../src/cli/early-open.ts';
import { LOCK_FILE } from '../../src/store/data-dir-lock.ts';
import { seedDataDir } from '../support/run-cli.ts';

const bin = join(process.cwd(), 'bin/debrief.js');
const dir = mkdtempSync(join(tmpdir(), 'debrief-early-'));
const data = join(dir, 'data');
const { DEBRIEF_URL: _url, DEBRIEF_TOKEN: _token, LOG_LEVEL: _level, LOG_FORMAT: _format, DEBRIEF_DATA_DIR: _dir, DATABASE_URL: _db, ...inherited } = process.env;
const env = { ...inherited, PORT: '0', LOG_FORMAT: 'json' };

/** Every file under a folder with its size and modification time: what "nothing written" compares. */
function snapshot(root: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else { const s = statSync(p); out.push(`${p} ${s.size} ${s.mtimeMs}`); }
    }
  };
  walk(root);
  return out.sort();
}

describe('opening the database early for debrief serve', { timeout: 180_000 }, () => {
  beforeAll(async () => {
    // An existing, migrated database, as a server leaves it (from the run's migrated dump: no initdb and migrations here).
    await seedDataDir(data);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('reads the data directory and port from the flags as serve does, the flags over the environment', () => {
    const e = serveEnv(['serve', '--data-dir', '/a', '--port=4000', '-c', 'x.yaml'], { DEBRIEF_DATA_DIR: '/b', PORT: '1' });
    expect(e['DEBRIEF_DATA_DIR']).toBe('/a');
    expect(e['PORT']).toBe('4000');
    expect(serveEnv(['serve'], { DEBRIEF_DATA_DIR: '/b' })['DEBRIEF_DATA_DIR']).toBe('/b');
  });

  it('opens an existing database of a valid configuration, for the server of that directory only', async () => {
    await openDatabaseEarly(['serve', '--data-dir', data], env);
    expect(takeEarlyDatabase(join(dir, 'other'))).toBeNull();
    const early = takeEarlyDatabase(data);
    expect(early).not.toBeNull();
    const database = await early!.opening;
    expect(existsSync(join(data, LOCK_FILE))).toBe(true);
    await database.close();
    expect(takeEarlyDatabase(data)).toBeNull();
  });

  it('opens nothing for another command, a fresh directory or a bad configuration, and closes what no server took', async () => {
    await openDatabaseEarly(['incident', 'list', '--data-dir', data], env);
    expect(takeEarlyDatabase(data)).toBeNull();
    const fresh = join(dir, 'fresh');
    await openDatabaseEarly(['serve', '--data-dir', fresh], env);
    expect(takeEarlyDatabase(fresh)).toBeNull();
    expect(existsSync(fresh)).toBe(false);
    const before = snapshot(data);
    await openDatabaseEarly(['serve', '--data-dir', data, '--port', 'not-a-port'], env);
    expect(takeEarlyDatabase(data)).toBeNull();
    expect(snapshot(data)).toEqual(before);
    await openDatabaseEarly(['serve', '--data-dir', data], env);
    await closeEarlyDatabase();
    expect(existsSync(join(data, LOCK_FILE))).toBe(false);
  });

  it('a bad configuration still ends in its clear error from serve, with nothing written to the data directory', () => {
    const before = snapshot(data);
    const run = spawnSync(process.execPath, [bin, 'serve', '--data-dir', data, '--port', 'not-a-port'], { cwd: dir, env, encoding: 'utf8' });
    expect(run.status).not.toBe(0);
    expect(run.stderr).toMatch(/PORT/);
    expect(snapshot(data)).toEqual(before);
  });

  it('starts the open before the CLI has loaded the server, and the server uses that database', async () => {
    const server = spawn(process.execPath, [bin, 'serve', '--data-dir', data], { cwd: dir, env });
    let out = '';
    server.stdout.on('data', (d: Buffer) => { out += d.toString(); });
    const exited = new Promise<void>((r) => server.once('exit', () => r()));
    try {
      const end = Date.now() + 120_000;
      while (!/"msg":"Debrief is listening"/.test(out) && Date.now() < end) await new Promise((r) => setTimeout(r, 25));
      const line = out.split('\n').find((l) => l.includes('"msg":"Debrief is listening"'))!;
      const steps = (JSON.parse(line) as { startupMs: Record<string, number> }).startupMs;
      expect(steps['databaseOpenStarted']).toBeLessThan(steps['entered']!);
      expect(steps['databaseOpenStarted']).toBeLessThan(steps['modules']!);
      const url = (JSON.parse(line) as { url: string }).url;
      expect((await fetch(`${url}/readyz`)).status).toBe(200);
    } finally {
      server.kill('SIGTERM');
      await exited;
    }
    expect(existsSync(join(data, LOCK_FILE))).toBe(false);
  });
});
