/**
 * A data directory for a spawned `debrief` command, copied from the run's migrated one (`test/global-setup.ts`): the
 * first command on an empty directory runs PGlite's initdb and every migration (about 3.5 s of CPU of its 4.9 s), which
 * a test of another command does not need. Tests of a first start (`workflow.cli.test.ts`) keep an empty directory.
 */
import { cpSync } from 'node:fs';
import { inject } from 'vitest';

/** Copies the migrated data directory to `target` (which must not exist yet) and returns `target`. */
export function migratedDataDir(target: string): string {
  cpSync(inject('migratedDataDir'), target, { recursive: true, errorOnExist: true, force: false });
  return target;
}
