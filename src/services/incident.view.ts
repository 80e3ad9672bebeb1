/** The JSON shape of incidents and timeline events, built in one place. */
import type { IncidentRow } from '../store/repositories/incident-read.repository.ts';
import type { TimelineEventRow } from '../store/repositories/timeline.repository.ts';
import { INCIDENT_FLAGS, INCIDENT_NUMBERS, type EventView, type IncidentBaseView, type IncidentFlag, type IncidentNumber } from '../domain/incident/incident.view.ts';
import { nextStatuses, type IncidentStatus } from '../domain/incident/incident-status.ts';
import type { IncidentView } from '../domain/incident/incident.view.ts';
import type { FullIncidentView } from './incident-policy.ts';

const iso = (d: Date | null): string | null => (d ? d.toISOString() : null);

export type { EventView, IncidentBaseView };

/** The stored flags as the view shows them: each known flag a boolean, each number a number, anything else null. */
function flagsOf(stored: Record<string, boolean | number | null>): Record<IncidentFlag, boolean | null> & Record<IncidentNumber, number | null> {
  const out = {} as Record<IncidentFlag, boolean | null> & Record<IncidentNumber, number | null>;
  for (const k of INCIDENT_FLAGS) { const v = stored[k]; out[k] = typeof v === 'boolean' ? v : null; }
  for (const k of INCIDENT_NUMBERS) { const v = stored[k]; out[k] = typeof v === 'number' ? v : null; }
  return out;
}

/** The stored fields of an incident, as the API shows them. */
export function presentIncidentBase(row: IncidentRow): IncidentBaseView {
  const flags = flagsOf(row.flags);
  return {
    id: row.id,
    title: row.title,
    summary: row.summary,
    severity: row.severity,
    type: row.type,
    status: row.status as IncidentStatus,
    nextStatuses: nextStatuses(row.status as IncidentStatus),
    primaryService: row.primaryService,
    services: row.services,
    environments: row.environments,
    commander: row.commander,
    ...flags,
    declaredAt: row.declaredAt.toISOString(),
    startedAt: iso(row.startedAt),
    detectedAt: iso(row.detectedAt),
    acknowledgedAt: iso(row.acknowledgedAt),
    mitigatedAt: iso(row.mitigatedAt),
    resolvedAt: iso(row.resolvedAt),
    closedAt: iso(row.closedAt),
    timeSources: row.timeSources,
    slo: row.slo ?? null,
    cycles: row.cycles,
    groupKey: row.groupKey,
    createdBy: row.createdBy,
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** A timeline event as the API shows it. */
export function presentEvent(row: TimelineEventRow): EventView {
  return {
    id: row.id,
    incidentId: row.incidentId,
    at: iso(row.at),
    precision: row.precision,
    source: row.source,
    kind: row.kind,
    text: row.text,
    actor: row.actor,
    phase: row.phase,
    link: row.link,
    decisionPoint: row.decisionPoint,
    idempotencyKey: row.idempotencyKey,
    inboxId: row.inboxId,
    editedByHuman: row.editedByHuman,
    excluded: row.excluded,
    createdBy: row.createdBy,
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** Compile-time proof that the incident builders answer the contract's IncidentView (fails to type-check on drift). */
export const _answersContract = (v: FullIncidentView): IncidentView => v;
