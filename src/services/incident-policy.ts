/**
 * Where incidents meet the policy: severity names are resolved on the configured
 * scale, and every incident read carries its verdict, deadlines and numbers,
 * recomputed from the current fields and timeline on each read.
 */
import { evaluatePolicy, parseSeverity, type PolicyEvaluation, type PolicyIncident } from '../domain/policy/index.ts';
import type { IncidentRow, ListPolicyInputs } from '../store/repositories/incident-read.repository.ts';
import { listEvents, type PolicyEventRow } from '../store/repositories/timeline.repository.ts';
import { milestonesMet, withProgress, type DeadlineProgress } from '../domain/lifecycle/milestones.ts';
import type { Milestone } from '../domain/policy/deadline-sources.ts';
import { postmortemProgressOf } from '../store/repositories/postmortem.repository.ts';
import type { ServiceContext } from './context.ts';
import { presentIncidentBase } from './incident.view.ts';
import { incidentWindow, isOutside } from '../domain/timeline/window.ts';

/** Resolves a severity as written to its canonical id, or throws a validation error naming the field. */
export function normalizeSeverityInput(ctx: ServiceContext, name: string, field: string): string {
  return parseSeverity(ctx.config.policy.scale, name, field).id;
}

/** The policy evaluation as an incident read shows it: each deadline says whether its milestone is met. */
export type IncidentPolicyView = Omit<PolicyEvaluation, 'deadlines'> & { deadlines: Partial<Record<Milestone, DeadlineProgress>> };
export type FullIncidentView = ReturnType<typeof presentIncidentBase> & { policy: IncidentPolicyView };

type Flags = Record<string, boolean | number | null>;

const iso = (d: Date | null) => d?.toISOString() ?? null;
const bool = (f: Flags, k: string): boolean | null => (typeof f[k] === 'boolean' ? f[k] : null);
const num = (f: Flags, k: string): number | null => (typeof f[k] === 'number' ? f[k] : null);

/** The incident as the policy reads it. */
export function policyIncidentOf(row: IncidentRow, timeline: PolicyIncident['timeline'] = null): PolicyIncident {
  const f = row.flags;
  return {
    id: row.id,
    title: row.title,
    status: row.status,
    severity: row.severity,
    type: row.type as PolicyIncident['type'],
    startedAt: row.startedAt,
    detectedAt: row.detectedAt,
    acknowledgedAt: row.acknowledgedAt,
    mitigatedAt: row.mitigatedAt,
    resolvedAt: row.resolvedAt,
    closedAt: row.closedAt,
    customerVisible: bool(f, 'customerVisible'),
    dataLoss: bool(f, 'dataLoss'),
    dataAffected: bool(f, 'dataAffected'),
    security: bool(f, 'security'),
    cascading: bool(f, 'cascading'),
    manualIntervention: bool(f, 'manualIntervention'),
    sloBreached: bool(f, 'sloBreached'),
    errorBudgetConsumedPercent: num(f, 'errorBudgetConsumedPercent'),
    externalComplaints: num(f, 'externalComplaints'),
    environments: row.environments,
    services: row.services,
    nearMiss: bool(f, 'nearMiss'),
    processFailure: bool(f, 'processFailure'),
    recurring: bool(f, 'recurring'),
    complex: bool(f, 'complex'),
    timeline,
    slo: row.slo ? { target: row.slo.target < 1 ? row.slo.target : Math.round(row.slo.target * 10_000) / 1_000_000, windowDays: row.slo.windowDays } : null,
  };
}

/** Timeline events as the policy reads them. */
/**
 * The timeline the policy reads: events outside the incident's window (a 2018 alert kept on
 * a 2026 incident, the same window the importer flags outliers by) do not set its key times,
 * so they move no deadline and no number.
 */
