/**
 * Whether an imported post-mortem agrees with the incident it names: the same event,
 * judged by its title and its date. A document that names one incident but describes
 * another is stopped rather than attached silently.
 */
export type ImportedMeta = { title: string | null; incidentDate: string | null };
export type NamedIncident = { id: string; title: string; day: string };

function words(text: string): Set<string> {
  const out = new Set<string>();
  for (const w of text.toLowerCase().split(/[^\p{L}\p{N}]+/u)) if (w.length > 2) out.add(w);
  return out;
}

/** Share of the shorter title's words that the other title also has (0..1). */
export function titleAgreement(a: string, b: string): number {
  const x = words(a);
  const y = words(b);
  if (x.size === 0 || y.size === 0) return 1;
  let shared = 0;
  for (const w of x) if (y.has(w)) shared++;
  return shared / Math.min(x.size, y.size);
}

const dayNumber = (day: string): number => Math.round(Date.parse(`${day}T00:00:00Z`) / 86_400_000);

/** The reasons a document does not describe the incident it names (empty when it does). */
export function importMismatches(doc: ImportedMeta, incident: NamedIncident): string[] {
  const reasons: string[] = [];
  if (doc.title && titleAgreement(doc.title, incident.title) < 0.5) {
    reasons.push(`its title "${doc.title}" is not the incident's "${incident.title}"`);
  }
  if (doc.incidentDate && /^\d{4}-\d{2}-\d{2}$/.test(doc.incidentDate) && Math.abs(dayNumber(doc.incidentDate) - dayNumber(incident.day)) > 1) {
    reasons.push(`its date ${doc.incidentDate} is not the incident's ${incident.day}`);
  }
  return reasons;
}
