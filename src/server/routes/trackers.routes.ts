/** HTTP routes for tracker issues: track an action item, its links, the trackers' state, the Jira webhook. */
import { z } from 'zod';
import { TRACKER_NAMES } from '../../domain/trackers/config.ts';
import { TrackerLinkViewSchema, TrackResultSchema } from '../../domain/trackers/track.view.ts';
import { TrackerListSchema } from '../../domain/trackers/tracker.view.ts';
import type { ServiceContext } from '../../services/context.ts';
import { jiraIssueEvidence, verifyJiraWebhook } from '../../services/trackers/evidence.service.ts';
import { itemTrackerLinks, trackActionItem, trackerStates } from '../../services/trackers/tracker.service.ts';
import { AppError } from '../../domain/errors.ts';
import { route, type RouteDef } from '../route.ts';

const Key = z.strictObject({ id: z.string().min(1).max(120), key: z.string().regex(/^A\d+$/, 'an action-item key such as A1') });
/** `INC-…:A1` or `INC-…/A1` (URL-encoded) as one path segment. */
const ItemRef = z.strictObject({ id: z.string().regex(/^.{1,120}[:/]A\d+$/, 'an action item as <post-mortem>:A<n>') });
const TrackBody = z.strictObject({ tracker: z.enum(TRACKER_NAMES).optional() }).optional();
const Evidence = z.object({ matched: z.boolean(), changed: z.boolean(), item: z.object({ postmortemId: z.string(), key: z.string(), status: z.string() }).nullable() });

function splitRef(id: string): { id: string; key: string } {
  const m = /^(.+)[:/](A\d+)$/.exec(id)!;
  return { id: m[1]!, key: m[2]! };
}

export function trackerRoutes(ctx: ServiceContext): RouteDef[] {
  const track = route({
    method: 'POST', url: '/api/v1/postmortems/:id/action-items/:key/track', tag: 'action items', auth: 'token', role: 'responder', status: 202,
    summary: 'Create the action item\'s issue in a tracker (GitHub or Jira; default from trackers.default), once: queued as a job; answers the link when it exists',
    params: Key, body: TrackBody, response: TrackResultSchema,
    handler: async ({ params, body, actor }) => trackActionItem(ctx, actor, params.id, params.key, body?.tracker),
  });
  return [
    track,
    route({
      method: 'POST', url: '/api/v1/action-items/:id/track', tag: 'action items', auth: 'token', role: 'responder', status: 202,
      summary: 'Same as POST /api/v1/postmortems/:id/action-items/:key/track, the item named INC-…:A1',
      params: ItemRef, body: TrackBody, response: TrackResultSchema,
      handler: async ({ params, body, actor }) => {
        const r = splitRef(params.id);
        return trackActionItem(ctx, actor, r.id, r.key, body?.tracker);
      },
    }),
    route({
      method: 'GET', url: '/api/v1/postmortems/:id/action-items/:key/trackers', tag: 'action items', auth: 'token',
      summary: 'The tracker issues of an action item and their last known state',
      params: Key, response: z.object({ items: z.array(TrackerLinkViewSchema) }),
      handler: async ({ params, actor }) => ({ items: await itemTrackerLinks(ctx, actor, params.id, params.key) }),
    }),
    route({
      method: 'GET', url: '/api/v1/trackers', tag: 'trackers', auth: 'token',
      summary: 'Which trackers can create issues and where (admin; tokens are never shown)',
      response: TrackerListSchema,
      handler: async ({ actor }) => trackerStates(ctx, actor),
    }),
    route({
      method: 'POST', url: '/api/v1/ingest/jira', tag: 'ingest', auth: 'webhook',
      summary: 'Jira issue webhook (X-Hub-Signature HMAC with trackers.jira.webhookSecret, or Bearer <secret>): a tracked issue moved to a "done" status closes its action item\'s fix-deployed step; moved back reopens it',
      response: Evidence,
      handler: async ({ req, body }) => {
        verifyJiraWebhook(ctx, req.headers, req.rawBytes ?? Buffer.from(req.rawBody ?? '', 'utf8'));
        if (req.rawBody === undefined) throw new AppError('unsupported_media_type', 'send the Jira webhook payload as application/json');
        return jiraIssueEvidence(ctx, body);
      },
    }),
  ];
}