export function timelineOf(row: IncidentRow, events: readonly PolicyEventRow[], marginHours: number, now: Date): PolicyIncident['timeline'] {
  if (events.length === 0) return [];
  const window = incidentWindow({
    startedAt: iso(row.startedAt), detectedAt: iso(row.detectedAt), declaredAt: iso(row.declaredAt), acknowledgedAt: iso(row.acknowledgedAt),
    mitigatedAt: iso(row.mitigatedAt), resolvedAt: iso(row.resolvedAt), closedAt: iso(row.closedAt),
  }, events.map((e) => iso(e.at)), marginHours, now);
  return events.filter((e) => !isOutside(window, iso(e.at))).map((e) => ({ at: e.at, kind: e.kind, phase: e.phase as 'detection' | null }));
}

/** The policy evaluation of an incident, from its fields and its timeline. */
export async function evaluateIncident(ctx: ServiceContext, row: IncidentRow): Promise<PolicyEvaluation> {
  return evaluatePolicy(policyIncidentOf(row, timelineOf(row, await listEvents(ctx.db, row.id), ctx.config.ingest.outlierMarginHours, ctx.now())), ctx.config.policy, ctx.now());
}


/** Deadlines marked with the milestones the post-mortem has met (a published post-mortem is no longer "due"). */
async function withMilestones(ctx: ServiceContext, rows: readonly IncidentRow[], evaluations: PolicyEvaluation[]): Promise<IncidentPolicyView[]> {
  const progress = await postmortemProgressOf(ctx.db, rows.map((r) => r.id));
  return evaluations.map((e, i) => {
    const p = progress.get(rows[i]!.id);
    const met = p ? milestonesMet({ ownerAssignedAt: iso(p.ownerAssignedAt), reviewRequestedAt: iso(p.reviewRequestedAt), meetingHeldAt: iso(p.meetingHeldAt), firstPublishedAt: iso(p.firstPublishedAt) }) : {};
    return { ...e, deadlines: withProgress(e.deadlines, met) };
  });
}

/**
 * The API view of an incident just declared: it has no timeline and no post-mortem yet,
 * so the policy is evaluated without reading either (the same answer `presentIncident`
 * gives, two queries fewer on the declare path).
 */
export function presentNewIncident(ctx: ServiceContext, row: IncidentRow): FullIncidentView {
  const evaluation = evaluatePolicy(policyIncidentOf(row, []), ctx.config.policy, ctx.now());
  return { ...presentIncidentBase(row), policy: { ...evaluation, deadlines: withProgress(evaluation.deadlines, {}) } };
}

/** The milestones a post-mortem's progress has met, from stored times. */
export function metOf(p: { ownerAssignedAt: Date | null; reviewRequestedAt: Date | null; meetingHeldAt: Date | null; firstPublishedAt: Date | null }): Partial<Record<Milestone, string>> {
  return milestonesMet({ ownerAssignedAt: iso(p.ownerAssignedAt), reviewRequestedAt: iso(p.reviewRequestedAt), meetingHeldAt: iso(p.meetingHeldAt), firstPublishedAt: iso(p.firstPublishedAt) });
}

/** The API view of an incident from its row and its policy inputs read with it (`findIncidentWithInputs`): no further query. */
export function presentIncidentWithInputs(ctx: ServiceContext, row: IncidentRow, inputs: ListPolicyInputs): FullIncidentView {
  const evaluation = evaluatePolicy(policyIncidentOf(row, timelineOf(row, inputs.events, ctx.config.ingest.outlierMarginHours, ctx.now())), ctx.config.policy, ctx.now());
  return { ...presentIncidentBase(row), policy: { ...evaluation, deadlines: withProgress(evaluation.deadlines, metOf(inputs)) } };
}

/** The API view of an incident with its policy evaluation. */
export async function presentIncident(ctx: ServiceContext, row: IncidentRow): Promise<FullIncidentView> {
  const [policy] = await withMilestones(ctx, [row], [await evaluateIncident(ctx, row)]);
  return { ...presentIncidentBase(row), policy: policy! };
}
