/**
 * The verdict: `required`, `recommended`, `optional` or `not_needed`, with every rule
 * that fired and the unknown fields that could still raise it. Facts only ever add
 * rules, so a field matters only when a rule stricter than the current level waits on it.
 */
import type { RuleId, RuleLevel, VerdictLevel } from './policy-config.ts';
import { evaluateRule, RULE_IDS, RULES, type RuleContext } from './rules.ts';

/** A rule that fired. */
export type VerdictReason = { rule: RuleId; level: RuleLevel; message: string; seeds: string[] };

/** A rule that could still fire, and the fields it waits on. */
export type PendingRule = { rule: RuleId; level: RuleLevel; fields: string[] };

export type Verdict = {
  level: VerdictLevel;
  reasons: VerdictReason[];
  /** Fields not known that could change the level (in rule order, no repeats). */
  unknown: string[];
  /** The rules behind `unknown`. */
  pending: PendingRule[];
};

const RANK: Record<VerdictLevel, number> = { required: 3, recommended: 2, optional: 1, not_needed: 0 };

/** Evaluates every enabled rule and combines them into a verdict. */
export function decideVerdict(ctx: RuleContext): Verdict {
  const reasons: VerdictReason[] = [];
  const waiting: PendingRule[] = [];
  for (const id of RULE_IDS) {
    const cfg = ctx.config.rules[id];
    if (!cfg.enabled) continue;
    const outcome = evaluateRule(id, ctx);
    if (outcome.status === 'fired') reasons.push({ rule: id, level: cfg.level, message: outcome.message, seeds: RULES[id].seeds });
    else if (outcome.status === 'unknown') waiting.push({ rule: id, level: cfg.level, fields: outcome.fields });
  }
  const level = reasons.reduce<VerdictLevel>((best, r) => (RANK[r.level] > RANK[best] ? r.level : best), 'not_needed');
  reasons.sort((a, b) => RANK[b.level] - RANK[a.level]);
  // "Optional" only speaks when nothing stronger fired: it never explains a required or recommended verdict.
  const shown = RANK[level] > RANK.optional ? reasons.filter((r) => r.level !== 'optional') : reasons;
  const pending = waiting.filter((p) => RANK[p.level] > RANK[level]);
  const unknown = [...new Set(pending.flatMap((p) => p.fields))];
  return { level, reasons: shown, unknown, pending };
}
