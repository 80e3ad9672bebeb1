import { describe, expect, it } from 'vitest';
import { keyTimeProblems } from './key-times.ts';

const now = new Date('2026-03-10T12:00:00Z');
const d = (s: string) => new Date(s);

describe('key time rules', () => {
  it('accepts ordered times in the past', () => {
    expect(keyTimeProblems({ startedAt: d('2026-03-10T10:00:00Z'), detectedAt: d('2026-03-10T10:05:00Z'), mitigatedAt: d('2026-03-10T10:30:00Z'), resolvedAt: d('2026-03-10T10:40:00Z') }, now)).toEqual([]);
  });
  it('tolerates a few minutes of clock skew but not a time in the future', () => {
    expect(keyTimeProblems({ detectedAt: d('2026-03-10T12:04:00Z') }, now)).toEqual([]);
    expect(keyTimeProblems({ detectedAt: d('2026-03-10T12:06:00Z') }, now).map((p) => p.path)).toEqual(['detectedAt']);
  });
  it('names a resolution before mitigation or the start', () => {
    const p = keyTimeProblems({ startedAt: d('2026-03-10T10:00:00Z'), mitigatedAt: d('2026-03-10T10:30:00Z'), resolvedAt: d('2026-03-10T10:20:00Z') }, now);
    expect(p.map((x) => x.path)).toEqual(['resolvedAt']);
  });
  it('ignores fields that are not key times', () => {
    expect(keyTimeProblems({ startedAt: d('2026-03-10T10:00:00Z'), ...{ title: 'x' } }, now)).toEqual([]);
  });
});
