/**
 * The effective policy as data, for `debrief policy show` and the server's policy page:
 * the scale, every rule with on/off, level, thresholds and what fires it, the deadline
 * sources, action-item priorities and horizons, meeting lengths.
 */
import { z } from 'zod';
import { FLAG_LABELS, INCIDENT_FLAGS } from '../incident/incident-fields.ts';
import { INCIDENT_TYPE_INFO, INCIDENT_TYPES } from './incident-types.ts';
import { describePeriod, parsePeriod } from './period.ts';
import {
  ActionItemsConfigSchema, DeadlinesConfigSchema, ImpactConfigSchema, MeetingConfigSchema, SloConfigSchema, type RuleId,
} from './policy-config.ts';
import type { Policy } from './resolve-policy.ts';
import { describeRule, RULE_IDS, RULES } from './rules.ts';

export const RuleViewSchema = z.strictObject({
  id: z.enum(RULE_IDS as [RuleId, ...RuleId[]]),
  enabled: z.boolean(),
  level: z.enum(['required', 'recommended', 'optional']),
  seeds: z.array(z.string()),
  /** What fires the rule, thresholds included. */
  fires: z.string(),
  /** The rule's thresholds and severity lists as configured. */
  settings: z.record(z.string(), z.unknown()),
});
export type RuleView = z.infer<typeof RuleViewSchema>;

const Choice = z.strictObject({ id: z.string(), label: z.string() });

/**
 * The effective policy (`GET /api/v1/policy`): what the web app's forms and filters offer
 * (severities, incident types, flags, action-item priorities in the team's order) and the
 * rules, deadlines and meeting lengths behind every verdict.
 */
export const PolicyViewSchema = z.strictObject({
  timeZone: z.string(),
  severity: z.strictObject({ levels: z.array(z.strictObject({ id: z.string(), rank: z.number(), aliases: z.array(z.string()), label: z.string().nullable() })) }),
  /** Incident types a declaration may name, with their labels. */
  incidentTypes: z.array(z.strictObject({ id: z.enum(INCIDENT_TYPES), label: z.string() })),
  /** The yes / no / not-known flags the rules read, in the order a form asks them. */
  flags: z.array(Choice),
  rules: z.array(RuleViewSchema),
  impact: ImpactConfigSchema,
  slo: SloConfigSchema,
  deadlines: DeadlinesConfigSchema,
  /** The team's action-item priorities in order, each with its time to complete (`48h`) and that time in words. */
  priorities: z.array(z.strictObject({ id: z.string(), within: z.string(), withinText: z.string() })),
  actionItems: ActionItemsConfigSchema,
  meeting: MeetingConfigSchema,
});
export type PolicyView = z.output<typeof PolicyViewSchema>;

/** Describes a resolved policy for display. */
export function describePolicy(policy: Policy): PolicyView {
  const { config } = policy;
  return {
    timeZone: config.timeZone,
    severity: {
      levels: policy.scale.levels.map((l) => ({ id: l.id, rank: l.rank, aliases: l.names.slice(1), label: l.label })),
    },
    incidentTypes: INCIDENT_TYPES.map((id) => ({ id, label: INCIDENT_TYPE_INFO[id].label })),
    flags: INCIDENT_FLAGS.map((id) => ({ id, label: FLAG_LABELS[id] })),
    priorities: Object.entries(config.actionItems.priorities).map(([id, within]) => {
      const period = parsePeriod(within);
      return { id, within, withinText: period ? describePeriod(period) : within };
    }),
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
