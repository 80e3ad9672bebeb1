/** Evidence rows as the API and the web app show them. */
import { citationOf, evidenceApiPath, evidencePath, isRasterImage, type EvidenceItem, type EvidenceKind } from '../../domain/evidence/index.ts';
import type { EvidenceRow } from '../../store/repositories/evidence.repository.ts';

export function presentEvidence(r: EvidenceRow): EvidenceItem {
  const api = evidenceApiPath(r.incidentId, r.id);
  return {
    id: r.id, incidentId: r.incidentId, kind: r.kind as EvidenceKind, caption: r.caption, name: r.name,
    covers: { from: r.coversFrom?.toISOString() ?? null, to: r.coversTo?.toISOString() ?? null },
    source: r.source, tool: r.tool, exitCode: r.exitCode, url: r.url, title: r.title,
    sha256: r.sha256, size: r.size, contentType: r.contentType, preview: isRasterImage(r.contentType), public: r.public,
    supersedes: r.supersedes, addedBy: r.addedBy, addedAt: r.addedAt.toISOString(),
    deletedAt: r.deletedAt?.toISOString() ?? null, deletedBy: r.deletedBy, deleteReason: r.deleteReason,
    links: { self: api, content: `${api}/content`, page: evidencePath(r.incidentId, r.id) },
    citation: citationOf(r.incidentId, r.id),
  };
}
