import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { GOOD_POSTMORTEM, withSection } from '../factories/quality-doc.ts';

const ACTION = join(process.cwd(), 'bin/lint-action.js');

function repo(): string {
  const dir = mkdtempSync(join(tmpdir(), 'debrief-action-'));
  const git = (...args: string[]) => {
    const r = spawnSync('git', args, { cwd: dir, encoding: 'utf8' });
    if (r.status !== 0) throw new Error(r.stderr);
  };
  git('init', '-q', '-b', 'main');
  git('config', 'user.email', 'ci@example.com');
  git('config', 'user.name', 'CI');
  mkdirSync(join(dir, 'docs', 'postmortems'), { recursive: true });
  writeFileSync(join(dir, 'docs', 'postmortems', 'old.md'), withSection('Summary', "John didn't test properly."));
  writeFileSync(join(dir, 'README.md'), '# not a post-mortem\n');
  git('add', '.');
  git('commit', '-q', '-m', 'old post-mortem');
  git('checkout', '-q', '-b', 'feature');
  writeFileSync(join(dir, 'docs', 'postmortems', 'new.md'), withSection('Summary', "Maria didn't test properly."));
  writeFileSync(join(dir, 'docs', 'postmortems', 'fine.md'), GOOD_POSTMORTEM);
  git('add', '.');
  git('commit', '-q', '-m', 'new post-mortems');
  return dir;
}

const run = (cwd: string, env: Record<string, string>) =>
  spawnSync(process.execPath, [ACTION], { cwd, encoding: 'utf8', env: { ...process.env, DEBRIEF_CONFIG: '', ...env } });

describe('the GitHub Action entry on a repository of post-mortems', { timeout: 180_000 }, () => {
  const dir = repo();

  it('annotates only the post-mortems the branch changed, writes SARIF and fails on an error finding', () => {
    const r = run(dir, { INPUT_BASE: 'main' });
    expect(r.stdout).toMatch(/^::error file=docs\/postmortems\/new\.md,line=\d+,title=blame::/m);
    expect(r.stdout).not.toContain('old.md');
    expect(r.status).toBe(1);
    const sarif = JSON.parse(readFileSync(join(dir, 'debrief-lint.sarif'), 'utf8'));
    expect(sarif.runs[0].results.map((x: { locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }) => x.locations[0]?.physicalLocation.artifactLocation.uri)).toContain('docs/postmortems/new.md');
  });

  it('passes with a notice and an empty SARIF when no post-mortem changed', () => {
    const r = run(dir, { INPUT_BASE: 'HEAD', INPUT_SARIF: 'none.sarif' });
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('::notice title=debrief lint::no changed post-mortems');
    expect(JSON.parse(readFileSync(join(dir, 'none.sarif'), 'utf8')).runs[0].results).toEqual([]);
  });
});
