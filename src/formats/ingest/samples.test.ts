import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isAppError } from '../../domain/errors.ts';
import { parseJsonText } from './json-text.ts';
import { findAdapter } from './registry.ts';

// Real payloads collected by the project (outside the repository): checked when present.
const repoRoot = resolve(import.meta.dirname, '..', '..', '..');
const SAMPLES = resolve(repoRoot, '..', 'shared', 'samples', 'payloads');
const present = existsSync(join(SAMPLES, 'EXPECTED.json'));

type Expected = { file: string; source: string; valid: boolean; events_min: number; events_max: number; first_at: string | null; first_at_alternatives: string[] };

if (!present) console.warn(`[ingest samples] ${SAMPLES} not found: the real-payload checks are skipped.`);

const expected: Expected[] = present ? (JSON.parse(readFileSync(join(SAMPLES, 'EXPECTED.json'), 'utf8')) as Expected[]) : [];

function ms(iso: string): number {
  return Date.parse(iso.replace(/(\.\d{3})\d+/, '$1'));
}

describe.skipIf(!present)('real payloads in shared/samples', () => {
  it.each(expected.map((e) => [e.file, e] as const))('%s', (file, exp) => {
    const entry = findAdapter(exp.source);
    expect(entry).not.toBeNull();
    const text = readFileSync(join(SAMPLES, file), 'utf8');
    const run = () => entry!.adapter(entry!.input === 'text' ? text : parseJsonText(exp.source, text), {});
    if (!exp.valid) {
      let error: unknown;
      try {
        run();
      } catch (e) {
        error = e;
      }
      expect(isAppError(error)).toBe(true);
      return;
    }
    const result = run();
    expect(result.events.length).toBeGreaterThanOrEqual(exp.events_min);
    expect(result.events.length).toBeLessThanOrEqual(exp.events_max);
    const keys = result.events.map((e) => e.idempotencyKey);
    expect(new Set(keys).size).toBe(keys.length);
    const times = result.events.map((e) => e.at).filter((a): a is string => a !== null).map(ms);
    if (exp.first_at === null || times.length === 0) return;
    const first = Math.min(...times);
    const accepted = [exp.first_at, ...exp.first_at_alternatives].map(ms);
    expect(accepted.some((a) => Math.abs(a - first) <= 1), `earliest ${new Date(first).toISOString()} vs ${exp.first_at}`).toBe(true);
  });
});
