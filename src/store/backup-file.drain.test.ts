import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { writeBackupFile } from './backup-file.ts';

describe('writeBackupFile under backpressure', () => {
  const dirs: string[] = [];
  afterEach(() => { for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true }); });

  it('waits for every drain without leaving a listener behind (no MaxListeners warning over hundreds of drains)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'debrief-drain-'));
    dirs.push(dir);
    const warnings: string[] = [];
    const onWarning = (w: Error): void => { warnings.push(w.name); };
    process.on('warning', onWarning);
    try {
      const chunk = Buffer.alloc(64 * 1024, 0x61);
      // Plain .jsonl: each 64 kB write is over the file stream's 16 kB mark, so each one waits for a drain.
      await writeBackupFile(join(dir, 'big.jsonl'), async (write) => { for (let i = 0; i < 200; i++) await write(chunk); });
      await new Promise((r) => setImmediate(r));
    } finally {
      process.off('warning', onWarning);
    }
    expect(statSync(join(dir, 'big.jsonl')).size).toBe(200 * 64 * 1024);
    expect(warnings).not.toContain('MaxListenersExceededWarning');
  });
});
