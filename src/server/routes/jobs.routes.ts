/** HTTP routes for background jobs: what is pending, done, failing and why; retry a dead one. */
import { z } from 'zod';
import { JobListSchema, JobStateSchema, JobViewSchema } from '../../domain/jobs/job.view.ts';
import type { ServiceContext } from '../../services/context.ts';
import { listJobs, retryJob } from '../../services/jobs/job.service.ts';
import { route, type RouteDef } from '../route.ts';


export function jobsRoutes(ctx: ServiceContext): RouteDef[] {
  return [
    route({
      method: 'GET', url: '/api/v1/jobs', tag: 'jobs', auth: 'token',
      summary: 'Background jobs (notifications, tracker calls), newest first, with counts per state; dead ones carry their last error',
      query: z.strictObject({
        state: JobStateSchema.optional(), kind: z.string().min(1).max(80).optional(),
        before: z.coerce.number().int().positive().optional(), limit: z.coerce.number().int().min(1).max(500).optional(),
      }),
      response: JobListSchema,
      handler: async ({ query, actor }) => listJobs(ctx, actor, query),
    }),
    route({
      method: 'POST', url: '/api/v1/jobs/:id/retry', tag: 'jobs', auth: 'token', role: 'admin',
      summary: 'Run a dead (or waiting) job again now, with fresh attempts',
      params: z.strictObject({ id: z.coerce.number().int().positive() }), response: JobViewSchema,
      handler: async ({ params, actor }) => retryJob(ctx, actor, params.id),
    }),
  ];
}
