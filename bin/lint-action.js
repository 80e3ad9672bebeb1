#!/usr/bin/env node
// Entry of the GitHub Action in action.yml: lints the changed post-mortems (see src/cli/ci/lint-action.ts).
import { register } from 'tsx/esm/api';
import { fileURLToPath } from 'node:url';
import { join, dirname } from 'node:path';

register();
const entry = join(dirname(fileURLToPath(import.meta.url)), '..', 'src', 'cli', 'ci', 'lint-action.ts');
process.argv = [process.argv[0], entry, ...process.argv.slice(2)];
await import('../src/cli/ci/lint-action.ts');
