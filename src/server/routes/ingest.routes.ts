/** HTTP routes for ingest: webhooks, the inbox, file imports and the merged timeline. */
import { DeliveryOutcomeSchema, ImportOutcomeSchema, InboxBacklogSchema, InboxItemSchema, InboxPageSchema } from '../../domain/timeline/ingest.view.ts';
import { MergedTimelineSchema } from '../../domain/timeline/timeline.view.ts';
import { z } from 'zod';
import { AppError, isAppError } from '../../domain/errors.ts';
import type { ServiceContext } from '../../services/context.ts';
import { importEvents, OUTLIER_CHOICES } from '../../services/ingest/import.service.ts';
import { ImportEventsSchema, ListInboxQuerySchema, RetryInboxSchema, WebhookQuerySchema } from '../../services/ingest/ingest.schema.ts';
import { authenticateDelivery, getInboxBacklog, receiveDelivery, retryInbox, webhookSource } from '../../services/ingest/inbox.service.ts';
import { getInboxItem, listInboxPage } from '../../services/ingest/inbox.view.ts';
import { mergedTimeline } from '../../services/ingest/merged-timeline.service.ts';
import { route, type RouteDef } from '../route.ts';
import { IncidentParams } from './incident.routes.ts';

const SourceParams = z.strictObject({ source: z.string().min(1).max(40) });
const InboxParams = z.strictObject({ id: z.uuid() });

const JSON_TYPE = /^application\/([\w.-]+\+)?json$/i;

/** Ingest routes under /api/v1. */
export function ingestRoutes(ctx: ServiceContext): RouteDef[] {
  return [
    route({
      method: 'POST', url: '/api/v1/ingest/:source', tag: 'ingest', auth: 'webhook', status: 202,
      summary: 'Receive a webhook (alertmanager, grafana, pagerduty, opsgenie, github): authenticated by the source\'s signature or secret, '
        + 'stored before the answer, then filed on an incident in the background (?incident=INC-… to name it; ?wait=ms to answer after processing). '
        + '202 when stored; 200 {duplicate:true} for a redelivery; '
        + '400 for a payload the source would not send (kept as rejected); 503 when it cannot be stored (retry)',
      params: SourceParams, query: WebhookQuerySchema, response: DeliveryOutcomeSchema,
      handler: async ({ params, query, req, reply }) => {
        const source = webhookSource(params.source);
        try {
          const rawBody = req.rawBody;
          await authenticateDelivery(ctx, source, req.headers, req.rawBytes ?? Buffer.from(rawBody ?? '', 'utf8'));
          if (rawBody === undefined || !JSON_TYPE.test(req.headers['content-type'] ?? '')) {
            throw new AppError('unsupported_media_type', 'send the webhook payload as application/json');
          }
          const outcome = await receiveDelivery(ctx, source, {
            source, headers: req.headers, rawBody, payload: req.body, targetIncident: query.incident,
          }, query.wait);
          return await reply.status(outcome.duplicate && outcome.status === 'processed' ? 200 : 202).send(outcome);
        } catch (e) {
          // Senders retry on 5xx only (Alertmanager) or 5xx/429 (PagerDuty): an unexpected failure must say "try again".
          if (isAppError(e)) throw e;
          throw new AppError('unavailable', `the delivery could not be handled now; send it again later (${(e as Error).message})`);
        }
      },
    }),
    route({
      method: 'GET', url: '/api/v1/ingest/inbox', tag: 'ingest', auth: 'token',
      summary: 'List stored webhook deliveries, newest first (responder; filters: status, source; cursor pagination)',
      query: ListInboxQuerySchema, response: InboxPageSchema,
      handler: async ({ query, actor }) => listInboxPage(ctx, actor, query),
    }),
    route({
      method: 'GET', url: '/api/v1/ingest/backlog', tag: 'ingest', auth: 'token',
      summary: 'The inbox backlog (responder): deliveries pending and the age of the oldest, failed, rejected and processed counts',
      response: InboxBacklogSchema,
      handler: async ({ actor }) => getInboxBacklog(ctx, actor),
    }),
    route({
      method: 'GET', url: '/api/v1/ingest/inbox/:id', tag: 'ingest', auth: 'token',
      summary: 'One stored delivery with its headers and raw payload (responder)', params: InboxParams, response: InboxItemSchema,
      handler: async ({ params, actor }) => getInboxItem(ctx, actor, params.id),
    }),
    route({
      method: 'POST', url: '/api/v1/ingest/inbox/:id/retry', tag: 'ingest', auth: 'token', role: 'responder',
      summary: 'Process a stored delivery again (responder); ?incident=INC-… attaches an unmatched one to that incident',
      params: InboxParams, query: RetryInboxSchema, response: DeliveryOutcomeSchema,
      handler: async ({ params, query, actor }) => retryInbox(ctx, actor, params.id, query.incident),
    }),
    route({
      method: 'POST', url: '/api/v1/incidents/:id/events/import', tag: 'timeline', auth: 'token', role: 'responder',
      summary: 'Import adapter events (debrief ingest … --incident) idempotently: { inserted, existing, window, outliers } (responder); ?outliers=keep (default) stores events outside the incident window, drop leaves them out',
      params: IncidentParams, body: ImportEventsSchema, query: z.strictObject({ outliers: z.enum(OUTLIER_CHOICES).optional() }), response: ImportOutcomeSchema,
      handler: async ({ params, body, query, actor }) => importEvents(ctx, actor, params.id, body, { outliers: query.outliers ?? 'keep' }),
    }),
    route({
      method: 'GET', url: '/api/v1/incidents/:id/timeline', tag: 'timeline', auth: 'token',
      summary: 'The merged timeline: events of every source in one order, duplicates folded (ids listed), gaps, sources summary',
      params: IncidentParams, response: MergedTimelineSchema,
      handler: async ({ params, actor }) => mergedTimeline(ctx, actor, params.id),
    }),
  ];
}
