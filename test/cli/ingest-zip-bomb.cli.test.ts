/** `debrief ingest` of a zip bomb: a clear error naming the limit, exit 1, in seconds, without inflating it. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { zipBomb } from '../support/zip-bomb.ts';

const bin = join(process.cwd(), 'bin/debrief.js');

describe('debrief ingest of a zip bomb', () => {
  it('stops with exit 1 and names the limit', () => {
    const dir = mkdtempSync(join(tmpdir(), 'debrief-bomb-'));
    try {
      writeFileSync(join(dir, 'export.zip'), zipBomb(200));
      const r = spawnSync(process.execPath, [bin, 'ingest', '--source', 'slack', join(dir, 'export.zip'), '--dry-run'], { cwd: dir, encoding: 'utf8', timeout: 60_000 });
      expect(r.status, r.stderr).toBe(1);
      expect(r.stderr).toMatch(/export\.zip expands more than 100 times its size.*compression ratio of 100/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
