/** The contract of an action item's tracker issue as the API answers it: one schema for the server, the CLI and the web app. */
import { z } from 'zod';
import { TRACKER_NAMES } from './config.ts';

/** An issue in GitHub or Jira linked to an action item. */
export const TrackerLinkViewSchema = z.object({ tracker: z.string(), externalId: z.string(), url: z.string(), state: z.string(), createdAt: z.string(), updatedAt: z.string() });
export type TrackerLinkView = z.infer<typeof TrackerLinkViewSchema>;

/** `POST …/track`: the issue queued once (its job) or already linked. */
export const TrackResultSchema = z.object({
  tracker: z.enum(TRACKER_NAMES),
  queued: z.boolean(),
  job: z.object({ id: z.number().int(), kind: z.string(), state: z.string(), attempts: z.number().int(), lastError: z.string().nullable() }).loose().nullable(),
  link: TrackerLinkViewSchema.nullable(),
});
export type TrackResult = z.infer<typeof TrackResultSchema>;
