/** HTTP routes for background jobs: what is pending, done, failing and why; retry a dead one. */
import { z } from 'zod';
import type { ServiceContext } from '../../services/context.ts';
import { listJobs, retryJob } from '../../services/jobs/job.service.ts';
import { route, type RouteDef } from '../route.ts';

const State = z.enum(['pending', 'running', 'done', 'dead']);
const JobResponse = z.object({
  id: z.number().int(), kind: z.string(), state: z.string(), idempotencyKey: z.string(), payload: z.record(z.string(), z.unknown()),
  attempts: z.number().int(), maxAttempts: z.number().int(), scheduledAt: z.string(), lastError: z.string().nullable(), startedAttempts: z.number().int(),
  createdAt: z.string(), updatedAt: z.string(), doneAt: z.string().nullable(),
});
const Counts = z.object({ pending: z.number().int(), running: z.number().int(), done: z.number().int(), dead: z.number().int() });

export function jobsRoutes(ctx: ServiceContext): RouteDef[] {
  return [
    route({
      method: 'GET', url: '/api/v1/jobs', tag: 'jobs', auth: 'token',
      summary: 'Background jobs (notifications, tracker calls), newest first, with counts per state; dead ones carry their last error',
      query: z.strictObject({
        state: State.optional(), kind: z.string().min(1).max(80).optional(),
        before: z.coerce.number().int().positive().optional(), limit: z.coerce.number().int().min(1).max(500).optional(),
      }),
      response: z.object({ items: z.array(JobResponse), counts: Counts, nextBefore: z.number().int().nullable() }),
      handler: async ({ query, actor }) => listJobs(ctx, actor, query),
    }),
    route({
      method: 'POST', url: '/api/v1/jobs/:id/retry', tag: 'jobs', auth: 'token',
      summary: 'Run a dead (or waiting) job again now, with fresh attempts',
      params: z.strictObject({ id: z.coerce.number().int().positive() }), response: JobResponse,
      handler: async ({ params, actor }) => retryJob(ctx, actor, params.id),
    }),
  ];
}
