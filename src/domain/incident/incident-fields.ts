/**
 * The named fields of an incident a form asks for, with their labels: the policy flags,
 * the numeric inputs and the key times. Plain data (no zod), so the browser's first load
 * can import it without the schemas.
 */

/** The yes / no / not-known policy flags of an incident, in the order a form asks them (null: not known). */
export const INCIDENT_FLAGS = [
  'customerVisible', 'dataLoss', 'dataAffected', 'security', 'cascading', 'manualIntervention',
  'sloBreached', 'nearMiss', 'processFailure', 'recurring', 'complex',
] as const;
export type IncidentFlag = (typeof INCIDENT_FLAGS)[number];

/** How each flag reads in a form or a list. */
export const FLAG_LABELS: Readonly<Record<IncidentFlag, string>> = {
  customerVisible: 'Customer visible',
  dataLoss: 'Data loss or corruption',
  dataAffected: 'Data affected',
  security: 'Security incident',
  cascading: 'Cascading across services',
  manualIntervention: 'Manual intervention needed',
  sloBreached: 'SLO breached',
  nearMiss: 'Near miss',
  processFailure: 'Process failure',
  recurring: 'Recurring',
  complex: 'Complex',
};

/** The numeric policy inputs of an incident (null: not known). */
export const INCIDENT_NUMBERS = ['errorBudgetConsumedPercent', 'externalComplaints'] as const;
export type IncidentNumber = (typeof INCIDENT_NUMBERS)[number];

/** The key times, in order, with their labels. */
export const KEY_TIMES = [
  ['startedAt', 'Started'], ['detectedAt', 'Detected'], ['acknowledgedAt', 'Acknowledged'],
  ['mitigatedAt', 'Mitigated'], ['resolvedAt', 'Resolved'], ['closedAt', 'Closed'],
] as const;
export type KeyTime = (typeof KEY_TIMES)[number][0];
