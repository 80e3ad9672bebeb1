/** The contract of the trackers' state as the admin page reads it: one schema for the server, the CLI and the web app. */
import { z } from 'zod';
import { TRACKER_NAMES } from './config.ts';

/** Whether a tracker can create issues, why not, where, and whether it is the default. */
export const TrackerStateSchema = z.object({
  name: z.enum(TRACKER_NAMES), configured: z.boolean(), problem: z.string().nullable(), target: z.string().nullable(), isDefault: z.boolean(),
});
export type TrackerStateView = z.infer<typeof TrackerStateSchema>;

/** `GET /api/v1/trackers`: whether action items are tracked automatically, and each tracker's state. */
export const TrackerListSchema = z.object({ auto: z.boolean(), trackers: z.array(TrackerStateSchema) });
export type TrackerList = z.infer<typeof TrackerListSchema>;
