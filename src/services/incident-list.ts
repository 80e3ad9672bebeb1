/**
 * The list view of a page of incidents: the fields a list shows and the compact verdict,
 * evaluated per request (the verdict of an open incident moves with `now`) from each row
 * and the policy inputs read with it in the same statement.
 */
import { evaluateCompactVerdict } from '../domain/incident/compact-verdict.ts';
import type { IncidentStatus } from '../domain/incident/incident-status.ts';
import type { IncidentListItem } from '../domain/incident/incident-list.view.ts';
import type { IncidentType } from '../domain/policy/incident-types.ts';
import type { IncidentRow, ListPolicyInputs } from '../store/repositories/incident.repository.ts';
import type { ServiceContext } from './context.ts';
import { metOf, policyIncidentOf, timelineOf } from './incident-policy.ts';

const iso = (d: Date | null): string | null => (d ? d.toISOString() : null);

/** List items of a page of incidents, in the page's order. */
export function presentIncidentList(ctx: ServiceContext, page: readonly { row: IncidentRow; inputs: ListPolicyInputs }[]): IncidentListItem[] {
  const now = ctx.now();
  return page.map(({ row, inputs: input }) => {
    return {
      id: row.id,
      title: row.title,
      severity: row.severity,
      status: row.status as IncidentStatus,
      type: row.type as IncidentType,
      primaryService: row.primaryService,
      services: row.services,
      commander: row.commander,
      declaredAt: row.declaredAt.toISOString(),
      startedAt: iso(row.startedAt),
      detectedAt: iso(row.detectedAt),
      mitigatedAt: iso(row.mitigatedAt),
      resolvedAt: iso(row.resolvedAt),
      closedAt: iso(row.closedAt),
      version: row.version,
      verdict: evaluateCompactVerdict(policyIncidentOf(row, timelineOf(row, input.events, ctx.config.ingest.outlierMarginHours, now)), ctx.config.policy, metOf(input), now),
    };
  });
}
