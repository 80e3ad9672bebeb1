/**
 * What the forms and filters offer, from the team's policy (GET /api/v1/policy): its
 * severity scale, incident types, flags and action-item priorities. Until the policy has
 * loaded (or when it cannot be read) the defaults the server starts with are offered.
 */
import { FLAG_LABELS, INCIDENT_FLAGS, type IncidentFlag, type PolicyView } from '../contract.ts';
import { DEFAULT_SEVERITY_LEVELS } from '../../../src/domain/policy/severity.ts';
import { INCIDENT_TYPE_INFO, INCIDENT_TYPES } from '../../../src/domain/policy/incident-types.ts';

export type Choice = { value: string; label: string };

const labelled = (id: string, label: string | null | undefined): string => (label ? `${id} (${label.toLowerCase()})` : id);

/** The severity scale, most severe first. */
export function severityChoices(policy: PolicyView | null): Choice[] {
  const levels = policy?.severity.levels ?? DEFAULT_SEVERITY_LEVELS.map((l) => ({ id: l.id, label: l.label ?? null }));
  return levels.map((l) => ({ value: l.id, label: labelled(l.id, l.label) }));
}

/** Incident types with their names. */
export function typeChoices(policy: PolicyView | null): Choice[] {
  const types = policy?.incidentTypes ?? INCIDENT_TYPES.map((id) => ({ id, label: INCIDENT_TYPE_INFO[id].label }));
  return types.map((t) => ({ value: t.id, label: t.label }));
}

/** The yes / no / not-known flags, in the order a form asks them. */
export function flagChoices(policy: PolicyView | null): { value: IncidentFlag; label: string }[] {
  const known = new Set<string>(INCIDENT_FLAGS);
  const flags = policy?.flags ?? INCIDENT_FLAGS.map((id) => ({ id, label: FLAG_LABELS[id] }));
  return flags.filter((f): f is { id: IncidentFlag; label: string } => known.has(f.id)).map((f) => ({ value: f.id, label: f.label }));
}

/** The default policy's priorities, offered (without their times) until the team's policy has loaded. */
const DEFAULT_PRIORITIES = ['P0', 'P1', 'P2', 'P3'];

/** Action-item priorities in the team's order, each with the time it gives to complete. */
export function priorityChoices(policy: PolicyView | null): Choice[] {
  if (!policy) return DEFAULT_PRIORITIES.map((id) => ({ value: id, label: id }));
  return policy.priorities.map((p) => ({ value: p.id, label: `${p.id} (${p.withinText})` }));
}

/**
 * The value a form starts with on this list: `preferred` when the list has it, else the
 * second choice (one below the most urgent, as SEV-2 and P1 are on the default scales).
 */
export function startingChoice(choices: readonly Choice[], preferred: string): string {
  if (choices.some((c) => c.value === preferred)) return preferred;
  return (choices[1] ?? choices[0])?.value ?? preferred;
}
