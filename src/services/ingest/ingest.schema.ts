/** Ingest shapes at the edge (HTTP and CLI): imported events, inbox queries. Types inferred from the schemas. */
import { WebUrl } from '../../domain/validation.ts';
import { z } from 'zod';
import { PHASES, TIME_PRECISIONS } from '../../domain/timeline/event.types.ts';
import { INBOX_STATUSES, type InboxStatus } from '../../domain/timeline/ingest.view.ts';

const sourceName = z.string().trim().regex(/^[a-z][a-z0-9_-]{0,39}$/, 'a source name: lower case letters, digits, - or _');

/** One event as an adapter produces it (the dry-run JSON), sent to the import route. */
export const IngestedEventSchema = z.strictObject({
  at: z.iso.datetime({ offset: true }).nullable(),
  precision: z.enum(TIME_PRECISIONS as [string, ...string[]]),
  source: sourceName,
  kind: z.string().trim().min(1).max(80),
  text: z.string().max(10_000),
  actor: z.string().max(200).nullable(),
  phase: z.enum(PHASES as [string, ...string[]]).nullable(),
  link: WebUrl.nullable(),
  idempotencyKey: z.string().min(1).max(500),
  decisionPoint: z.boolean().optional(),
  sha: z.string().regex(/^[0-9a-fA-F]{7,64}$/).nullable().optional(),
});
export type IngestedEventInput = z.infer<typeof IngestedEventSchema>;

export const MAX_IMPORT_EVENTS = 20_000;

/** Body of `POST /api/v1/incidents/:id/events/import`. */
export const ImportEventsSchema = z.strictObject({
  source: sourceName,
  events: z.array(IngestedEventSchema).max(MAX_IMPORT_EVENTS),
}).superRefine((body, ctx) => {
  body.events.forEach((e, i) => {
    if (e.source !== body.source) ctx.addIssue({ code: 'custom', path: ['events', i, 'source'], message: `every event must come from "${body.source}", got "${e.source}"` });
  });
});
export type ImportEvents = z.infer<typeof ImportEventsSchema>;

// The statuses are part of the answers' contract (the domain's ingest views); the inbox query filters by them.
export { INBOX_STATUSES, type InboxStatus };

export const ListInboxQuerySchema = z.strictObject({
  status: z.enum(INBOX_STATUSES).optional(),
  source: sourceName.optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().max(500).optional(),
});
export type ListInboxQuery = z.infer<typeof ListInboxQuerySchema>;

const incidentId = z.string().regex(/^INC-\d{4}-\d{2}-\d{2}-\d{3,}$/, 'an incident id: INC-YYYY-MM-DD-NNN');

/** Query of the webhook route: `?incident=INC-…` attaches to that incident without correlation. */
export const WebhookQuerySchema = z.strictObject({
  incident: incidentId.optional(),
  /** Wait up to this many ms for processing before answering (default: ingest.waitForProcessingMs). */
  wait: z.coerce.number().int().min(0).max(4000).optional(),
});

/** Body of a retry: optionally the incident to attach an unmatched delivery to. */
export const RetryInboxSchema = z.strictObject({ incident: incidentId.optional() });
