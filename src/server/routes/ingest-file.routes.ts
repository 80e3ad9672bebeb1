/** HTTP route for the file drop: an uploaded export, payload or git log into an incident's timeline. */
import { z } from 'zod';
import { FileIngestOutcomeSchema } from '../../domain/timeline/ingest.view.ts';
import type { ServiceContext } from '../../services/context.ts';
import { ingestFile } from '../../services/ingest/file-ingest.service.ts';
import { OUTLIER_CHOICES } from '../../services/ingest/import.service.ts';
import { route, type RouteDef } from '../route.ts';
import { IncidentParams } from './incident.routes.ts';

/** The ingest-file route under /api/v1. */
export function ingestFileRoutes(ctx: ServiceContext): RouteDef[] {
  return [
    route({
      method: 'POST', url: '/api/v1/incidents/:id/ingest-file', tag: 'timeline', auth: 'token', role: 'responder',
      summary: 'Ingest an uploaded file into the timeline: a Slack export (.zip or a daily JSON file), a webhook payload (or a JSON array of them), or git log text. Events outside the incident\'s window are listed as `outliers`: ?outliers=keep (default) stores them, drop leaves them out',
      params: IncidentParams, query: z.strictObject({ source: z.string().min(1).max(40), name: z.string().max(300).optional(), outliers: z.enum(OUTLIER_CHOICES).optional() }),
      consumes: ['application/zip', 'application/octet-stream', 'application/json', 'text/plain'],
      body: z.unknown(), response: FileIngestOutcomeSchema,
      handler: async ({ params, query, body, actor }) => {
        const file = Buffer.isBuffer(body) ? { bytes: body } : typeof body === 'string' ? { text: body } : { json: body };
        return ingestFile(ctx, actor, params.id, query.source, { ...file, name: query.name }, { outliers: query.outliers ?? 'keep' });
      },
    }),
  ];
}
