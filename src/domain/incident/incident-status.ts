/** Incident lifecycle: declared → investigating → mitigated → resolved → closed. */
export const INCIDENT_STATUSES = ['declared', 'investigating', 'mitigated', 'resolved', 'closed'] as const;
export type IncidentStatus = (typeof INCIDENT_STATUSES)[number];

/** The key time recorded when an incident enters each status. */
export const STATUS_KEY_TIME: Record<IncidentStatus, 'declaredAt' | 'acknowledgedAt' | 'mitigatedAt' | 'resolvedAt' | 'closedAt'> = {
  declared: 'declaredAt',
  investigating: 'acknowledgedAt',
  mitigated: 'mitigatedAt',
  resolved: 'resolvedAt',
  closed: 'closedAt',
};

/**
 * Whether a status change is allowed: forward moves may skip steps; a mitigated or
 * resolved incident may be reopened (back to investigating); closed is final.
 */
export function canTransition(from: IncidentStatus, to: IncidentStatus): boolean {
  if (from === to) return false;
  if (from === 'closed') return false;
  const fi = INCIDENT_STATUSES.indexOf(from);
  const ti = INCIDENT_STATUSES.indexOf(to);
  if (ti > fi) return true;
  return to === 'investigating' && (from === 'mitigated' || from === 'resolved');
}

/** Statuses reachable from a status, for error messages and the UI. */
export function nextStatuses(from: IncidentStatus): IncidentStatus[] {
  return INCIDENT_STATUSES.filter((to) => canTransition(from, to));
}
