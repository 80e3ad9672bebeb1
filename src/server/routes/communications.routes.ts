/** HTTP routes for communication documents and the public status page (externally published post-mortems only). */
import { z } from 'zod';
import { COMMUNICATION_KINDS } from '../../domain/notify/communications.ts';
import type { ServiceContext } from '../../services/context.ts';
import { communication, publicStatusIndex, publicStatusPage, sendCommunication } from '../../services/notify/communications.service.ts';
import { CHANNEL_NAMES } from '../../services/notify/registry.ts';
import { route, type RouteDef } from '../route.ts';

const Params = z.strictObject({ id: z.string().min(1).max(120), kind: z.enum(COMMUNICATION_KINDS) });
const Doc = z.object({ postmortemId: z.string(), kind: z.enum(COMMUNICATION_KINDS), basedOn: z.object({ publication: z.number().int(), audience: z.string() }), markdown: z.string() });
const PAGE_CSP = "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

export function communicationRoutes(ctx: ServiceContext): RouteDef[] {
  return [
    route({
      method: 'GET', url: '/api/v1/postmortems/:id/communications/:kind', tag: 'communications', auth: 'token',
      summary: 'Leadership summary (from the post-mortem) or customer summary (from its external publication only), as JSON with markdown or `format=md`',
      params: Params, query: z.strictObject({ format: z.enum(['json', 'md']).default('json') }), response: Doc,
      handler: async ({ params, query, actor, reply }) => {
        const doc = await communication(ctx, actor, params.id, params.kind);
        if (query.format === 'md') { reply.type('text/markdown; charset=utf-8'); return doc.markdown; }
        return doc;
      },
    }),
    route({
      method: 'POST', url: '/api/v1/postmortems/:id/communications/:kind/send', tag: 'communications', auth: 'token', role: 'editor', status: 202,
      summary: 'Send the document (or your edited markdown) through a channel (editor): queued as a notify.send job, once per text and recipients',
      params: Params,
      body: z.strictObject({ channel: z.enum(CHANNEL_NAMES), to: z.array(z.string().min(1).max(300)).max(100).optional(), markdown: z.string().min(1).max(100_000).optional() }),
      response: z.object({ id: z.number().int(), kind: z.string(), state: z.string() }).loose(),
      handler: async ({ params, body, actor }) => sendCommunication(ctx, actor, params.id, params.kind, body),
    }),
    route({
      method: 'GET', url: '/status', tag: 'communications', auth: 'none', produces: 'text/html',
      summary: 'Public status page: the externally published post-incident reports (no sign-in)',
      handler: async ({ reply }) => { reply.type('text/html; charset=utf-8').header('content-security-policy', PAGE_CSP); return publicStatusIndex(ctx); },
    }),
    route({
      method: 'GET', url: '/status/:id', tag: 'communications', auth: 'none', produces: 'text/html',
      summary: 'Public post-incident report of an externally published post-mortem (its external publication only; 404 otherwise)',
      params: z.strictObject({ id: z.string().min(1).max(120) }),
      handler: async ({ params, reply }) => { const html = await publicStatusPage(ctx, params.id); reply.type('text/html; charset=utf-8').header('content-security-policy', PAGE_CSP); return html; },
    }),
  ];
}
