#!/usr/bin/env node
// The `debrief` command. Runs the compiled CLI (dist/cli, built by `npm ci`) when it is at least as
// new as every source file, else the TypeScript sources through tsx, so an edit is never hidden
// by a stale build. DEBRIEF_CLI_SOURCE=1 forces the sources; DEBRIEF_CLI_COMPILED=1 the build (tests, benchmarks).
//
// `debrief lint` starts node again (docs/operations.md, "Lint start-up"):
// - from the lint snapshot (dist/lint/lint-<node>-<platform>-<arch>.blob, bin/build-lint-snapshot.js) when it is
//   as new as the sources: V8's heap with the linter loaded, instead of loading and compiling a megabyte of code;
// - with '--no-regexp-tier-up', which keeps V8's regular expressions in its interpreter: a lint runs about 500 of
//   them a few times each, and compiling each to machine code after its first run cost more than it saved.
// The flag is given on the command line, never set at run time (v8.setFlagsFromString made the CLI die with
// SIGSEGV in about one start in sixteen when four ran at once: a CI preflight, 2026-12-03).
// DEBRIEF_REGEXP_TIER_UP=1 keeps one process, V8's defaults and no snapshot.
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { relaunchArgs, snapshotBlobName } from './relaunch.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const compiled = join(root, 'dist', 'cli', 'main.js');
const blob = join(root, 'dist', 'lint', snapshotBlobName(process));

/** Newest modification time of the files under a folder. */
function newest(dir) {
  let max = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    max = Math.max(max, entry.isDirectory() ? newest(path) : statSync(path).mtimeMs);
  }
  return max;
}

let srcNewest = null;
/** Whether a built file may run: DEBRIEF_CLI_COMPILED=1, or it is as new as every source file. */
const fresh = (file) => existsSync(file)
  && (process.env.DEBRIEF_CLI_COMPILED === '1' || statSync(file).mtimeMs >= (srcNewest ??= newest(join(root, 'src'))));

const useCompiled = process.env.DEBRIEF_CLI_SOURCE !== '1' && fresh(compiled);
const relaunch = relaunchArgs({
  args: process.argv.slice(2), execArgv: process.execArgv, env: process.env,
  script: fileURLToPath(import.meta.url), blob: useCompiled && fresh(blob) ? blob : null,
});

if (relaunch !== null) {
  const child = spawn(process.execPath, relaunch, { stdio: 'inherit' });
  const forward = (signal) => child.kill(signal);
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, forward);
  child.on('exit', (code, signal) => {
    if (signal === null) process.exit(code ?? 1);
    // Die of the same signal, as a shell expects.
    for (const s of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.off(s, forward);
    process.kill(process.pid, signal);
  });
} else if (useCompiled) {
  await import(pathToFileURL(compiled).href);
} else {
  const { register } = await import('tsx/esm/api');
  register();
  await import('../src/cli/main.ts');
}
