/** HTTP routes for review, comments, publishing and the meeting. */
import { z } from 'zod';
import type { ServiceContext } from '../../services/context.ts';
import { getMeeting, meetingIcs, meetingMarkdown, updateMeeting } from '../../services/postmortem/meeting.service.ts';
import { getPublication, publish, publishPreview } from '../../services/postmortem/publish.service.ts';
import { addComment, comments, review } from '../../services/postmortem/review.service.ts';
import { expectedVersion } from '../../services/versioning.ts';
import { PostmortemViewSchema } from '../../domain/postmortem/postmortem.view.ts';
import {
  CommentViewSchema, MeetingViewSchema, PublicationViewSchema, PublishPreviewSchema, PublishResultSchema,
} from '../../domain/postmortem/review.view.ts';
import { ifMatch, route, type RouteDef } from '../route.ts';

const Id = z.strictObject({ id: z.string().min(1).max(120) });
const Audience = z.enum(['internal', 'external']);

export const ReviewSchema = z.strictObject({
  action: z.enum(['request', 'approve', 'request_changes']),
  role: z.string().min(1).max(80).optional(),
  comment: z.string().max(10_000).optional(),
  reviewers: z.array(z.strictObject({ role: z.string().min(1).max(80), user: z.string().min(1).max(200).nullable() })).max(20).optional(),
  version: z.number().int().positive().optional(),
});
export const MeetingSchema = z.strictObject({
  scheduledAt: z.iso.datetime({ offset: true }).nullable().optional(),
  durationMinutes: z.number().int().min(15).max(240).optional(),
  location: z.string().max(500).nullable().optional(),
  notes: z.string().max(100_000).optional(),
  attendance: z.array(z.string().min(1).max(200)).max(200).optional(),
  participants: z.array(z.strictObject({ name: z.string().min(1).max(200), role: z.string().min(1).max(80), email: z.email().max(320).nullable().optional() })).max(200).optional(),
  version: z.number().int().min(0).optional(),
});

