import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { zipBomb } from '../../../test/support/zip-bomb.ts';
import { slackExportFromZip, ZIP_LIMITS } from './slack-export.reader.ts';

describe('reading a Slack export zip within limits', () => {
  it('reads a small export', () => {
    const zip = zipSync({ 'users.json': strToU8('[]'), 'general/2024-01-02.json': strToU8('[{"type":"message","ts":"1704189600.000100","text":"hi"}]') });
    expect(slackExportFromZip(zip).files).toHaveLength(1);
  });

  it('stops a zip bomb by its compression ratio, naming the limit', () => {
    expect(() => slackExportFromZip(zipBomb(200), 'bomb.zip')).toThrow(/bomb.zip expands more than 100 times its size.*compression ratio of 100/);
  });

  it('stops at the total uncompressed size, naming the limit', () => {
    const limits = { ...ZIP_LIMITS, maxUncompressedBytes: 4 * 1024 * 1024, maxRatio: 1_000_000 };
    expect(() => slackExportFromZip(zipBomb(8), 'big.zip', limits)).toThrow(/the limit is 4194304 uncompressed bytes/);
  });

  it('stops at the number of entries, naming the limit', () => {
    const files: Record<string, Uint8Array> = {};
    for (let i = 0; i < 11; i++) files[`f${i}.txt`] = new Uint8Array(0);
    expect(() => slackExportFromZip(zipSync(files), 'many.zip', { ...ZIP_LIMITS, maxEntries: 10 })).toThrow(/more than 10 entries/);
  });

  it('refuses bytes that are not a zip with a 400, not a crash', () => {
    expect(() => slackExportFromZip(Buffer.from('PK not really a zip'), 'x.zip')).toThrow(/x.zip is not a readable zip/);
  });
});
