/**
 * The merged timeline of an incident as the API shows it (`GET /api/v1/incidents/:id/timeline`):
 * every source in one order, duplicates folded, gaps marked, a summary per source.
 */
import { z } from 'zod';
import { EventViewSchema } from '../incident/incident.view.ts';

/** An event kept in the merged timeline, with the duplicates folded into it and why. */
export const MergedItemSchema = EventViewSchema.extend({
  sha: z.string().nullable(),
  foldedIds: z.array(z.string()),
  foldReasons: z.array(z.enum(['idempotency_key', 'sha', 'same_text'])),
});
export type MergedItemView = z.infer<typeof MergedItemSchema>;

/** A silence between two consecutive timed events longer than the threshold. */
export const TimelineGapSchema = z.strictObject({
  from: z.string(),
  to: z.string(),
  minutes: z.number(),
  /** Index in `items` of the event before the gap. */
  afterIndex: z.number().int(),
});
export type TimelineGapView = z.infer<typeof TimelineGapSchema>;

export const MergedTimelineSchema = z.strictObject({
  incidentId: z.string(),
  items: z.array(MergedItemSchema),
  gaps: z.array(TimelineGapSchema),
  gapMinutes: z.number(),
  sources: z.array(z.strictObject({
    source: z.string(), events: z.number().int(), folded: z.number().int(), first: z.string().nullable(), last: z.string().nullable(), deliveries: z.number().int(),
  })),
  /** Events a person excluded: listed, never in items, gaps or numbers. */
  excluded: z.array(MergedItemSchema),
});
export type MergedTimelineView = z.infer<typeof MergedTimelineSchema>;
