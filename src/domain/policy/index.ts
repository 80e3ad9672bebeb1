/** Policy as code: severity scales, post-mortem verdicts, deadlines, metrics and SLO maths. */
export { evaluatePolicy, metricsView, type PolicyEvaluation, type MetricsView } from './evaluate.ts';
export { loadPolicy, resolvePolicy, defaultPolicy, priorityKey, type Policy } from './resolve-policy.ts';
export {
  PolicyConfigSchema,
  VERDICT_LEVELS,
  type PolicyConfig,
  type PolicyConfigInput,
  type RuleId,
  type RuleLevel,
  type VerdictLevel,
} from './policy-config.ts';
export {
  PolicyIncidentSchema,
  parsePolicyIncident,
  parseIncidentJson,
  parseJsonText,
  type PolicyIncident,
  type PolicyIncidentInput,
} from './incident-input.ts';
export {
  DEFAULT_SEVERITY_LEVELS,
  findSeverity,
  parseSeverity,
  severityKey,
  describeScale,
  type SeverityLevel,
  type SeverityScale,
} from './severity.ts';
export { decideVerdict, type Verdict, type VerdictReason, type PendingRule } from './verdict.ts';
export { RULES, RULE_IDS, describeRule } from './rules.ts';
export { computeDeadlines, type Deadline, type Deadlines, type DeadlineCandidate } from './deadlines.ts';
export { MILESTONES, MILESTONE_LABELS, DEFAULT_DEADLINE_SOURCES, type Milestone } from './deadline-sources.ts';
export { computeMetrics, deriveKeyTimes, KEY_TIMES, type KeyTime, type Metrics } from './metrics.ts';
export * from './slo.ts';
export {
  actionItemDueDate,
  findPriority,
  horizonDueDate,
  horizonForPriority,
  priorityForHorizon,
  meetingLength,
  HORIZONS,
  type Horizon,
  type MeetingLength,
} from './action-items.ts';
export { addPeriod, addPeriodText, addCalendarMonths, parsePeriod, describePeriod, isTimeZone, type Period } from './period.ts';
export {
  INCIDENT_TYPES,
  INCIDENT_TYPE_INFO,
  incidentTypeInfo,
  parseIncidentType,
  type IncidentType,
  type IncidentTypeInfo,
} from './incident-types.ts';
export { describePolicy, type PolicyView, type RuleView } from './describe.ts';
