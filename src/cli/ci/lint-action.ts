/**
 * The entry of the GitHub Action (`action.yml`): lints the post-mortems a pull request or
 * push changed, prints GitHub annotations (inline in the diff), writes SARIF for code
 * scanning, and exits as `debrief lint` does (1 on errors or too many warnings).
 * Settings come from the environment the action sets (INPUT_*), so it runs the same on a
 * laptop: `INPUT_PATHS='docs/postmortems/**\/*.md' node bin/lint-action.js`.
 */
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { globSync } from 'tinyglobby';
import { formatSarif } from '../commands/lint.format.ts';

const BIN = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'bin', 'debrief.js');

export type ActionSettings = {
  /** Glob patterns of the post-mortems, separated by spaces or newlines. */
  paths: string[];
  /** Git ref to compare with; empty: lint every matching file. */
  base: string;
  maxWarnings: string;
  sarif: string;
  config: string;
  cwd: string;
};

/** Reads the settings from INPUT_* and GitHub's variables. */
export function settingsFromEnv(env: NodeJS.ProcessEnv, cwd: string): ActionSettings {
  const base = env['INPUT_BASE'] || (env['GITHUB_BASE_REF'] ? `origin/${env['GITHUB_BASE_REF']}` : '');
  return {
    paths: (env['INPUT_PATHS'] || 'docs/postmortems/**/*.md').split(/[\s]+/).filter(Boolean),
    base,
    maxWarnings: env['INPUT_MAX_WARNINGS'] ?? '',
    sarif: env['INPUT_SARIF'] || 'debrief-lint.sarif',
    config: env['INPUT_CONFIG'] ?? '',
    cwd,
  };
}

function git(cwd: string, args: string[]): string {
  const r = spawnSync('git', args, { cwd, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`git ${args.join(' ')}: ${r.stderr.trim()}`);
  return r.stdout;
}

/** The matching files, only those changed since `base` when it is given. */
export function filesToLint(s: ActionSettings): string[] {
  const all = new Set(globSync(s.paths, { cwd: s.cwd, onlyFiles: true, ignore: ['**/node_modules/**'] }));
  if (!s.base) return [...all].sort();
  const changed = git(s.cwd, ['diff', '--name-only', '--diff-filter=ACMR', `${s.base}...HEAD`]).split('\n').filter(Boolean);
  return changed.filter((f) => all.has(f)).sort();
}

/** Runs the action; returns its exit code. */
export function runLintAction(s: ActionSettings, out: (text: string) => void = (t) => process.stdout.write(t)): number {
  const files = filesToLint(s);
  const sarifPath = join(s.cwd, s.sarif);
  if (files.length === 0) {
    out(`::notice title=debrief lint::no changed post-mortems match ${s.paths.join(' ')}\n`);
    writeFileSync(sarifPath, formatSarif([], '0.1.0'));
    return 0;
  }
  const common = [...(s.config ? ['--config', s.config] : []), ...(s.maxWarnings ? ['--max-warnings', s.maxWarnings] : [])];
  const annotations = spawnSync(process.execPath, [BIN, 'lint', '--format', 'github', ...common, ...files], { cwd: s.cwd, encoding: 'utf8' });
  out(annotations.stdout);
  if (annotations.stderr) process.stderr.write(annotations.stderr);
  const sarif = spawnSync(process.execPath, [BIN, 'lint', '--format', 'sarif', ...common, ...files], { cwd: s.cwd, encoding: 'utf8' });
  writeFileSync(sarifPath, sarif.stdout);
  out(`debrief lint: ${files.length} post-mortem${files.length === 1 ? '' : 's'} checked; SARIF in ${s.sarif}\n`);
  return annotations.status ?? 1;
}

const invoked = process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1];
if (invoked) process.exitCode = runLintAction(settingsFromEnv(process.env, process.cwd()));
