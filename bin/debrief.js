#!/usr/bin/env node
// The `debrief` command. Runs the compiled CLI (dist/cli, built by `npm ci`) when it is at least as
// new as every source file, else the TypeScript sources through tsx, so an edit is never hidden
// by a stale build. DEBRIEF_CLI_SOURCE=1 forces the sources; DEBRIEF_CLI_COMPILED=1 the build (tests, benchmarks).
import { existsSync, readdirSync, statSync } from 'node:fs';
import { setFlagsFromString } from 'node:v8';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

// Each regular expression is compiled to machine code once, on its first use. V8's default first compiles it to
// bytecode and compiles it again after one run: twice the work for the linter's few hundred patterns, which a
// one-document `debrief lint` runs once each (about 200 ms of its 800 ms on this machine). Set before any module loads.
setFlagsFromString('--no-regexp-tier-up');

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
