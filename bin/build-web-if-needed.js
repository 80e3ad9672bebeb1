#!/usr/bin/env node
// Runs before `npm start`: builds the web app when web/dist is missing or older than
// its sources, so that a fresh `npm ci && npm start` serves the app. Never fails the
// start: without a build the server shows how to make one.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const web = join(root, 'web');

/** Newest modification time under a path (files only). */
function newest(path) {
  if (!existsSync(path)) return 0;
  const st = statSync(path);
  if (!st.isDirectory()) return st.mtimeMs;
  let max = 0;
  for (const name of readdirSync(path)) max = Math.max(max, newest(join(path, name)));
  return max;
}

const builtAt = newest(join(web, 'dist', 'index.html'));
const sourcesAt = Math.max(newest(join(web, 'src')), newest(join(web, 'index.html')), newest(join(web, 'vite.config.ts')), newest(join(web, 'bundle-budget.ts')));
if (builtAt > 0 && builtAt >= sourcesAt) process.exit(0);

const vite = join(root, 'node_modules', 'vite', 'bin', 'vite.js');
if (!existsSync(vite)) {
  console.warn('debrief: the web app is not built and vite is not installed (npm ci installs it); the server starts with the API only.');
  process.exit(0);
}
console.error(builtAt ? 'debrief: web/src changed since the last build; building the web app…' : 'debrief: building the web app (first start)…');
const run = spawnSync(process.execPath, [vite, 'build', '--config', join(web, 'vite.config.ts'), '--logLevel', 'warn'], { cwd: root, stdio: 'inherit' });
if (run.status !== 0) console.warn('debrief: the web app build failed (see above); the server starts with the API only. Try `npm run build:web`.');
