import type { PostmortemDoc } from '../postmortem/document.types.ts';
import type { Finding, RuleId, Severity } from './quality.types.ts';
import { ruleMeta, type ScoreCategory } from './rules.catalog.ts';

export type ScoreBreakdown = {
  category: ScoreCategory;
  points: number;
  max: number;
  /** Number of findings counted in this category. */
  findings: number;
};

export type QualityScore = { score: number; breakdown: ScoreBreakdown[] };

const CATEGORIES: readonly ScoreCategory[] = ['blameless', 'rootCause', 'actionItems', 'timeline', 'completeness'];
const MAX = 20;
/** One rule can take at most this much of a category, so one noisy rule does not zero it. */
const RULE_CAP = MAX / 2;
const PER_FINDING: Record<Severity, number> = { error: 6, warning: 3, info: 1 };
const FACTOR: Record<Severity, number> = { error: 1, warning: 0.6, info: 0.2 };

const PER_ACTION_ITEM = new Set<RuleId>(['vague-action-item', 'action-item-owner', 'action-item-due']);
const PER_ENTRY = new Set<RuleId>(['timeline-precision', 'timeline-gap']);

/** Rules that fire once per item: their penalty is the share of items affected, not the count. */
function itemsFor(rule: RuleId, doc: PostmortemDoc): number | null {
  if (PER_ACTION_ITEM.has(rule)) return doc.actionItems.length;
  if (PER_ENTRY.has(rule)) return doc.timeline.entries.length;
  return null;
}

function penalty(rule: RuleId, found: readonly Finding[], doc: PostmortemDoc): number {
  const severity = found[0]?.severity ?? 'info';
  const total = itemsFor(rule, doc);
  if (total !== null && total > 0) return RULE_CAP * FACTOR[severity] * Math.min(1, found.length / total);
  return Math.min(RULE_CAP, found.length * PER_FINDING[severity]);
}

/** A 0–100 quality score: 20 points for each of five categories, less a penalty per rule that fired. */
export function scorePostmortem(findings: readonly Finding[], doc: PostmortemDoc): QualityScore {
  const byRule = new Map<RuleId, Finding[]>();
  for (const f of findings) byRule.set(f.rule, [...(byRule.get(f.rule) ?? []), f]);
  const breakdown = CATEGORIES.map<ScoreBreakdown>((category) => {
    let lost = 0;
    let count = 0;
    for (const [rule, found] of byRule) {
      if (ruleMeta(rule).category !== category) continue;
      lost += penalty(rule, found, doc);
      count += found.length;
    }
    return { category, points: Math.max(0, Math.round((MAX - lost) * 10) / 10), max: MAX, findings: count };
  });
  const score = Math.round(breakdown.reduce((sum, b) => sum + b.points, 0));
  return { score: Math.max(0, Math.min(100, score)), breakdown };
}
