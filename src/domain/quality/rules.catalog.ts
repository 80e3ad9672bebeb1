import type { RuleId, Severity } from './quality.types.ts';

export type ScoreCategory = 'blameless' | 'rootCause' | 'actionItems' | 'timeline' | 'completeness';

export type RuleMeta = {
  id: RuleId;
  defaultSeverity: Severity;
  category: ScoreCategory;
  description: string;
};

/** Every quality rule with its stable id, default severity and what it checks. */
export const RULES: readonly RuleMeta[] = [
  { id: 'blame', defaultSeverity: 'error', category: 'blameless', description: 'An individual is named or singled out in a negative context.' },
  { id: 'defensive', defaultSeverity: 'warning', category: 'blameless', description: 'The text justifies decisions instead of learning from them.' },
  { id: 'surface-cause', defaultSeverity: 'warning', category: 'rootCause', description: 'The root cause stops at the trigger, or the 5 Whys chain is short or ends on a person.' },
  { id: 'no-evidence', defaultSeverity: 'warning', category: 'rootCause', description: 'Root cause or impact has no log, metric, link, code block or number behind it.' },
  { id: 'too-many-action-items', defaultSeverity: 'warning', category: 'actionItems', description: 'More than 10 action items (3–5 is typical).' },
  { id: 'vague-action-item', defaultSeverity: 'warning', category: 'actionItems', description: 'An action item is not specific or measurable ("Improve monitoring").' },
  { id: 'action-item-owner', defaultSeverity: 'error', category: 'actionItems', description: 'An action item has no owner.' },
  { id: 'action-item-due', defaultSeverity: 'warning', category: 'actionItems', description: 'An action item has no due date.' },
  { id: 'timeline-order', defaultSeverity: 'error', category: 'timeline', description: 'Timeline entries are not in chronological order.' },
  { id: 'timeline-gap', defaultSeverity: 'warning', category: 'timeline', description: 'A gap over 5 minutes between entries is not explained.' },
  { id: 'timeline-precision', defaultSeverity: 'warning', category: 'timeline', description: 'A timeline time is approximate, missing or only a date.' },
  { id: 'timeline-decision-points', defaultSeverity: 'info', category: 'timeline', description: 'No decision point (rollback, failover, escalation…) is marked in the timeline.' },
  { id: 'detection-lag', defaultSeverity: 'info', category: 'timeline', description: 'The time between the start of the incident and its detection is stated nowhere.' },
  { id: 'placeholder', defaultSeverity: 'error', category: 'completeness', description: 'A template placeholder or prompt was left in ([TIME], YYYY-MM-DD, @owner, TODO…).' },
  { id: 'empty-section', defaultSeverity: 'warning', category: 'completeness', description: 'A required section is empty instead of saying "N/A" or "None".' },
  { id: 'missing-section', defaultSeverity: 'warning', category: 'completeness', description: 'A section the template requires is absent.' },
  { id: 'what-went-well-missing', defaultSeverity: 'warning', category: 'completeness', description: '"What went well" is missing or skipped.' },
];

const BY_ID = new Map(RULES.map((r) => [r.id, r]));

/** The catalog entry of a rule. */
export function ruleMeta(id: RuleId): RuleMeta {
  const meta = BY_ID.get(id);
  if (meta === undefined) throw new Error(`unknown quality rule ${id}`);
  return meta;
}
