/**
 * The start-up snapshot of `debrief lint` (bin/build-lint-snapshot.js, src/cli/lint.snapshot.ts), built
 * for real with the Node.js running the tests, answers exactly as the CLI run from its sources in one
 * process: the same output in every format, the same exit code, the configuration and ignore file read
 * from the directory it is started in (not the one it was built in), the same errors. The snapshot is built
 * and started as its own process; the sources run in this process (test/support/run-cli.ts: the same
 * program with V8's defaults), instead of a Node.js and tsx loading every source file again for each run.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { SNAPSHOT_FLAGS } from '../../bin/relaunch.js';
import { runCli } from '../support/run-cli.ts';

const ROOT = process.cwd();
const env = (): NodeJS.ProcessEnv => {
  const e: NodeJS.ProcessEnv = { ...process.env, DEBRIEF_CONFIG: '' };
  delete e['DEBRIEF_CLI_COMPILED'];
  return e;
};

let blob = '';
/** `debrief lint …` from the snapshot. */
const fromSnapshot = (cwd: string, ...args: string[]) =>
  spawnSync(process.execPath, [...SNAPSHOT_FLAGS, '--snapshot-blob', blob, 'lint', ...args], { cwd, encoding: 'utf8', env: env(), timeout: 60_000 });
/** `debrief lint …` from the TypeScript sources, in this process with V8's defaults. */
const fromSources = (cwd: string, ...args: string[]) => runCli(['lint', ...args], { cwd, env: env() });

describe('debrief lint from its start-up snapshot', { timeout: 300_000 }, () => {
  const work = mkdtempSync(join(tmpdir(), 'debrief-lint-snapshot-'));
  const docs = join(work, 'docs');

  beforeAll(() => {
    const built = spawnSync(process.execPath, [join(ROOT, 'bin/build-lint-snapshot.js'), '--out', join(work, 'snapshot')], { cwd: ROOT, encoding: 'utf8', timeout: 240_000 });
    expect(built.status, built.stderr).toBe(0);
    blob = built.stdout.trim();
    mkdirSync(docs);
    const fixtures = join(ROOT, 'test/fixtures/postmortems');
    for (const f of readdirSync(fixtures).filter((n) => n.endsWith('.md')).sort().slice(0, 4)) copyFileSync(join(fixtures, f), join(docs, f));
    const train = join(ROOT, 'test/fixtures/quality/documents-train');
    for (const f of readdirSync(train).filter((n) => n.endsWith('.md')).sort().slice(0, 3)) copyFileSync(join(train, f), join(docs, `train-${f}`));
  }, 300_000);

  it.each(['text', 'json', 'sarif', 'github'])('prints what the sources print, with the same exit code (--format %s)', async (format) => {
    const a = fromSnapshot(work, 'docs', '--format', format);
    const b = await fromSources(work, 'docs', '--format', format);
    expect(a.stderr).toBe(b.stderr);
    expect(a.stdout).toBe(b.stdout);
    expect(a.status).toBe(b.status);
    expect(a.stdout.length).toBeGreaterThan(100);
  });

  it('reads the configuration and the ignore file of the directory it starts in', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'debrief-lint-snapshot-config-'));
    mkdirSync(join(dir, 'pm'));
    for (const f of readdirSync(docs)) copyFileSync(join(docs, f), join(dir, 'pm', f));
    writeFileSync(join(dir, 'debrief.config.yaml'), 'quality:\n  rules:\n    vague-action-item:\n      enabled: false\n');
    writeFileSync(join(dir, '.debriefignore'), 'pm/train-*\n');
    const a = fromSnapshot(dir, 'pm', '--format', 'json');
    const b = await fromSources(dir, 'pm', '--format', 'json');
    expect(a.stdout).toBe(b.stdout);
    expect(a.stdout).not.toContain('vague-action-item');
    expect(a.stdout).not.toContain('train-');
    expect(a.status).toBe(b.status);
  });

  it('fails as the sources fail: a missing file, a bad option, --max-warnings exceeded', async () => {
    for (const args of [['nothing-here.md'], ['docs', '--format', 'xml'], ['docs', '--max-warnings', '0'], ['docs', '--max-warnings', 'many']]) {
      const a = fromSnapshot(work, ...args);
      const b = await fromSources(work, ...args);
      expect([a.status, a.stderr, a.stdout], args.join(' ')).toEqual([b.status, b.stderr, b.stdout]);
      expect(a.status, args.join(' ')).not.toBe(0);
    }
  });

  it('shows the same help', async () => {
    const a = fromSnapshot(work, '--help');
    expect(a.status).toBe(0);
    expect(a.stdout).toBe((await fromSources(work, '--help')).stdout);
    expect(a.stdout).toContain('--max-warnings');
  });
});
