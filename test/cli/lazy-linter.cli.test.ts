/**
 * `debrief serve` spawned for real, with a module hook that reports when the linter's model is
 * loaded: the linter (its models and word list, about 18 MiB of heap) is not loaded when the
 * server starts and answers lists, only when something is linted. Holds for the compiled CLI
 * and the TypeScript sources alike (the hook looks for the model's module in the URL or in the
 * compiled chunk's text). The first lint after start, which loads it, answers what the linter imported
 * directly answers for the same text and configuration, and so does the next one (the loaded linter is kept).
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/config.ts';
import { lintMarkdownWith } from '../../src/services/postmortem/postmortem-doc.ts';
import type { ServiceContext } from '../../src/services/context.ts';
import { seedDataDir } from '../support/run-cli.ts';

const bin = join(process.cwd(), 'bin/debrief.js');
const dir = mkdtempSync(join(tmpdir(), 'debrief-lazy-linter-'));
const { DEBRIEF_URL: _url, DEBRIEF_TOKEN: _token, LOG_LEVEL: _level, LOG_FORMAT: _format, ...inherited } = process.env;
const env = { ...inherited, DEBRIEF_DATA_DIR: join(dir, 'data'), PORT: '0', LOG_FORMAT: 'json' };
const MARK = 'LINTER-MODEL-LOADED';
// A document with findings in several sections (a placeholder, a person named beside a mistake, vague action items).
const DOC = `# Post-mortem: checkout errors

## Summary

TBD

## Timeline

- 14:02 Alerts fired for the checkout service.
- 14:20 Bob restarted the wrong cluster and made it worse.

## Root cause

Human error.

## Action items

| Action | Owner | Due |
|---|---|---|
| Improve monitoring | | |
| Be more careful | | |
`;

// A module hook in its own file: prints MARK on stderr when the blame model's module (or a chunk holding it) loads.
const hook = join(dir, 'hook.mjs');
writeFileSync(hook, `import { register } from 'node:module';
register('data:text/javascript,' + encodeURIComponent(\`
export async function load(url, context, next) {
  const result = await next(url, context);
  const text = result.source === undefined || result.source === null ? '' : String(result.source);
  if (url.includes('blame.model.generated') || text.includes('src/domain/quality/blame.model.generated.ts')) process.stderr.write('${MARK}\\\\n');
  return result;
}\`));
`);

const until = async (check: () => boolean, what: string): Promise<void> => {
  const end = Date.now() + 60_000;
  while (!check()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
};

describe('debrief serve and the linter', { timeout: 300_000 }, () => {
  // A migrated database, as the first command leaves it (the server's start and the linter are what is tested here).
  beforeAll(() => seedDataDir(join(dir, 'data')));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('starts and answers lists without loading the linter, and loads it on the first lint', async () => {
    const quality = await import('../../src/domain/quality/index.ts');
    const created = spawnSync(process.execPath, [bin, 'token', 'create', '--role', 'viewer', '--name', 'lazy'], { cwd: dir, env, encoding: 'utf8' });
    expect(created.status, created.stderr).toBe(0);
    const token = created.stdout.trim();
    const server = spawn(process.execPath, ['--import', pathToFileURL(hook).href, bin, 'serve'], { cwd: dir, env });
    let out = '';
    let err = '';
    server.stdout.on('data', (d: Buffer) => { out += d.toString(); });
    server.stderr.on('data', (d: Buffer) => { err += d.toString(); });
    try {
      await until(() => /"msg":"Debrief is listening"/.test(out), 'the listening line');
      const listening = out.split('\n').find((l) => l.includes('"msg":"Debrief is listening"'))!;
      const url = (JSON.parse(listening) as { url: string }).url;
      const headers = { authorization: `Bearer ${token}` };
      expect((await fetch(`${url}/readyz`)).status).toBe(200);
      expect((await fetch(`${url}/api/v1/incidents?limit=50`, { headers })).status).toBe(200);
      expect(err).not.toContain(MARK);

      const lint = async (): Promise<{ findings: unknown[] }> => {
        const res = await fetch(`${url}/api/v1/lint`, { method: 'POST', headers: { ...headers, 'content-type': 'text/markdown' }, body: DOC });
        expect(res.status).toBe(200);
        return (await res.json()) as { findings: unknown[] };
      };
      const first = await lint();
      expect(first.findings.length).toBeGreaterThan(2);
      await until(() => err.includes(MARK), 'the linter to load');

      // The same answer as the linter imported directly, with the server's configuration (the same directory and environment).
      const ctx = { config: loadConfig({ env, cwd: dir }) } as unknown as ServiceContext;
      const direct = lintMarkdownWith(quality, ctx, DOC);
      expect(first).toEqual(JSON.parse(JSON.stringify(direct)));
      // And the next lint, from the kept linter, the same again.
      expect(await lint()).toEqual(first);
    } finally {
      server.kill('SIGKILL');
    }
  });
});
