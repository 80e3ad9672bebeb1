/** The JSON shape of incidents and timeline events, built in one place. */
import type { IncidentRow } from '../store/repositories/incident.repository.ts';
import type { TimelineEventRow } from '../store/repositories/timeline.repository.ts';
import { FLAG_KEYS } from '../domain/incident/incident.schema.ts';
import { nextStatuses, type IncidentStatus } from '../domain/incident/incident-status.ts';

const iso = (d: Date | null): string | null => (d ? d.toISOString() : null);

export type IncidentView = ReturnType<typeof presentIncidentBase>;

/** The stored fields of an incident, as the API shows them. */
export function presentIncidentBase(row: IncidentRow) {
  const flags = Object.fromEntries(FLAG_KEYS.map((k) => [k, row.flags[k] ?? null]));
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
export function presentEvent(row: TimelineEventRow) {
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
export type EventView = ReturnType<typeof presentEvent>;
