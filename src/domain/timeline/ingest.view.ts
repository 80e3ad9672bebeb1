/**
 * What the ingest routes answer (zod, the API's answers): a webhook delivery's outcome,
 * the inbox list and one delivery, and an import of events into an incident's timeline
 * (from `debrief ingest` or the file drop), with the events outside the incident's window.
 */
import { z } from 'zod';

/** The states of a stored webhook delivery. */
export const INBOX_STATUSES = ['pending', 'processed', 'failed', 'rejected'] as const;
export type InboxStatus = (typeof INBOX_STATUSES)[number];

/** `POST /api/v1/ingest/:source` and `POST /api/v1/ingest/inbox/:id/retry`: what became of a delivery. */
export const DeliveryOutcomeSchema = z.strictObject({
  inboxId: z.string(),
  status: z.enum(INBOX_STATUSES),
  duplicate: z.boolean(),
  /** Events newly stored by this delivery. */
  events: z.number().int(),
  incidentId: z.string().nullable(),
  declared: z.boolean(),
  error: z.string().nullable(),
});
export type DeliveryOutcome = z.infer<typeof DeliveryOutcomeSchema>;

/** A stored delivery as the inbox lists it (without its headers and body). */
export const InboxSummarySchema = z.strictObject({
  id: z.string(),
  source: z.string(),
  deliveryKey: z.string(),
  receivedAt: z.iso.datetime(),
  status: z.enum(INBOX_STATUSES),
  error: z.string().nullable(),
  attempts: z.number().int(),
  processedAt: z.iso.datetime().nullable(),
  incidentId: z.string().nullable(),
  targetIncidentId: z.string().nullable(),
  eventCount: z.number().int(),
  retryUrl: z.string(),
});
export type InboxSummary = z.infer<typeof InboxSummarySchema>;

/** `GET /api/v1/ingest/inbox`: deliveries newest first, with the cursor of the next page. */
export const InboxPageSchema = z.strictObject({ items: z.array(InboxSummarySchema), nextCursor: z.string().nullable() });
export type InboxPage = z.infer<typeof InboxPageSchema>;

/** `GET /api/v1/ingest/backlog`: deliveries pending and the age of the oldest, failed, rejected and processed counts. */
export const InboxBacklogSchema = z.object({
  pending: z.number().int(), oldestPendingAt: z.string().nullable(), oldestPendingAgeSeconds: z.number(),
  failed: z.number().int(), rejected: z.number().int(), processed: z.number().int(),
});
export type InboxBacklog = z.infer<typeof InboxBacklogSchema>;

/** `GET /api/v1/ingest/inbox/:id`: one delivery with its headers (credentials never stored) and raw payload. */
export const InboxItemSchema = InboxSummarySchema.extend({
  headers: z.record(z.string(), z.unknown()),
  rawBody: z.string(),
  /** The payload parsed, or null when the body is not JSON. */
  payload: z.unknown(),
});
export type InboxItem = z.infer<typeof InboxItemSchema>;

/** The incident window events are checked against on import. */
export const IncidentWindowSchema = z.strictObject({
  from: z.iso.datetime(),
  to: z.iso.datetime(),
  basis: z.enum(['key_times', 'other_events', 'declared']),
  marginHours: z.number(),
});

/** One imported event outside the incident's window; `id` is the stored event (null when dropped or already stored). */
export const OutlierViewSchema = z.strictObject({ id: z.string().nullable(), at: z.string(), source: z.string(), kind: z.string(), text: z.string() });
export type OutlierView = z.infer<typeof OutlierViewSchema>;

/** `POST /api/v1/incidents/:id/events/import`: events stored, already there and named by this import, the window, the outliers and what was done with them. */
export const ImportOutcomeSchema = z.strictObject({
  inserted: z.number().int(),
  existing: z.number().int(),
  /** Events imported before with Slack member ids as placeholders ("@Slack member U…") that this import put names to. */
  named: z.number().int(),
  incidentId: z.string(),
  window: IncidentWindowSchema,
  outliers: z.array(OutlierViewSchema),
  /** kept: stored (delete or exclude them later); dropped: not stored. */
  outlierAction: z.enum(['kept', 'dropped']),
});
export type ImportOutcome = z.infer<typeof ImportOutcomeSchema>;

/** `POST /api/v1/incidents/:id/ingest-file`: the import, the events the file held and the adapter's warnings. */
export const FileIngestOutcomeSchema = ImportOutcomeSchema.extend({
  added: z.number().int(),
  events: z.number().int(),
  /** Slack member ids the file gave no name for (written "@Slack member U…"); users.json in the export names them. */
  unresolvedMembers: z.number().int(),
  warnings: z.array(z.strictObject({ line: z.number().int().optional(), field: z.string().optional(), message: z.string() })),
});
export type FileIngestOutcome = z.infer<typeof FileIngestOutcomeSchema>;
