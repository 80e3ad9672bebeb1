/** The contract of a background job as the API answers it: one schema for the server, the CLI and the web app. */
import { z } from 'zod';

export const JOB_STATES = ['pending', 'running', 'done', 'dead'] as const;
export const JobStateSchema = z.enum(JOB_STATES);
export type JobState = z.infer<typeof JobStateSchema>;

export const JobViewSchema = z.object({
  id: z.number().int(), kind: z.string(), state: z.string(), idempotencyKey: z.string(), payload: z.record(z.string(), z.unknown()),
  attempts: z.number().int(), maxAttempts: z.number().int(), scheduledAt: z.string(), lastError: z.string().nullable(),
  /** Attempts that reached their send; more than attempts that ended = the last one is uncertain (a killed server). */
  startedAttempts: z.number().int(),
  createdAt: z.string(), updatedAt: z.string(), doneAt: z.string().nullable(),
});
export type JobView = z.infer<typeof JobViewSchema>;

export const JobCountsSchema = z.object({ pending: z.number().int(), running: z.number().int(), done: z.number().int(), dead: z.number().int() });

/** `GET /api/v1/jobs`: newest first, counts per state, and where the next page starts. */
export const JobListSchema = z.object({ items: z.array(JobViewSchema), counts: JobCountsSchema, nextBefore: z.number().int().nullable() });
export type JobList = z.infer<typeof JobListSchema>;
