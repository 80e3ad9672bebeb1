/**
 * The policy evaluation as the API shows it on every incident read: severity on the scale,
 * verdict with its reasons, deadlines with the milestone met, numbers and focus questions.
 * One zod schema: the server's view builder is typed by it and the web app imports it.
 */
import { z } from 'zod';
import { DEADLINE_BASES, MILESTONES } from './deadline-sources.ts';
import { INCIDENT_TYPES } from './incident-types.ts';
import { KEY_TIMES } from './metrics.ts';
import { VERDICT_LEVELS, type RuleId } from './policy-config.ts';
import { RULE_IDS } from './rules.ts';

const RuleIdSchema = z.enum(RULE_IDS as [RuleId, ...RuleId[]]);
const RuleLevelSchema = z.enum(['required', 'recommended', 'optional']);

export const DeadlineCandidateSchema = z.strictObject({
  seed: z.string(),
  at: z.string().nullable(),
  after: z.string(),
  basis: z.enum(DEADLINE_BASES),
  /** The key time actually used (start falls back to detection). */
  basisUsed: z.enum(KEY_TIMES).nullable(),
  quote: z.string(),
  explanation: z.string(),
});

/** A milestone's deadline, the source that set it and those that lost. */
export const DeadlineSchema = DeadlineCandidateSchema.extend({
  rule: z.enum(MILESTONES),
  label: z.string(),
  /** True when a key time or the severity is missing and the deadline may still move earlier. */
  provisional: z.boolean(),
  waitingFor: z.array(z.string()),
  candidates: z.array(DeadlineCandidateSchema),
});

/** A deadline with the time its milestone was met. */
export const DeadlineProgressSchema = DeadlineSchema.extend({
  /** Set once the milestone is met (the post-mortem was published…): when, and whether after the deadline. */
  met: z.strictObject({ at: z.string(), late: z.boolean() }).nullable(),
});
export type DeadlineProgressView = z.infer<typeof DeadlineProgressSchema>;

export const VerdictSchema = z.strictObject({
  level: z.enum(VERDICT_LEVELS),
  reasons: z.array(z.strictObject({ rule: RuleIdSchema, level: RuleLevelSchema, message: z.string(), seeds: z.array(z.string()) })),
  /** Fields not known that could change the level. */
  unknown: z.array(z.string()),
  /** The rules behind `unknown`. */
  pending: z.array(z.strictObject({ rule: RuleIdSchema, level: RuleLevelSchema, fields: z.array(z.string()) })),
});
export type VerdictView = z.infer<typeof VerdictSchema>;
export type VerdictReasonView = VerdictView['reasons'][number];

const minutes = z.number().nullable();

export const ErrorBudgetSchema = z.strictObject({
  kind: z.enum(['time', 'requests']),
  target: z.number(),
  windowDays: z.number(),
  budgetMinutes: minutes,
  badMinutes: minutes,
  allowedFailures: z.number().nullable(),
  failedRequests: z.number().nullable(),
  totalRequests: z.number().nullable(),
  consumedPercent: z.number(),
  consumedBeforePercent: z.number(),
  remainingPercent: z.number(),
  burnRate: z.number().nullable(),
  /** Where `badMinutes` came from when time-based. */
  badMinutesSource: z.enum(['input', 'customer-impact']).nullable(),
});

export const MetricsViewSchema = z.strictObject({
  keyTimes: z.partialRecord(z.enum(KEY_TIMES), z.strictObject({ at: z.string(), source: z.enum(['input', 'timeline']) })),
  ongoing: z.boolean(),
  durationMinutes: minutes,
  timeToDetectMinutes: minutes,
  timeToAcknowledgeMinutes: minutes,
  timeToMitigateMinutes: minutes,
  timeToResolveMinutes: minutes,
  customerImpactMinutes: minutes,
  errorBudgetConsumedPercent: z.number().nullable(),
  errorBudget: ErrorBudgetSchema.nullable(),
  warnings: z.array(z.string()),
});

/** The policy's answer for one incident (`POST /api/v1/policy/check`). */
export const PolicyEvaluationSchema = z.strictObject({
  severity: z.strictObject({ input: z.string(), id: z.string(), rank: z.number(), label: z.string().nullable() }).nullable(),
  type: z.enum(INCIDENT_TYPES).nullable(),
  verdict: VerdictSchema,
  deadlines: z.partialRecord(z.enum(MILESTONES), DeadlineSchema),
  metrics: MetricsViewSchema,
  meeting: z.strictObject({ minMinutes: z.number(), maxMinutes: z.number(), agendaMinutes: z.number(), seed: z.string() }).nullable(),
  /** Focus areas and questions of the incident type (seed 001). */
  focus: z.strictObject({
    type: z.enum(INCIDENT_TYPES), label: z.string(), focusAreas: z.array(z.string()), questions: z.array(z.string()), seed: z.string(),
  }).nullable(),
});
export type PolicyEvaluationView = z.infer<typeof PolicyEvaluationSchema>;

/** The evaluation as every incident read carries it: each deadline says whether its milestone is met. */
export const IncidentPolicySchema = PolicyEvaluationSchema.extend({
  deadlines: z.partialRecord(z.enum(MILESTONES), DeadlineProgressSchema),
});
export type IncidentPolicyView = z.infer<typeof IncidentPolicySchema>;
