/**
 * The policy facade: one call gives the verdict, the deadlines and the derived numbers
 * of an incident. Pure: `now` is passed in (it measures unresolved incidents).
 */
import { meetingLength, type MeetingLength } from './action-items.ts';
import { computeDeadlines, type Deadlines } from './deadlines.ts';
import type { PolicyIncident } from './incident-input.ts';
import { INCIDENT_TYPE_INFO, type IncidentType, type IncidentTypeInfo } from './incident-types.ts';
import { computeMetrics, KEY_TIMES, type KeyTime, type Metrics } from './metrics.ts';
import type { Policy } from './resolve-policy.ts';
import { parseSeverity } from './severity.ts';
import type { ErrorBudget } from './slo.ts';
import { decideVerdict, type Verdict } from './verdict.ts';

/** Derived numbers as JSON: ISO times with their source, minutes and percentages to 2 decimals. */
export type MetricsView = {
  keyTimes: Partial<Record<KeyTime, { at: string; source: 'input' | 'timeline' }>>;
  ongoing: boolean;
  durationMinutes: number | null;
  timeToDetectMinutes: number | null;
  timeToAcknowledgeMinutes: number | null;
  timeToMitigateMinutes: number | null;
  timeToResolveMinutes: number | null;
  customerImpactMinutes: number | null;
  errorBudgetConsumedPercent: number | null;
  errorBudget: ErrorBudget | null;
  warnings: string[];
};

export type PolicyEvaluation = {
  severity: { input: string; id: string; rank: number; label: string | null } | null;
  type: IncidentType | null;
  verdict: Verdict;
  deadlines: Deadlines;
  metrics: MetricsView;
  meeting: MeetingLength | null;
  /** Focus areas and questions of the incident type (seed 001). */
  focus: IncidentTypeInfo | null;
};

function r2(n: number | null): number | null {
  return n === null || !Number.isFinite(n) ? n : Math.round(n * 100) / 100;
}

function roundBudget(b: ErrorBudget | null): ErrorBudget | null {
  if (b === null) return null;
  return {
    ...b,
    budgetMinutes: r2(b.budgetMinutes),
    badMinutes: r2(b.badMinutes),
    allowedFailures: r2(b.allowedFailures),
    consumedPercent: r2(b.consumedPercent) ?? 0,
    remainingPercent: r2(b.remainingPercent) ?? 0,
    burnRate: r2(b.burnRate),
  };
}

/** Rounds and serialises metrics for output. */
export function metricsView(m: Metrics): MetricsView {
  const keyTimes: MetricsView['keyTimes'] = {};
  for (const k of KEY_TIMES) {
    const v = m.keyTimes[k];
    if (v !== undefined) keyTimes[k] = { at: v.at.toISOString(), source: v.source };
  }
  return {
    keyTimes,
    ongoing: m.ongoing,
    durationMinutes: r2(m.durationMinutes),
    timeToDetectMinutes: r2(m.timeToDetectMinutes),
    timeToAcknowledgeMinutes: r2(m.timeToAcknowledgeMinutes),
    timeToMitigateMinutes: r2(m.timeToMitigateMinutes),
    timeToResolveMinutes: r2(m.timeToResolveMinutes),
    customerImpactMinutes: r2(m.customerImpactMinutes),
    errorBudgetConsumedPercent: r2(m.errorBudgetConsumedPercent),
    errorBudget: roundBudget(m.errorBudget),
    warnings: m.warnings,
  };
}

/**
 * Evaluates the policy for one incident: verdict, deadlines, metrics, meeting length and
 * focus questions. Throws a validation error (field `severity`) for a severity the scale
 * does not know.
 */
export function evaluatePolicy(incident: PolicyIncident, policy: Policy, now: Date): PolicyEvaluation {
  const level = incident.severity == null ? null : parseSeverity(policy.scale, incident.severity);
  const metrics = computeMetrics(incident, policy.config, now);
  const verdict = decideVerdict({ incident, severity: level, scale: policy.scale, metrics, config: policy.config });
  const type = incident.type ?? null;
  return {
    severity: level === null || incident.severity == null ? null : { input: incident.severity, id: level.id, rank: level.rank, label: level.label },
    type,
    verdict,
    deadlines: computeDeadlines(metrics.keyTimes, level, policy),
    metrics: metricsView(metrics),
    meeting: meetingLength(policy, level),
    focus: type === null ? null : INCIDENT_TYPE_INFO[type],
  };
}
