/** HTTP routes between an incident and its post-mortem: whether it has one, and refreshing the post-mortem's timeline from the incident. */
import { z } from 'zod';
import { incidentPostmortem } from '../../services/postmortem/incident-postmortem.service.ts';
import { refreshPostmortemTimeline } from '../../services/postmortem/timeline-refresh.service.ts';
import type { ServiceContext } from '../../services/context.ts';
import { expectedVersion } from '../../services/versioning.ts';
import { IncidentPostmortemLinkSchema, RefreshedPostmortemSchema } from '../../domain/postmortem/postmortem.view.ts';
import { ifMatch, route, type RouteDef } from '../route.ts';

const Id = z.strictObject({ id: z.string().min(1).max(100) });
const RefreshBody = z.strictObject({ version: z.number().int().positive().optional() });

/** Post-mortem timeline routes under /api/v1. */
export function postmortemTimelineRoutes(ctx: ServiceContext): RouteDef[] {
  return [
    route({
      method: 'GET', url: '/api/v1/incidents/:id/postmortem', tag: 'postmortems', auth: 'token',
      summary: "The incident's post-mortem ({ id, title, status, version }) or null when none was started: 200 either way (viewer)",
      params: Id,
      response: IncidentPostmortemLinkSchema,
      handler: async ({ params, actor }) => incidentPostmortem(ctx, actor, params.id),
    }),
    route({
      method: 'POST', url: '/api/v1/postmortems/:id/timeline/refresh', tag: 'postmortems', auth: 'token', role: 'responder',
      summary: "Add the incident's events (status changes, alerts, deploys…) that the post-mortem's timeline does not hold yet; the author's entries are kept",
      params: Id, body: RefreshBody, response: RefreshedPostmortemSchema,
      handler: async ({ params, body, actor, req, reply }) => {
        const pm = await refreshPostmortemTimeline(ctx, actor, params.id, expectedVersion(body.version, ifMatch(req.headers['if-match'])));
        reply.header('etag', `"${pm.version}"`);
        return pm;
      },
    }),
  ];
}
