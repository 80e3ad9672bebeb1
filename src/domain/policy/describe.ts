/**
 * The effective policy as data, for `debrief policy show` and the server's policy page:
 * the scale, every rule with on/off, level, thresholds and what fires it, the deadline
 * sources, action-item priorities and horizons, meeting lengths.
 */
import type { PolicyConfig, RuleId, RuleLevel } from './policy-config.ts';
import type { Policy } from './resolve-policy.ts';
import { describeRule, RULE_IDS, RULES } from './rules.ts';

export type RuleView = {
  id: RuleId;
  enabled: boolean;
  level: RuleLevel;
  seeds: string[];
  /** What fires the rule, thresholds included. */
  fires: string;
  /** The rule's thresholds and severity lists as configured. */
  settings: Record<string, unknown>;
};

export type PolicyView = {
  timeZone: string;
  severity: { levels: { id: string; rank: number; aliases: string[]; label: string | null }[] };
  rules: RuleView[];
  impact: PolicyConfig['impact'];
  slo: PolicyConfig['slo'];
  deadlines: PolicyConfig['deadlines'];
  actionItems: PolicyConfig['actionItems'];
  meeting: PolicyConfig['meeting'];
};

/** Describes a resolved policy for display. */
export function describePolicy(policy: Policy): PolicyView {
  const { config } = policy;
  return {
    timeZone: config.timeZone,
    severity: {
      levels: policy.scale.levels.map((l) => ({ id: l.id, rank: l.rank, aliases: l.names.slice(1), label: l.label })),
    },
    rules: RULE_IDS.map((id) => {
      const { enabled, level, ...settings } = config.rules[id];
      return { id, enabled, level, seeds: RULES[id].seeds, fires: describeRule(id, config.rules), settings };
    }),
    impact: config.impact,
    slo: config.slo,
    deadlines: config.deadlines,
    actionItems: config.actionItems,
    meeting: config.meeting,
  };
}
