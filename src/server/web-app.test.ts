import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Fastify, { type FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorHandler } from './problem.ts';
import { registerWebApp } from './web-app.ts';

let dir: string;

async function appFor(distDir: string): Promise<FastifyInstance> {
  const app = Fastify();
  app.setErrorHandler(errorHandler);
  app.get('/api/v1/known', async () => ({ ok: true }));
  await registerWebApp(app, { distDir });
  return app;
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'debrief-web-'));
  mkdirSync(join(dir, 'dist', 'assets'), { recursive: true });
  writeFileSync(join(dir, 'dist', 'index.html'), '<!doctype html><div id="root"></div>');
  writeFileSync(join(dir, 'dist', 'assets', 'index-abc123.js'), 'console.log(1)');
  writeFileSync(join(dir, 'secret.txt'), 'outside the root');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('web app serving', () => {
  it('serves index.html for app paths that accept HTML, with a CSP', async () => {
    const app = await appFor(join(dir, 'dist'));
    for (const url of ['/', '/incidents/INC-2026-01-01-001', '/postmortems/X/review?x=1']) {
      const res = await app.inject({ url, headers: { accept: 'text/html' } });
      expect(res.statusCode, url).toBe(200);
      expect(res.body).toContain('<div id="root">');
      expect(res.headers['content-security-policy']).toContain("default-src 'self'");
    }
    expect((await app.inject({ method: 'HEAD', url: '/incidents', headers: { accept: 'text/html' } })).statusCode).toBe(200);
  });

  it('serves hashed assets as immutable files', async () => {
    const app = await appFor(join(dir, 'dist'));
    const res = await app.inject({ url: '/assets/index-abc123.js' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['cache-control']).toContain('immutable');
    expect((await app.inject({ url: '/assets/missing.js' })).statusCode).toBe(404);
  });

  it('keeps API answers and unknown API paths as problem+json', async () => {
    const app = await appFor(join(dir, 'dist'));
    expect((await app.inject({ url: '/api/v1/known' })).json()).toEqual({ ok: true });
    const res = await app.inject({ url: '/api/v1/unknown', headers: { accept: 'text/html' } });
    expect(res.statusCode).toBe(404);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.json().code).toBe('not_found');
  });

  it('never serves files outside the build', async () => {
    const app = await appFor(join(dir, 'dist'));
    for (const url of ['/../secret.txt', '/%2e%2e/secret.txt', '/assets/..%2f..%2fsecret.txt']) {
      const res = await app.inject({ url, headers: { accept: 'application/json' } });
      expect(res.body, url).not.toContain('outside the root');
    }
  });

  it('explains how to build the app when web/dist is missing', async () => {
    const app = await appFor(join(dir, 'nothing-here'));
    const res = await app.inject({ url: '/', headers: { accept: 'text/html' } });
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('npm run build:web');
    expect((await app.inject({ url: '/api/v1/unknown' })).json().code).toBe('not_found');
  });
});
