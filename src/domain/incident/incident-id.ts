/** Incident ids follow seed 000's naming: INC-YYYY-MM-DD-NNN, NNN counting per day. */
export const INCIDENT_ID_PATTERN = /^INC-(\d{4})-(\d{2})-(\d{2})-(\d{3,})$/;

/** The UTC day (YYYY-MM-DD) an incident declared at `at` is numbered under. */
export function incidentDay(at: Date): string {
  return at.toISOString().slice(0, 10);
}

/** Formats the id of the `n`th incident of a day. */
export function formatIncidentId(day: string, n: number): string {
  return `INC-${day}-${String(n).padStart(3, '0')}`;
}

/** True when a string is a well-formed incident id. */
export function isIncidentId(id: string): boolean {
  return INCIDENT_ID_PATTERN.test(id);
}
