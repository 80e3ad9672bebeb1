/** HTTP routes for where people and teams are reached: user addresses and mutes, teams. */
import { z } from 'zod';
import { AddressListSchema, AddressViewSchema, TeamListSchema, TeamViewSchema } from '../../domain/notify/directory.view.ts';
import { NOTIFICATION_RULES } from '../../domain/notify/message.ts';
import type { ServiceContext } from '../../services/context.ts';
import { deleteTeam, getAddress, listAllAddresses, listTeamViews, putTeam, setAddress } from '../../services/notify/directory.service.ts';
import { route, type RouteDef } from '../route.ts';

const TeamName = z.string().regex(/^[a-z0-9][a-z0-9_.-]{0,62}$/, 'a team name: lower-case letters, digits, - _ .');
const MUTABLE = NOTIFICATION_RULES.filter((r) => r !== 'test');
export const AddressPatchSchema = z.strictObject({
  email: z.email().max(300).nullable().optional(),
  slackId: z.string().regex(/^[UW][A-Z0-9]{2,20}$/, 'a Slack member id such as U012AB3CD').nullable().optional(),
  slackHandle: z.string().regex(/^@?[a-z0-9][a-z0-9._-]{0,79}$/, 'a Slack handle such as @dana').nullable().optional(),
  githubLogin: z.string().regex(/^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})$/, 'a GitHub login').nullable().optional(),
  team: TeamName.nullable().optional(),
  mutes: z.array(z.enum(MUTABLE)).max(MUTABLE.length).optional(),
});
export const TeamSchema = z.strictObject({
  slackChannel: z.string().regex(/^(#[a-z0-9][a-z0-9_-]{0,79}|[CG][A-Z0-9]{2,20})$/, 'a Slack channel (#name or its id)').nullable().optional(),
  email: z.email().max(300).nullable().optional(),
  lead: z.string().trim().min(1).max(200).nullable().optional(),
});
const UserRef = z.strictObject({ user: z.string().min(1).max(200) });

export function directoryRoutes(ctx: ServiceContext): RouteDef[] {
  return [
    route({
      method: 'GET', url: '/api/v1/addresses', tag: 'people', auth: 'token',
      summary: "Every user's addresses (admin)", response: AddressListSchema,
      handler: async ({ actor }) => ({ items: await listAllAddresses(ctx, actor), rules: [...MUTABLE] }),
    }),
    route({
      method: 'GET', url: '/api/v1/users/:user/addresses', tag: 'people', auth: 'token',
      summary: "A user's e-mail, Slack id/handle, GitHub login, team and muted rules (`me`; another user's: admin)",
      params: UserRef, response: AddressViewSchema,
      handler: async ({ params, actor }) => getAddress(ctx, actor, params.user),
    }),
    route({
      method: 'PATCH', url: '/api/v1/users/:user/addresses', tag: 'people', auth: 'token',
      summary: "Set a user's addresses, team and muted rules (`me`; another user's: admin); null clears a field",
      params: UserRef, body: AddressPatchSchema, response: AddressViewSchema,
      handler: async ({ params, body, actor }) => setAddress(ctx, actor, params.user, body),
    }),
    route({
      method: 'GET', url: '/api/v1/teams', tag: 'people', auth: 'token',
      summary: 'Teams with their Slack channel, e-mail and lead', response: TeamListSchema,
      handler: async ({ actor }) => ({ items: await listTeamViews(ctx, actor) }),
    }),
    route({
      method: 'PUT', url: '/api/v1/teams/:name', tag: 'people', auth: 'token', role: 'admin',
      summary: 'Create or change a team: Slack channel (weekly review), e-mail, lead (escalations) (admin)',
      params: z.strictObject({ name: TeamName }), body: TeamSchema, response: TeamViewSchema,
      handler: async ({ params, body, actor }) => putTeam(ctx, actor, params.name, body),
    }),
    route({
      method: 'DELETE', url: '/api/v1/teams/:name', tag: 'people', auth: 'token', role: 'admin', status: 204,
      summary: 'Delete a team (admin)', params: z.strictObject({ name: TeamName }),
      handler: async ({ params, actor }) => { await deleteTeam(ctx, actor, params.name); },
    }),
  ];
}
