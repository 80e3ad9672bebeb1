import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { AppError } from '../domain/errors.ts';
import { loadConfig } from './config.ts';

describe('loadConfig', () => {
  it('defaults to port 3000 and ./data on PGlite', () => {
    const c = loadConfig({ env: {}, cwd: '/srv/debrief' });
    expect(c.port).toBe(3000);
    expect(c.dataDir).toBe('/srv/debrief/data');
    expect(c.databaseUrl).toBeNull();
  });

  it('lets the environment override the file', () => {
    const cwd = mkdtempSync(join(tmpdir(), 'debrief-cfg-'));
    writeFileSync(join(cwd, 'debrief.config.yaml'), 'server:\n  port: 4000\n');
    expect(loadConfig({ env: {}, cwd }).port).toBe(4000);
    expect(loadConfig({ env: { PORT: '5000' }, cwd }).port).toBe(5000);
  });

  it('lists every problem at once', () => {
    const cwd = mkdtempSync(join(tmpdir(), 'debrief-cfg-'));
    writeFileSync(join(cwd, 'debrief.config.yaml'), 'server:\n  port: "x"\n  colour: red\nnonsense: 1\n');
    try {
      loadConfig({ env: { PORT: 'abc', DATABASE_URL: 'mysql://x' }, cwd });
      expect.unreachable();
    } catch (e) {
      const paths = ((e as AppError).details['errors'] as { path: string }[]).map((p) => p.path);
      expect(paths).toEqual(expect.arrayContaining(['env.PORT', 'env.DATABASE_URL', 'server.port', 'server', 'nonsense']));
    }
  });
});