const Choice = z.string().trim().min(1).max(200);
const PreviewQuery = z.strictObject({
  audience: Audience.default('internal'),
  keep: z.union([Choice, z.array(Choice).max(200)]).optional(),
  add: z.union([Choice, z.array(Choice).max(200)]).optional(),
  /** Preview as if the caller records the legal sign-off with the publication. */
  legalReviewed: z.enum(['true', 'false']).optional(),
});
const list = (v: string | string[] | undefined): string[] => (v === undefined ? [] : Array.isArray(v) ? v : [v]);
export const PublishSchema = z.strictObject({
  audience: Audience,
  /** Records the caller's legal sign-off of this version together with the publication (nothing is recorded when it is refused). */
  legalReviewed: z.boolean().optional(),
  /** The publisher's decisions: texts to keep although proposed for removal, texts to remove as well. */
  redaction: z.strictObject({ keep: z.array(Choice).max(200).optional(), add: z.array(Choice).max(200).optional() }).optional(),
  version: z.number().int().positive().optional(),
});
/** Review, publishing and meeting routes under /api/v1. */
export function reviewRoutes(ctx: ServiceContext): RouteDef[] {
  return [
    route({
      method: 'POST', url: '/api/v1/postmortems/:id/review', tag: 'review', auth: 'token', role: 'reviewer',
      summary: 'Request review (owner), or approve / request changes (reviewer); status follows', params: Id, body: ReviewSchema, response: PostmortemViewSchema,
      handler: async ({ params, body, actor, req }) => {
        const { version, ...rest } = body;
        return review(ctx, actor, params.id, rest, expectedVersion(version, ifMatch(req.headers['if-match'])));
      },
    }),
    route({
      method: 'GET', url: '/api/v1/postmortems/:id/comments', tag: 'review', auth: 'token', summary: 'Comments, anchored to sections', params: Id, response: z.strictObject({ items: z.array(CommentViewSchema) }),
      handler: async ({ params, actor }) => ({ items: await comments(ctx, actor, params.id) }),
    }),
    route({
      method: 'POST', url: '/api/v1/postmortems/:id/comments', tag: 'review', auth: 'token', role: 'reviewer', status: 201, summary: 'Comment on a section', params: Id,
      body: z.strictObject({ section: z.string().min(1).max(80), body: z.string().trim().min(1).max(10_000) }), response: CommentViewSchema,
      handler: async ({ params, body, actor }) => addComment(ctx, actor, params.id, body),
    }),
    route({
      method: 'GET', url: '/api/v1/postmortems/:id/publish-preview', tag: 'review', auth: 'token',
      summary: 'What publishing would do: blockers, and every removal of an external publication with its reason and section (keep=… / add=… try the publisher\'s choices)',
      params: Id, query: PreviewQuery, response: PublishPreviewSchema,
      handler: async ({ params, query, actor }) =>
        publishPreview(ctx, actor, params.id, query.audience, { keep: list(query.keep), add: list(query.add) }, query.legalReviewed === 'true'),
    }),
    route({
      method: 'POST', url: '/api/v1/postmortems/:id/publish', tag: 'review', auth: 'token', role: 'responder', status: 201,
      summary: 'Publish an approved post-mortem: once internally and once externally per approval; refused with reasons while errors, sign-offs or the legal review remain',
      params: Id, body: PublishSchema, response: PublishResultSchema,
      handler: async ({ params, body, actor, req }) =>
        publish(ctx, actor, params.id, { audience: body.audience, legalReviewed: body.legalReviewed, redaction: body.redaction }, expectedVersion(body.version, ifMatch(req.headers['if-match']))),
    }),
    route({
      method: 'GET', url: '/api/v1/postmortems/:id/published/:number', tag: 'review', auth: 'token',
      summary: 'A published version (immutable); removals are listed by reason, section and replacement, never with the removed text',
      params: z.strictObject({ id: z.string().min(1).max(120), number: z.coerce.number().int().positive() }), response: PublicationViewSchema,
      handler: async ({ params, actor }) => getPublication(ctx, actor, params.id, params.number),
    }),
    route({
      method: 'GET', url: '/api/v1/postmortems/:id/meeting', tag: 'meeting', auth: 'token',
      summary: 'Meeting agenda with time boxes, pre-read, participants, notes', params: Id, response: MeetingViewSchema,
      handler: async ({ params, actor }) => getMeeting(ctx, actor, params.id),
    }),
    route({
      method: 'PUT', url: '/api/v1/postmortems/:id/meeting', tag: 'meeting', auth: 'token', role: 'responder',
      summary: 'Schedule the meeting, record notes and attendance (version 0 before the first save)', params: Id, body: MeetingSchema, response: MeetingViewSchema,
      handler: async ({ params, body, actor }) => {
        const { version, ...rest } = body;
        return updateMeeting(ctx, actor, params.id, rest, version ?? 0);
      },
    }),
    route({
      method: 'GET', url: '/api/v1/postmortems/:id/meeting.md', tag: 'meeting', auth: 'token', summary: 'The agenda as Markdown', params: Id,
      handler: async ({ params, actor, reply }) => {
        reply.type('text/markdown; charset=utf-8');
        return meetingMarkdown(await getMeeting(ctx, actor, params.id));
      },
    }),
    route({
      method: 'GET', url: '/api/v1/postmortems/:id/meeting.ics', tag: 'meeting', auth: 'token', summary: 'The meeting as an iCalendar invite', params: Id,
      handler: async ({ params, actor, reply }) => {
        const ics = meetingIcs(await getMeeting(ctx, actor, params.id), ctx.now(), ctx.config.postmortem.meetingOrganizer);
        reply.type('text/calendar; charset=utf-8').header('content-disposition', `attachment; filename="${params.id}-meeting.ics"`);
        return ics;
      },
    }),
  ];
}
