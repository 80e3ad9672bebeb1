/**
 * Citing evidence from Markdown. One stable form, a link whose text names the item:
 *
 *     [evidence ev_0123456789abcdef](/incidents/INC-2026-03-10-001/evidence/ev_0123456789abcdef)
 *
 * The bare `[evidence ev_…]` (no link) is read too. The export lists the items in an
 * "Evidence" section between markers that a later export rewrites; the import keeps both.
 */
import type { EvidenceItem } from './evidence.schema.ts';

/** The path of an item's page in the web app (also the citation's link target). */
export function evidencePath(incidentId: string, evidenceId: string): string {
  return `/incidents/${encodeURIComponent(incidentId)}/evidence/${evidenceId}`;
}

/** The path of an item's metadata over the API. */
export function evidenceApiPath(incidentId: string, evidenceId: string): string {
  return `/api/v1/incidents/${encodeURIComponent(incidentId)}/evidence/${evidenceId}`;
}

/** The Markdown citation of an item. */
export function citationOf(incidentId: string, evidenceId: string): string {
  return `[evidence ${evidenceId}](${evidencePath(incidentId, evidenceId)})`;
}

// Bounded, no nested quantifiers: linear in the text.
const CITATION = /\[evidence (ev_[0-9a-f]{16})\](?:\([^()\s]{0,500}\))?/g;

/** The ids cited in a text, in order of first appearance, once each. */
export function citedIds(text: string): string[] {
  const seen = new Set<string>();
  for (const m of text.matchAll(CITATION)) seen.add(m[1]!);
  return [...seen];
}

/** True when the text cites at least one evidence item. */
export function hasCitation(text: string): boolean {
  return text.includes('[evidence ev_') && citedIds(text).length > 0;
}

export const EVIDENCE_LIST_START = '<!-- debrief:evidence -->';
export const EVIDENCE_LIST_END = '<!-- /debrief:evidence -->';

const cell = (s: string): string => s.replace(/\r?\n/g, ' ').replace(/\|/g, '\\|').trim();

function humanSize(n: number): string {
  if (n < 1024) return `${n} B`;
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(1)} KiB`;
  if (n < 1024 * 1024 * 1024) return `${(n / 1024 / 1024).toFixed(1)} MiB`;
  return `${(n / 1024 / 1024 / 1024).toFixed(2)} GiB`;
}

/**
 * The managed list of an incident's items for the Markdown export: id and link, caption,
 * what it covers, who added it and its SHA-256 (so a reader a year later can check the bytes).
 * `baseUrl` (the server's public URL) makes the links absolute when known.
 */
export function evidenceList(items: readonly EvidenceItem[], baseUrl: string | null): string {
  const base = baseUrl ? baseUrl.replace(/\/+$/, '') : '';
  const live = items.filter((i) => i.deletedAt === null);
  const lines = live.map((i) => {
    const covers = i.covers.from || i.covers.to ? `; covers ${i.covers.from ?? '…'} .. ${i.covers.to ?? '…'}` : '';
    const what = i.kind === 'link' ? `link ${i.url ?? ''}` : i.kind === 'text' ? `text${i.tool ? ` from \`${cell(i.tool).replace(/`/g, "'")}\`` : ''}` : `${i.name ? `\`${cell(i.name).replace(/`/g, "'")}\`, ` : ''}${i.contentType.split(';')[0]}, ${humanSize(i.size)}`;
    return `- [evidence ${i.id}](${base}${evidencePath(i.incidentId, i.id)}): ${cell(i.caption)} (${what}${covers}; ${i.source ? `source ${cell(i.source)}; ` : ''}added by ${cell(i.addedBy)} ${i.addedAt}; sha256 ${i.sha256})`;
  });
  return [EVIDENCE_LIST_START, ...(lines.length ? lines : ['- (no evidence kept with this incident)']), EVIDENCE_LIST_END].join('\n');
}

/**
 * A section body with the managed list put in (replacing an earlier one), keeping what
 * people wrote around it.
 */
export function withEvidenceList(body: string, list: string): string {
  const start = body.indexOf(EVIDENCE_LIST_START);
  const end = body.indexOf(EVIDENCE_LIST_END);
  if (start >= 0 && end > start) return `${body.slice(0, start)}${list}${body.slice(end + EVIDENCE_LIST_END.length)}`;
  return body.trim() === '' ? list : `${body.replace(/\s+$/, '')}\n\n${list}`;
}

/** A section body without the managed list (the list names every item; it is not a citation). */
export function withoutEvidenceList(body: string): string {
  const start = body.indexOf(EVIDENCE_LIST_START);
  const end = body.indexOf(EVIDENCE_LIST_END);
  return start >= 0 && end > start ? `${body.slice(0, start)}${body.slice(end + EVIDENCE_LIST_END.length)}` : body;
}
