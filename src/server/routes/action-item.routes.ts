/** HTTP routes for action items and the weekly review. */
import { WebUrl } from '../../domain/validation.ts';
import { z } from 'zod';
import { ACTION_CATEGORIES, ACTION_STATUSES } from '../../domain/lifecycle/action-item.ts';
import { CreateActionItemSchema } from '../../domain/lifecycle/action-item.schema.ts';
import type { ServiceContext } from '../../services/context.ts';
import { actionFollowUps, actionItemRevisions, createActionItem, listAllActionItems, updateActionItem, weeklyActionReview } from '../../services/postmortem/action-item.service.ts';
import { expectedVersion } from '../../services/versioning.ts';
import { RevisionListSchema } from '../../domain/incident/incident.view.ts';
import { ActionItemListSchema, FollowUpListSchema, WeeklyReviewSchema } from '../../domain/lifecycle/action-item.view.ts';
import { ActionItemViewSchema } from '../../domain/postmortem/postmortem.view.ts';
import { ifMatch, route, type RouteDef } from '../route.ts';

const day = z.iso.date();
const name = z.string().trim().min(1).max(200);
const Checklist = z.strictObject({
  fixDeployed: z.boolean().optional(), docsUpdated: z.boolean().optional(), teamNotified: z.boolean().optional(), effectivenessVerified: z.boolean().optional(),
  fixDeployedNotApplicable: z.boolean().optional(), docsUpdatedNotApplicable: z.boolean().optional(),
  teamNotifiedNotApplicable: z.boolean().optional(), effectivenessVerifiedNotApplicable: z.boolean().optional(),
});
// The body of an added action item is the domain's schema (the web app's form validates with it too).
export { CreateActionItemSchema };
export const PatchActionItemSchema = z.strictObject({
  title: z.string().trim().min(3).max(500).optional(), category: z.enum(ACTION_CATEGORIES).optional(), status: z.enum(ACTION_STATUSES).optional(),
  wontDoReason: z.string().max(2000).optional(), checklist: Checklist.optional(), owner: name.nullable().optional(), team: name.nullable().optional(),
  priority: z.string().min(1).max(10).optional(), dueDate: day.optional(), dueReason: z.string().max(1000).optional(),
  trackerUrl: WebUrl.nullable().optional(), version: z.number().int().positive().optional(),
});
const Key = z.strictObject({ id: z.string().min(1).max(120), key: z.string().regex(/^A\d+$/, 'an action-item key such as A1') });

/** Action-item routes under /api/v1. */
export function actionItemRoutes(ctx: ServiceContext): RouteDef[] {
  return [
    route({
      method: 'GET', url: '/api/v1/action-items', tag: 'action items', auth: 'token',
      summary: 'Action items across post-mortems, soonest due first: owner (me), status, priority, team, overdue; cursor pagination',
      query: z.strictObject({
        owner: z.string().max(200).optional(), status: z.string().max(100).optional(), priority: z.string().max(50).optional(),
        team: z.string().max(200).optional(), overdue: z.enum(['true', 'false']).optional(), limit: z.coerce.number().int().min(1).max(1000).default(200),
        cursor: z.string().max(1000).optional(),
      }),
      response: ActionItemListSchema,
      handler: async ({ query, actor }) => listAllActionItems(ctx, actor, { ...query, overdue: query.overdue === 'true' }),
    }),
    route({
      method: 'GET', url: '/api/v1/action-items/follow-up', tag: 'action items', auth: 'token',
      summary: 'Open items needing attention: due soon (remind the owner), overdue, escalated to the post-mortem owner after 7 days and leadership after 14; no owner; no due date',
      response: FollowUpListSchema,
      handler: async ({ actor }) => ({ items: await actionFollowUps(ctx, actor) }),
    }),
    route({
      method: 'POST', url: '/api/v1/postmortems/:id/action-items', tag: 'action items', auth: 'token', role: 'responder', status: 201,
      summary: 'Add an action item (key A1, A2…; due date from its priority, overridable with a reason)',
      params: z.strictObject({ id: z.string().min(1).max(120) }), body: CreateActionItemSchema, response: ActionItemViewSchema,
      handler: async ({ params, body, actor }) => createActionItem(ctx, actor, params.id, body),
    }),
    route({
      method: 'PATCH', url: '/api/v1/postmortems/:id/action-items/:key', tag: 'action items', auth: 'token', role: 'responder',
      summary: 'Update an action item: status (done needs the closure checklist), checklist, owner, due date with a reason',
      params: Key, body: PatchActionItemSchema, response: ActionItemViewSchema,
      handler: async ({ params, body, actor, req }) => {
        const { version, ...rest } = body;
        return updateActionItem(ctx, actor, params.id, params.key, rest, expectedVersion(version, ifMatch(req.headers['if-match'])));
      },
    }),
    route({
      method: 'GET', url: '/api/v1/postmortems/:id/action-items/:key/revisions', tag: 'action items', auth: 'token',
      summary: "An action item's history, oldest first: who changed what and when (tracker closures carry their evidence link)",
      params: Key,
      response: RevisionListSchema,
      handler: async ({ params, actor }) => ({ items: await actionItemRevisions(ctx, actor, params.id, params.key) }),
    }),
    route({
      method: 'GET', url: '/api/v1/reviews/weekly', tag: 'action items', auth: 'token',
      summary: "The weekly action-item review in seed 000's format (JSON with a markdown field; `format=md` for Markdown)",
      query: z.strictObject({ date: day.optional(), format: z.enum(['json', 'md']).default('json') }), response: WeeklyReviewSchema,
      handler: async ({ query, actor, reply }) => {
        const r = await weeklyActionReview(ctx, actor, query.date);
        if (query.format === 'md') { reply.type('text/markdown; charset=utf-8'); return r.markdown; }
        return r;
      },
    }),
  ];
}
