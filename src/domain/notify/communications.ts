/**
 * Communication documents (seed 000 "Communication"): a leadership summary (SEV-1/2,
 * by e-mail) and an external customer summary, as Markdown to edit and send. Pure: the
 * caller passes a parsed post-mortem; the customer summary is only ever built from the
 * externally published (redacted) text.
 */
import type { PostmortemDoc } from '../postmortem/document.types.ts';

export const COMMUNICATION_KINDS = ['leadership', 'customer'] as const;
export type CommunicationKind = (typeof COMMUNICATION_KINDS)[number];

export type CommunicationInput = {
  postmortemId: string; title: string; severity: string | null; incidentDate: string | null;
  doc: PostmortemDoc;
  /** Action items as stored (leadership: owners and due dates; customer: titles from the published text). */
  actions: { key: string | null; title: string; owner: string | null; priority: string | null; dueDate: string | null; status: string | null }[];
  url: string | null;
  publishedAt: string;
};

const section = (doc: PostmortemDoc, key: string): string => doc.sections.find((s) => s.key === key)?.body.trim() ?? '';
/** The first paragraph of a section (what a summary needs), without Markdown headings. */
function lead(doc: PostmortemDoc, key: string | string[], fallback: string): string {
  for (const k of Array.isArray(key) ? key : [key]) {
    const body = section(doc, k).replace(/^#+ .*$/gm, '').trim();
    const first = body.split(/\n\s*\n/)[0]?.trim() ?? '';
    if (first && !/^(n\/a|tbd|todo)\.?$/i.test(first)) return first;
  }
  return fallback;
}

/** For leadership: what happened, impact, cause, what is being done (owners, dates), where to read more. */
export function leadershipSummary(c: CommunicationInput): string {
  const open = c.actions.filter((a) => a.status !== 'done' && a.status !== 'wont_do');
  return [
    `# Incident summary for leadership: ${c.title}`, '',
    `- **Incident:** ${c.postmortemId}${c.severity ? ` (${c.severity})` : ''}${c.incidentDate ? `, ${c.incidentDate}` : ''}`,
    ...(c.doc.meta.durationStated ? [`- **Duration:** ${c.doc.meta.durationStated}`] : []),
    `- **Post-mortem published:** ${c.publishedAt.slice(0, 10)}${c.url ? ` (${c.url})` : ''}`, '',
    '## What happened', '', lead(c.doc, 'summary', '_No summary written._'), '',
    '## Impact', '', lead(c.doc, 'impact', '_Impact not described._'), '',
    '## Root cause', '', c.doc.rootCause ?? lead(c.doc, 'rootCause', '_Root cause not described._'), '',
    '## What we are doing', '',
    ...(c.actions.length
      ? ['| # | Action | Owner | Priority | Due | Status |', '|---|---|---|---|---|---|',
        ...c.actions.map((a) => `| ${a.key ?? ''} | ${a.title.replace(/\|/g, '\\|')} | ${a.owner ?? 'unassigned'} | ${a.priority ?? ''} | ${a.dueDate ?? ''} | ${a.status ?? ''} |`)]
      : ['_No action items._']),
    '', `${open.length} of ${c.actions.length} action item${c.actions.length === 1 ? '' : 's'} open.`, '',
  ].join('\n');
}

/** For affected customers: what happened, the impact, what was done and what will prevent it, from the external publication only. No owners, no internal links. */
export function customerSummary(c: CommunicationInput): string {
  const prevention = c.actions.map((a) => `- ${a.title}`);
  return [
    `# ${c.title}`, '',
    `_Post-incident summary${c.incidentDate ? ` for the incident of ${c.incidentDate}` : ''}._`, '',
    '## What happened', '', lead(c.doc, 'summary', 'We had an incident that affected our service.'), '',
    '## Impact', '', lead(c.doc, 'impact', 'Some requests were affected.'), '',
    '## What we did', '', lead(c.doc, ['resolution', 'response'], 'The service was restored and the cause was found.'), '',
    '## What we are doing to prevent it', '', ...(prevention.length ? prevention : ['We are reviewing our systems and processes.']), '',
    'We apologise for the disruption.', '',
  ].join('\n');
}
