/** HTTP routes for post-mortems: draft, read, edit, Markdown, history, import, lint. */
import { z } from 'zod';
import { AppError } from '../../domain/errors.ts';
import type { ServiceContext } from '../../services/context.ts';
import { createDraft } from '../../services/postmortem/draft.service.ts';
import { importPostmortem } from '../../services/postmortem/import.service.ts';
import { exportMarkdown, markdownVersion, replaceFromMarkdown } from '../../services/postmortem/markdown.service.ts';
import { checkMarkdownSize, lintMarkdown } from '../../services/postmortem/postmortem-doc.ts';
import {
  getPostmortem, listPostmortemSummaries, postmortemRevisions, updatePostmortem, viewPostmortem,
} from '../../services/postmortem/postmortem.service.ts';
import { expectedVersion } from '../../services/versioning.ts';
import { requireRole } from '../../services/access.ts';
import { RevisionListSchema } from '../../domain/incident/incident.view.ts';
import {
  ImportResultSchema, LintResultSchema, MarkdownReplaceResultSchema, PostmortemListSchema, PostmortemViewSchema,
} from '../../domain/postmortem/postmortem.view.ts';
import { ifMatch, route, type RouteDef } from '../route.ts';

const Id = z.strictObject({ id: z.string().min(1).max(120) });
const MAX_MD = 2_000_000;

export const CreateDraftSchema = z.strictObject({ template: z.string().min(1).max(60).optional(), owner: z.string().trim().min(1).max(200).optional() });
export const PatchPostmortemSchema = z.strictObject({
  title: z.string().trim().min(1).max(300).optional(),
  owner: z.string().trim().min(1).max(200).nullable().optional(),
  facilitator: z.string().trim().min(1).max(200).nullable().optional(),
  sections: z.record(z.string().min(1).max(80), z.string().max(200_000)).optional(),
  version: z.number().int().positive().optional(),
});
const LintSchema = z.union([
  z.string().max(MAX_MD),
  z.strictObject({ markdown: z.string().max(MAX_MD), template: z.string().max(60).optional() }),
]);

/** Post-mortem routes under /api/v1. */
export function postmortemRoutes(ctx: ServiceContext): RouteDef[] {
  return [
    route({
      method: 'POST', url: '/api/v1/incidents/:id/postmortem', tag: 'postmortems', auth: 'token', role: 'responder', status: 201,
      summary: 'Start the post-mortem of an incident from a template (drafts also appear when an incident resolves)',
      params: Id, body: CreateDraftSchema, response: PostmortemViewSchema,
      handler: async ({ params, body, actor }) => viewPostmortem(ctx, await createDraft(ctx, actor, params.id, body)),
    }),
    route({
      method: 'GET', url: '/api/v1/postmortems', tag: 'postmortems', auth: 'token', summary: 'List post-mortems, newest first (status, owner=me; cursor pagination)',
      query: z.strictObject({
        status: z.string().max(100).optional(), owner: z.string().max(200).optional(), limit: z.coerce.number().int().min(1).max(500).default(100),
        cursor: z.string().max(1000).optional(),
      }),
      response: PostmortemListSchema,
      handler: async ({ query, actor }) => listPostmortemSummaries(ctx, actor, query),
    }),
    route({
      method: 'POST', url: '/api/v1/postmortems/import', tag: 'postmortems', auth: 'token', role: 'editor', status: 201,
      summary: 'Import a post-mortem written in Markdown (any shape): declares its incident when needed',
      consumes: ['text/markdown', 'text/plain'], body: z.string().min(1).max(MAX_MD),
      query: z.strictObject({ file: z.string().max(300).optional(), force: z.enum(['true', 'false']).optional() }), response: ImportResultSchema,
      handler: async ({ body, query, actor }) => importPostmortem(ctx, actor, body, query.file, query.force === 'true'),
    }),
    route({
      method: 'GET', url: '/api/v1/postmortems/:id', tag: 'postmortems', auth: 'token', produces: 'application/json',
      summary: 'A post-mortem with sections, action items, reviewers, quality findings and score; `/:id.md` gives its Markdown',
      params: Id, response: PostmortemViewSchema,
      handler: async ({ params, actor, reply }) => {
        if (params.id.endsWith('.md')) {
          const md = await exportMarkdown(ctx, actor, params.id.slice(0, -3));
          reply.header('etag', `"${md.version}"`).type('text/markdown; charset=utf-8');
          return md.markdown;
        }
        const pm = await getPostmortem(ctx, actor, params.id);
        reply.header('etag', `"${pm.version}"`);
        return pm;
      },
    }),
    route({
      method: 'PUT', url: '/api/v1/postmortems/:id', tag: 'postmortems', auth: 'token', role: 'responder',
      summary: 'Replace a post-mortem from Markdown (`/:id.md`); the version comes from If-Match or front-matter `revision` (stale → 409)',
      params: Id, consumes: ['text/markdown', 'text/plain'], body: z.string().min(1).max(MAX_MD), response: MarkdownReplaceResultSchema,
      handler: async ({ params, body, actor, req }) => {
        if (!params.id.endsWith('.md')) throw new AppError('method_not_allowed', 'PUT takes Markdown at /api/v1/postmortems/:id.md; use PATCH for JSON edits');
        const header = ifMatch(req.headers['if-match']);
        const version = markdownVersion(body, header ? expectedVersion(undefined, header) : undefined);
        return replaceFromMarkdown(ctx, actor, params.id.slice(0, -3), body, expectedVersion(version, undefined));
      },
    }),
    route({
      method: 'PATCH', url: '/api/v1/postmortems/:id', tag: 'postmortems', auth: 'token', role: 'responder',
      summary: 'Edit title, owner, facilitator or section bodies (Markdown); carries its version (stale → 409 with the other version)',
      params: Id, body: PatchPostmortemSchema, response: PostmortemViewSchema,
      handler: async ({ params, body, actor, req, reply }) => {
        const { version, ...rest } = body;
        const pm = await updatePostmortem(ctx, actor, params.id, rest, expectedVersion(version, ifMatch(req.headers['if-match'])));
        reply.header('etag', `"${pm.version}"`);
        return pm;
      },
    }),
    route({
      method: 'GET', url: '/api/v1/postmortems/:id/revisions', tag: 'postmortems', auth: 'token',
      summary: 'Revision history: who, when and the changed fields (section texts before and after)', params: Id, response: RevisionListSchema,
      handler: async ({ params, actor }) => ({ items: await postmortemRevisions(ctx, actor, params.id) }),
    }),
    route({
      method: 'POST', url: '/api/v1/lint', tag: 'quality', auth: 'token',
      summary: 'Lint a Markdown post-mortem without saving it: findings and score', consumes: ['application/json', 'text/markdown', 'text/plain'],
      body: LintSchema, response: LintResultSchema,
      handler: async ({ body, actor }) => {
        requireRole(actor, 'viewer', 'linting');
        const text = typeof body === 'string' ? body : body.markdown;
        checkMarkdownSize(ctx, text);
        return typeof body === 'string' ? lintMarkdown(ctx, body) : lintMarkdown(ctx, body.markdown, body.template);
      },
    }),
  ];
}
