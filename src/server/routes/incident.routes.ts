/** HTTP routes for incidents and their timeline: validate, call a service, answer. */
import { z } from 'zod';
import {
  AddEventSchema, ChangeStatusSchema, DeclareIncidentSchema, EditEventSchema, ListIncidentsQuerySchema, UpdateIncidentSchema,
} from '../../domain/incident/incident.schema.ts';
import { IncidentListPageSchema } from '../../domain/incident/incident-list.view.ts';
import {
  changeIncidentStatus, declareIncident, getIncident, incidentRevisions, listIncidentsPage, updateIncident,
} from '../../services/incident.service.ts';
import { addEvent, deleteEvent, deleteEvents, editEvent, listIncidentEvents, setEventExcluded } from '../../services/timeline.service.ts';
import type { ServiceContext } from '../../services/context.ts';
import { expectedVersion } from '../../services/versioning.ts';
import { DeletedEventSchema, DeletedEventsSchema, EventViewSchema, IncidentViewSchema, RevisionListSchema } from '../../domain/incident/incident.view.ts';
import { ifMatch, route, type RouteDef } from '../route.ts';

export const IncidentParams = z.strictObject({ id: z.string().min(1).max(100) });
const EventParams = z.strictObject({ id: z.string().min(1).max(100), eventId: z.string().min(1).max(100) });
const ExcludeEventSchema = z.strictObject({ excluded: z.boolean(), version: z.number().int().positive().optional() });
const DeleteEventsSchema = z.strictObject({ ids: z.array(z.string().min(1).max(100)).min(1).max(20_000) });
const optionalVersion = (h: string | undefined): number | undefined => (h === undefined || h.trim() === '' ? undefined : expectedVersion(undefined, h));


/** Incident routes under /api/v1. */
export function incidentRoutes(ctx: ServiceContext): RouteDef[] {
  return [
    route({
      method: 'POST', url: '/api/v1/incidents', tag: 'incidents', auth: 'token', role: 'responder', status: 201,
      summary: 'Declare an incident (responder)', body: DeclareIncidentSchema, response: IncidentViewSchema,
      handler: async ({ body, actor, reply }) => {
        const incident = await declareIncident(ctx, actor, body);
        reply.header('location', `/api/v1/incidents/${incident.id}`).header('etag', `"${incident.version}"`);
        return incident;
      },
    }),
    route({
      method: 'GET', url: '/api/v1/incidents', tag: 'incidents', auth: 'token',
      summary: 'List incidents, newest first (filters: status, severity, service, type, q, from, to; cursor pagination)',
      query: ListIncidentsQuerySchema, response: IncidentListPageSchema,
      responseDescription: 'A page of the list view: per incident what a list shows and a compact verdict (level, required, next deadline); the full policy is on GET /api/v1/incidents/:id',
      handler: async ({ query, actor }) => listIncidentsPage(ctx, actor, query),
    }),
    route({
      method: 'GET', url: '/api/v1/incidents/:id', tag: 'incidents', auth: 'token',
      summary: 'Get an incident with its policy verdict, deadlines and numbers', params: IncidentParams, response: IncidentViewSchema,
      handler: async ({ params, actor, reply }) => {
        const incident = await getIncident(ctx, actor, params.id);
        reply.header('etag', `"${incident.version}"`);
        return incident;
      },
    }),
    route({
      method: 'PATCH', url: '/api/v1/incidents/:id', tag: 'incidents', auth: 'token', role: 'responder',
      summary: 'Update an incident; carries its version in the body or If-Match (stale → 409)',
      params: IncidentParams, body: UpdateIncidentSchema, response: IncidentViewSchema,
      handler: async ({ params, body, actor, req, reply }) => {
        const incident = await updateIncident(ctx, actor, params.id, body, expectedVersion(body.version, ifMatch(req.headers['if-match'])));
        reply.header('etag', `"${incident.version}"`);
        return incident;
      },
    }),
    route({
      method: 'POST', url: '/api/v1/incidents/:id/status', tag: 'incidents', auth: 'token', role: 'responder',
      summary: 'Change status (declared → investigating → mitigated → resolved → closed), recording the key time',
      params: IncidentParams, body: ChangeStatusSchema, response: IncidentViewSchema,
      handler: async ({ params, body, actor, req, reply }) => {
        const incident = await changeIncidentStatus(ctx, actor, params.id, body, expectedVersion(body.version, ifMatch(req.headers['if-match'])));
        reply.header('etag', `"${incident.version}"`);
        return incident;
      },
    }),
    route({
      method: 'GET', url: '/api/v1/incidents/:id/revisions', tag: 'incidents', auth: 'token',
      summary: 'Revision history of an incident (who, when, what)', params: IncidentParams, response: RevisionListSchema,
      handler: async ({ params, actor }) => ({ items: await incidentRevisions(ctx, actor, params.id) }),
    }),
    route({
      method: 'GET', url: '/api/v1/incidents/:id/events', tag: 'timeline', auth: 'token',
      summary: 'List the timeline events of an incident', params: IncidentParams, response: z.strictObject({ items: z.array(EventViewSchema) }),
      handler: async ({ params, actor }) => ({ items: await listIncidentEvents(ctx, actor, params.id) }),
    }),
    route({
      method: 'POST', url: '/api/v1/incidents/:id/events', tag: 'timeline', auth: 'token', role: 'responder', status: 201,
      summary: 'Add a timeline event (responder)', params: IncidentParams, body: AddEventSchema, response: EventViewSchema,
      handler: async ({ params, body, actor }) => addEvent(ctx, actor, params.id, body),
    }),
    route({
      method: 'PATCH', url: '/api/v1/incidents/:id/events/:eventId', tag: 'timeline', auth: 'token', role: 'responder',
      summary: 'Edit a timeline event; carries its version (stale → 409)', params: EventParams, body: EditEventSchema, response: EventViewSchema,
      handler: async ({ params, body, actor, req }) =>
        editEvent(ctx, actor, params.id, params.eventId, body, expectedVersion(body.version, ifMatch(req.headers['if-match']))),
    }),
    route({
      method: 'POST', url: '/api/v1/incidents/:id/events/:eventId/exclude', tag: 'timeline', auth: 'token', role: 'responder',
      summary: 'Exclude an event (kept and listed, left out of gaps, numbers, the policy and the chart) or include it again; a revision records it (responder)',
      params: EventParams, body: ExcludeEventSchema, response: EventViewSchema,
      handler: async ({ params, body, actor }) => setEventExcluded(ctx, actor, params.id, params.eventId, body.excluded, body.version),
    }),
    route({
      method: 'DELETE', url: '/api/v1/incidents/:id/events/:eventId', tag: 'timeline', auth: 'token', role: 'responder',
      summary: 'Delete an event (responder): it leaves the timeline, a revision records what it was, a re-import does not bring it back; If-Match optional (stale → 409)',
      params: EventParams, response: DeletedEventSchema,
      handler: async ({ params, actor, req }) => deleteEvent(ctx, actor, params.id, params.eventId, optionalVersion(ifMatch(req.headers['if-match']))),
    }),
    route({
      method: 'POST', url: '/api/v1/incidents/:id/events/delete', tag: 'timeline', auth: 'token', role: 'responder',
      summary: 'Delete several events at once (the outliers an import flagged), a revision each, in one transaction (responder)',
      params: IncidentParams, body: DeleteEventsSchema, response: DeletedEventsSchema,
      handler: async ({ params, body, actor }) => deleteEvents(ctx, actor, params.id, body.ids),
    }),
  ];
}
