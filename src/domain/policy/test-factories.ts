/** Test helpers: build incidents and policies in one line. */
import { parsePolicyIncident, type PolicyIncident } from './incident-input.ts';
import { loadPolicy, type Policy } from './resolve-policy.ts';

export const T0 = '2026-03-01T10:00:00Z';

/** An ISO time `minutes` after T0. */
export function at(minutes: number): string {
  return new Date(Date.parse(T0) + minutes * 60_000).toISOString();
}

/** An incident from JSON-like fields, validated like CLI input. */
export function buildIncident(fields: Record<string, unknown> = {}): PolicyIncident {
  return parsePolicyIncident(fields);
}

/** A policy from a raw `policy` config section. */
export function buildPolicy(raw: Record<string, unknown> = {}): Policy {
  return loadPolicy(raw);
}

/** Every flag known false, so only the rule under test can fire. */
export const ALL_CLEAR = {
  customerVisible: false,
  dataLoss: false,
  dataAffected: false,
  security: false,
  cascading: false,
  manualIntervention: false,
  sloBreached: false,
  errorBudgetConsumedPercent: 0,
  externalComplaints: 0,
  environments: ['PROD'],
  nearMiss: false,
  processFailure: false,
  recurring: false,
  complex: false,
} as const;
