import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { durationMs, filesToPrune } from './backup-scheduler.ts';

describe('scheduled backups', () => {
  it('reads durations in minutes, hours and days', () => {
    expect(durationMs('30m')).toBe(1_800_000);
    expect(durationMs('6h')).toBe(21_600_000);
    expect(durationMs('1d')).toBe(86_400_000);
  });

  it('keeps the newest files and never touches other files', () => {
    const dir = mkdtempSync(join(tmpdir(), 'debrief-prune-'));
    const names = ['debrief-20261201T000000Z.jsonl.gz', 'debrief-20261130T000000Z.jsonl.gz', 'debrief-20261202T000000Z.jsonl.gz', 'notes.txt'];
    for (const n of names) writeFileSync(join(dir, n), '');
    expect(filesToPrune(readdirSync(dir), 2)).toEqual(['debrief-20261130T000000Z.jsonl.gz']);
    expect(filesToPrune(readdirSync(dir), 5)).toEqual([]);
  });
});
