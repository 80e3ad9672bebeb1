/** HTTP routes for API tokens (admin). */
import { z } from 'zod';
import { ROLES } from '../../domain/access/roles.ts';
import type { ServiceContext } from '../../services/context.ts';
import { createToken, listApiTokens, revokeApiToken } from '../../services/token.service.ts';
import { CallerViewSchema, CreatedTokenViewSchema, TokenViewSchema } from '../../domain/access/user.view.ts';
import { route, type RouteDef } from '../route.ts';

export const CreateTokenSchema = z.strictObject({
  name: z.string().trim().min(1).max(100),
  role: z.enum(ROLES),
  /** Optional expiry (ISO 8601 with offset): the token is refused from then on. */
  expiresAt: z.iso.datetime({ offset: true }).optional(),
  /** Optional: the user (id or username) the token acts for; it is refused while that user is deactivated. */
  user: z.string().trim().min(1).max(64).optional(),
});

/** Token routes under /api/v1. */
export function tokenRoutes(ctx: ServiceContext): RouteDef[] {
  return [
    route({
      method: 'POST', url: '/api/v1/tokens', tag: 'access', auth: 'token', role: 'admin', status: 201,
      summary: 'Create an API token (admin); the secret is in this answer only', body: CreateTokenSchema, response: CreatedTokenViewSchema,
      handler: async ({ body, actor }) => createToken(ctx, actor, { name: body.name, role: body.role, expiresAt: body.expiresAt ? new Date(body.expiresAt) : null, user: body.user }),
    }),
    route({
      method: 'GET', url: '/api/v1/tokens', tag: 'access', auth: 'token', summary: 'List API tokens (admin)', response: z.strictObject({ items: z.array(TokenViewSchema) }),
      handler: async ({ actor }) => ({ items: await listApiTokens(ctx, actor) }),
    }),
    route({
      method: 'DELETE', url: '/api/v1/tokens/:id', tag: 'access', auth: 'token', role: 'admin', status: 204, summary: 'Revoke an API token (admin)',
      params: z.strictObject({ id: z.string().min(1).max(100) }),
      handler: async ({ params, actor }) => { await revokeApiToken(ctx, actor, params.id); },
    }),
    route({
      method: 'GET', url: '/api/v1/me', tag: 'access', auth: 'token', summary: 'Who the caller is', response: CallerViewSchema,
      handler: async ({ actor }) => ({ name: actor.name, role: actor.role, kind: actor.kind, userId: actor.userId }),
    }),
  ];
}
