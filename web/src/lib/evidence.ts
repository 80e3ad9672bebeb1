/** Evidence in the browser: uploads (the file itself as the body, metadata in the query) and citations in section text. */
import { api, query, request } from '../api.ts';
import type { AddEvidenceInput, EvidenceItem, VerifyResult } from '../../../src/domain/evidence/evidence.schema.ts';

export type { EvidenceItem, VerifyResult };
export type { EvidenceList } from '../contract.ts';

/** What an upload says about its item: the server's query fields (a range end not chosen is null). */
export type EvidenceMeta = Pick<AddEvidenceInput, 'caption'> & Partial<Pick<AddEvidenceInput, 'source' | 'public'>>
  & { from?: AddEvidenceInput['from'] | null; to?: AddEvidenceInput['to'] | null };

const base = (incidentId: string): string => `/api/v1/incidents/${encodeURIComponent(incidentId)}/evidence`;

/** The incident's evidence list (GET; the query the panel reads). */
export const evidencePath = base;

/** Sends a file (or pasted text) as it is: the server hashes it and sniffs its type from the bytes. */
export function uploadEvidence(incidentId: string, body: Blob | string, meta: EvidenceMeta & Partial<Pick<AddEvidenceInput, 'name'>> & { kind?: Exclude<AddEvidenceInput['kind'], 'link'> }): Promise<EvidenceItem> {
  const q = query({
    kind: meta.kind ?? 'file', caption: meta.caption, name: meta.name, from: meta.from, to: meta.to, source: meta.source,
    public: meta.public ? 'true' : undefined,
  });
  return api.post<EvidenceItem>(`${base(incidentId)}${q}`, undefined, { raw: body, contentType: 'application/octet-stream' });
}

export const verifyEvidence = (incidentId: string): Promise<VerifyResult> => api.post<VerifyResult>(`${base(incidentId)}/verify`);

export const deleteEvidence = (item: EvidenceItem, reason: string): Promise<EvidenceItem> =>
  request<EvidenceItem>('DELETE', item.links.self, { reason });

/** The text with the citation put at `at` (a caret position), spaced from its neighbours. */
export function insertCitation(text: string, citation: string, at: number = text.length): string {
  const pos = Math.max(0, Math.min(at, text.length));
  const before = text.slice(0, pos);
  const after = text.slice(pos);
  const lead = before === '' || /\s$/.test(before) ? '' : ' ';
  const tail = after === '' || /^\s/.test(after) ? '' : ' ';
  return `${before}${lead}${citation}${tail}${after}`;
}

/** Files carried by a paste or drop (screenshots from the clipboard included). */
export function filesOf(data: DataTransfer | null): File[] {
  if (!data) return [];
  const files = [...data.files];
  if (files.length > 0) return files;
  return [...data.items].filter((i) => i.kind === 'file').map((i) => i.getAsFile()).filter((f): f is File => f !== null);
}

export function humanSize(n: number): string {
  if (n < 1024) return `${n} B`;
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(1)} KiB`;
  return `${(n / 1024 / 1024).toFixed(1)} MiB`;
}

/** A new version of the item's description (the bytes stay; the old item is kept, superseded). */
export const reviseEvidence = (item: EvidenceItem, patch: { caption?: string; public?: boolean }): Promise<EvidenceItem> =>
  api.post<EvidenceItem>(`${item.links.self}/revise`, patch);
