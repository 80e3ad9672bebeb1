/** HTTP routes for learning across incidents: search, similar incidents, reports, history import. */
import { z } from 'zod';
import type { ServiceContext } from '../../services/context.ts';
import { searchIncidents, searchQuerySchema } from '../../services/learning/search.service.ts';
import { similarIncidents } from '../../services/learning/similar.service.ts';
import { route, type RouteDef } from '../route.ts';

const searchResponse = z.object({
  results: z.array(z.object({
    incidentId: z.string(), postmortemId: z.string().nullable(), title: z.string(), score: z.number(), snippet: z.string(), matchedIn: z.array(z.string()),
  })),
  query: z.object({ words: z.array(z.string()), searched: z.array(z.array(z.string())), mode: z.enum(['all', 'any']) }),
});

const similarResponse = z.object({
  similar: z.array(z.object({
    incidentId: z.string(), title: z.string(), startedAt: z.string().nullable(), score: z.number(), reasons: z.array(z.string()),
    sharedTerms: z.array(z.string()), repeat: z.boolean(),
  })),
});

/** Learning routes under /api/v1. */
export function learningRoutes(ctx: ServiceContext): RouteDef[] {
  return [
    route({
      method: 'GET', url: '/api/v1/search', tag: 'learning', auth: 'token',
      summary: 'Full-text search across incidents, post-mortems, action items and timelines (stemmed, typo-tolerant), best first',
      query: searchQuerySchema, response: searchResponse,
      handler: async ({ actor, query }) => searchIncidents(ctx, actor, query),
    }),
    route({
      method: 'GET', url: '/api/v1/incidents/:id/similar', tag: 'learning', auth: 'token',
      summary: 'Past incidents most like this one, each with its score and the reasons',
      params: z.object({ id: z.string().min(1).max(200) }),
      query: z.object({ limit: z.coerce.number().int().min(1).max(50).default(10), earlier: z.enum(['true', 'false']).optional() }),
      response: similarResponse,
      handler: async ({ actor, params, query }) => similarIncidents(ctx, actor, params.id, { limit: query.limit, onlyEarlier: query.earlier === 'true' }),
    }),
  ];
}
