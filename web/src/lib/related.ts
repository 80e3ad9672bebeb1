/** Related incidents accepted into a post-mortem: the Markdown line for one, and where it goes. */
import type { SimilarIncident } from '../../../src/domain/learning/contract.ts';

/** The section that takes related incidents: seed 002's own section, else the references / supporting information. */
export function relatedSectionKey(keys: readonly string[]): string | null {
  return ['relatedIncidents', 'evidence'].find((k) => keys.includes(k)) ?? null;
}

/** One bullet: the incident, why it is related, and the repeat flags, in words a reader understands. */
export function relatedLine(s: SimilarIncident): string {
  const when = s.startedAt ? ` (${s.startedAt.slice(0, 10)})` : '';
  const flags = s.recurredAfterFix ? ' — repeat: it recurred after its fix shipped' : s.repeat ? ' — repeat' : '';
  const why = s.reasons.length ? `: ${s.reasons.slice(0, 3).join('; ')}` : '';
  return `- ${s.incidentId} ${s.title}${when}${flags}${why}`;
}

/** The section body with the line appended (once: a body already naming the incident is kept as it is). */
export function withRelated(body: string, s: SimilarIncident): string {
  if (body.includes(s.incidentId)) return body;
  const trimmed = body.replace(/\s+$/, '');
  return trimmed ? `${trimmed}\n${relatedLine(s)}` : relatedLine(s);
}
