/**
 * Sanity rules for an incident's key times: none in the future, none before the
 * start, detected ≤ acknowledged, detected ≤ resolved, and mitigated ≤ resolved ≤ closed. Broken rules are 422 with each field named.
 */
import type { FieldProblem } from '../errors.ts';

export type KeyTimes = Partial<Record<'startedAt' | 'detectedAt' | 'acknowledgedAt' | 'mitigatedAt' | 'resolvedAt' | 'closedAt', Date | null>>;

const KEYS = ['startedAt', 'detectedAt', 'acknowledgedAt', 'mitigatedAt', 'resolvedAt', 'closedAt'] as const;

const ORDER: [keyof KeyTimes, keyof KeyTimes][] = [
  ['startedAt', 'detectedAt'], ['startedAt', 'acknowledgedAt'], ['startedAt', 'mitigatedAt'], ['startedAt', 'resolvedAt'],
  ['detectedAt', 'acknowledgedAt'], ['detectedAt', 'resolvedAt'],
  ['mitigatedAt', 'resolvedAt'], ['resolvedAt', 'closedAt'],
];

/** Problems with a set of key times at `now` (clock skew of `skewMinutes` tolerated). */
export function keyTimeProblems(times: KeyTimes, now: Date, skewMinutes = 5): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const limit = now.getTime() + skewMinutes * 60_000;
  for (const k of KEYS) {
    const v = times[k];
    if (v && v.getTime() > limit) problems.push({ path: k, message: `${v.toISOString()} is in the future` });
  }
  for (const [a, b] of ORDER) {
    const x = times[a];
    const y = times[b];
    if (x && y && y.getTime() < x.getTime()) problems.push({ path: b, message: `${b} (${y.toISOString()}) is before ${a} (${x.toISOString()})` });
  }
  return problems;
}
