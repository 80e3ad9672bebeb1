/**
 * HTTP routes for evidence. Uploads are the raw body (any media type), streamed: the
 * access check runs before a byte is read, the metadata rides in the query string. The
 * content is served so that it can never run in Debrief's origin: an attachment (raster
 * images excepted), nosniff, and a sandboxing content security policy.
 */
import { z } from 'zod';
import {
  AddEvidenceQuery, CiteEvidenceBody, DeleteEvidenceBody, ReviseEvidenceBody, EvidenceId, EvidenceItemSchema, VerifyResultSchema,
} from '../../domain/evidence/index.ts';
import { CitedEvidenceSchema, EvidenceListSchema } from '../../domain/evidence/evidence.view.ts';
import type { ServiceContext } from '../../services/context.ts';
import {
  addEvidence, citeEvidence, deleteEvidence, reviseEvidence, getEvidence, listEvidence, openEvidenceContent, verifyEvidence,
} from '../../services/evidence/evidence.service.ts';
import { route, type RouteDef } from '../route.ts';
import { IncidentParams } from './incident.routes.ts';

const ItemParams = z.strictObject({ id: z.string().min(1).max(100), evidenceId: EvidenceId });

/** RFC 6266 filename: ASCII fallback plus the UTF-8 name. */
function contentDisposition(type: 'inline' | 'attachment', name: string): string {
  const ascii = name.replace(/[^\x20-\x7e]|["\\]/g, '_');
  return `${type}; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}

const EXT: Record<string, string> = {
  'image/png': 'png', 'image/jpeg': 'jpg', 'image/gif': 'gif', 'image/webp': 'webp', 'application/pdf': 'pdf',
  'application/gzip': 'gz', 'application/zip': 'zip', 'application/json': 'json', 'text/csv': 'csv', 'text/plain': 'txt',
  'image/svg+xml': 'svg', 'text/html': 'html', 'text/uri-list': 'url', 'application/x-tar': 'tar',
};

export function evidenceRoutes(ctx: ServiceContext): RouteDef[] {
  return [
    route({
      method: 'GET', url: '/api/v1/incidents/:id/evidence', tag: 'evidence', auth: 'token',
      summary: "An incident's current evidence items (files, pasted text, links) with hash, size, who and when; tombstones and earlier versions too with ?deleted=true",
      params: IncidentParams, query: z.strictObject({ deleted: z.enum(['true', 'false']).optional() }),
      response: EvidenceListSchema,
      handler: async ({ params, query, actor }) => listEvidence(ctx, actor, params.id, { deleted: query.deleted === 'true' }),
    }),
    route({
      method: 'POST', url: '/api/v1/incidents/:id/evidence', tag: 'evidence', auth: 'token', role: 'responder', status: 201, stream: true,
      summary: 'Add evidence: the body is the file or the pasted text, streamed (any media type; the type is sniffed from the bytes); caption, covers (from/to), source, tool, name, public in the query. A link (kind=link&url=…&title=…) has no body. 413 names the limit.',
      params: IncidentParams, query: AddEvidenceQuery, response: EvidenceItemSchema,
      handler: async ({ params, query, actor, req }) => {
        const declared = Number(req.headers['content-length']);
        return addEvidence(ctx, actor, params.id, query, { stream: req.raw, declaredLength: Number.isFinite(declared) && req.headers['content-length'] !== undefined ? declared : null });
      },
    }),
    route({
      method: 'POST', url: '/api/v1/incidents/:id/evidence/verify', tag: 'evidence', auth: 'token',
      summary: "Check every live item's stored bytes against its recorded SHA-256",
      params: IncidentParams, response: VerifyResultSchema,
      handler: async ({ params, actor }) => verifyEvidence(ctx, actor, params.id),
    }),
    route({
      method: 'POST', url: '/api/v1/evidence/verify', tag: 'evidence', auth: 'token',
      summary: "Check every live item's stored bytes, on every incident, against its recorded SHA-256",
      response: VerifyResultSchema,
      handler: async ({ actor }) => verifyEvidence(ctx, actor),
    }),
    route({
      method: 'GET', url: '/api/v1/incidents/:id/evidence/:evidenceId', tag: 'evidence', auth: 'token',
      summary: 'One evidence item and where it is cited (post-mortem sections, timeline events)',
      params: ItemParams, response: CitedEvidenceSchema,
      handler: async ({ params, actor }) => getEvidence(ctx, actor, params.id, params.evidenceId),
    }),
    route({
      method: 'GET', url: '/api/v1/incidents/:id/evidence/:evidenceId/content', tag: 'evidence', auth: 'token',
      summary: "The item's bytes, checked against its SHA-256 before they are sent (409 when they fail). Served as an attachment (raster images inline), nosniff, sandboxed.",
      params: ItemParams, query: z.strictObject({ download: z.enum(['true', 'false']).optional() }), produces: 'application/octet-stream',
      handler: async ({ params, query, actor, reply }) => {
        const { item, body } = await openEvidenceContent(ctx, actor, params.id, params.evidenceId);
        const base = item.contentType.split(';')[0]!;
        const name = item.name ?? `${item.id}.${EXT[base] ?? 'bin'}`;
        const inline = item.preview && query.download !== 'true';
        reply.header('content-type', item.contentType);
        reply.header('content-length', String(item.size));
        reply.header('content-disposition', contentDisposition(inline ? 'inline' : 'attachment', name));
        reply.header('x-content-type-options', 'nosniff');
        reply.header('content-security-policy', "sandbox; default-src 'none'; img-src 'self'; style-src 'none'; script-src 'none'; frame-ancestors 'self'");
        reply.header('cross-origin-resource-policy', 'same-origin');
        reply.header('cache-control', 'private, max-age=0, must-revalidate');
        reply.header('etag', `"sha256-${item.sha256}"`);
        reply.header('x-evidence-sha256', item.sha256);
        return reply.send(body);
      },
    }),
    route({
      method: 'POST', url: '/api/v1/incidents/:id/evidence/:evidenceId/revise', tag: 'evidence', auth: 'token', role: 'responder', status: 201,
      summary: "A new version of an item's caption, covers, source or public flag: a new item with the same bytes that supersedes the old one (which stays, listed with ?deleted=true)",
      params: ItemParams, body: ReviseEvidenceBody, response: EvidenceItemSchema,
      handler: async ({ params, body, actor }) => reviseEvidence(ctx, actor, params.id, params.evidenceId, body),
    }),
    route({
      method: 'POST', url: '/api/v1/incidents/:id/evidence/:evidenceId/cite', tag: 'evidence', auth: 'token', role: 'responder',
      summary: "Cite an item from a timeline event ({target:'event', eventId}: the citation is added to its text) or as the proof of an action item's effectiveness ({target:'action', key}: the checklist entry is checked and the item recorded in its history)",
      params: ItemParams, body: CiteEvidenceBody, response: z.object({ evidence: CitedEvidenceSchema }),
      handler: async ({ params, body, actor }) => citeEvidence(ctx, actor, params.id, params.evidenceId, body),
    }),
    route({
      method: 'DELETE', url: '/api/v1/incidents/:id/evidence/:evidenceId', tag: 'evidence', auth: 'token', role: 'editor',
      summary: 'Delete an item (editor role): a tombstone with who, when and why stays in the list (?deleted=true) and the history',
      params: ItemParams, body: DeleteEvidenceBody, response: EvidenceItemSchema,
      handler: async ({ params, body, actor }) => deleteEvidence(ctx, actor, params.id, params.evidenceId, body.reason),
    }),
  ];
}
