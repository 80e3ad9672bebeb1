#!/usr/bin/env node
// The `debrief` command. Runs the compiled CLI (dist/cli, built by `npm ci`) when it is at least as
// new as every source file, else the TypeScript sources through tsx, so an edit is never hidden
// by a stale build. DEBRIEF_CLI_SOURCE=1 forces the sources; DEBRIEF_CLI_COMPILED=1 the build (tests, benchmarks).
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

// No V8 flags are set here at run time (v8.setFlagsFromString): '--no-regexp-tier-up' made the CLI die with
// SIGSEGV in about one start in sixteen when four ran at once (found by a CI preflight, 2026-12-03).
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const compiled = join(root, 'dist', 'cli', 'main.js');

/** Newest modification time of the files under a folder. */
function newest(dir) {
  let max = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    max = Math.max(max, entry.isDirectory() ? newest(path) : statSync(path).mtimeMs);
  }
  return max;
}

const useCompiled = process.env.DEBRIEF_CLI_SOURCE !== '1' && existsSync(compiled)
  && (process.env.DEBRIEF_CLI_COMPILED === '1' || statSync(compiled).mtimeMs >= newest(join(root, 'src')));
if (useCompiled) {
  await import(pathToFileURL(compiled).href);
} else {
  const { register } = await import('tsx/esm/api');
  register();
  await import('../src/cli/main.ts');
}
