#!/usr/bin/env node
// Builds the compiled `debrief` command into dist/cli/ (esbuild: one bundle of our code with a
// chunk per lazily loaded part; packages stay in node_modules). Run by `npm ci` / `npm install`
// (the `prepare` script) and `npm run build:cli`. Never fails an install: without the build,
// bin/debrief.js runs the TypeScript sources through tsx.
import { existsSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'dist', 'cli');

let esbuild;
try {
  esbuild = await import('esbuild');
} catch {
  console.warn('debrief: esbuild is not installed, so the CLI runs from the TypeScript sources (slower to start).');
  process.exit(0);
}
try {
  rmSync(out, { recursive: true, force: true });
  await esbuild.build({
    entryPoints: [join(root, 'src', 'cli', 'main.ts')],
    outdir: out, bundle: true, splitting: true, format: 'esm', platform: 'node', target: 'node20',
    packages: 'external', logLevel: 'warning', legalComments: 'none',
    // Paths computed from import.meta.url (migrations, web/dist) are two levels below the root in src/ and in dist/cli/ alike.
  });
  writeFileSync(join(out, 'package.json'), '{ "type": "module" }\n');
} catch (e) {
  rmSync(out, { recursive: true, force: true });
  console.warn(`debrief: the compiled CLI could not be built (${e instanceof Error ? e.message.split('\n')[0] : String(e)}); it runs from the TypeScript sources.`);
}

// The start-up snapshot of `debrief lint` (bin/build-lint-snapshot.js). Without it, lint runs from the build above.
if (existsSync(join(out, 'main.js'))) {
  try {
    const { buildLintSnapshot } = await import('./build-lint-snapshot.js');
    await buildLintSnapshot(join(root, 'dist', 'lint'));
  } catch (e) {
    console.warn(`debrief: the lint snapshot could not be built (${e instanceof Error ? e.message.split('\n')[0] : String(e)}); debrief lint loads the compiled CLI instead.`);
  }
}
