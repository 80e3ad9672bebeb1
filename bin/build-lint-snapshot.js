#!/usr/bin/env node
// Builds the start-up snapshot of `debrief lint` (src/cli/lint.snapshot.ts says what is in it):
// one CommonJS bundle with its packages (a snapshot cannot load files when it starts), then V8's
// heap after running it, in dist/lint/lint-<node version>-<platform>-<arch>.blob (a folder of its own: under
// dist/cli, whose package.json says "type": "module", the snapshot builds but will not start). A snapshot only
// starts on the Node.js that built it, hence the name: on another, bin/debrief.js does without.
// Run by bin/build-cli.js (so by `npm ci`); `--out <dir>` builds elsewhere (tests).
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SNAPSHOT_FLAGS, snapshotBlobName } from './relaunch.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/**
 * Builds the bundle and the blob into outDir; returns the blob's path, or throws with the reason.
 * @param {string} outDir
 * @returns {Promise<string>}
 */
export async function buildLintSnapshot(outDir) {
  const esbuild = await import('esbuild');
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  const bundle = join(outDir, 'lint-snapshot.cjs');
  const blob = join(outDir, snapshotBlobName(process));
  await esbuild.build({
    entryPoints: [join(root, 'src', 'cli', 'lint.snapshot.ts')],
    outfile: bundle, bundle: true, format: 'cjs', platform: 'node', target: 'node20',
    logLevel: 'error', legalComments: 'none',
    // A bundled package (fdir, under tinyglobby) calls createRequire(import.meta.url) and loads picomatch from
    // node_modules if it can, for an API Debrief does not use. Loading a package from disk while the snapshot is
    // built leaves it unable to start ('setupUserModules' assertion), so that URL is one where nothing resolves.
    define: { 'import.meta.url': '"file:///debrief-lint-snapshot/nothing-resolves-here.cjs"' },
  });
  const r = spawnSync(process.execPath, [...SNAPSHOT_FLAGS, '--snapshot-blob', blob, '--build-snapshot', bundle], { cwd: outDir, encoding: 'utf8' });
  if (r.status !== 0) {
    rmSync(blob, { force: true });
    throw new Error((r.stderr || `exit ${r.status}`).split('\n').filter((l) => l.trim() !== '' && !/Warning|may still work|To request support|trace-warnings/.test(l)).slice(0, 3).join(' ') || `exit ${r.status}`);
  }
  return blob;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const i = process.argv.indexOf('--out');
  const out = i >= 0 && process.argv[i + 1] ? process.argv[i + 1] : join(root, 'dist', 'lint');
  console.log(await buildLintSnapshot(out));
}
