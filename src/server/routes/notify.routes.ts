/** HTTP routes for notifications: channel state and settings (no secrets), saving a channel from the admin page, a test message. */
import { z } from 'zod';
import { JobViewSchema } from '../../domain/jobs/job.view.ts';
import { ChannelListSchema, ChannelSettingsViewSchema } from '../../domain/notify/channel.view.ts';
import type { ServiceContext } from '../../services/context.ts';
import { channelStates, sendTestNotification } from '../../services/notify/notify.service.ts';
import { forgetChannel, saveChannel } from '../../services/notify/channel-settings.service.ts';
import { CHANNEL_NAMES } from '../../services/notify/registry.ts';
import { route, type RouteDef } from '../route.ts';

// Checked by the service after the access check (a non-admin hears 403 before anything about the body).
const ChannelId = z.strictObject({ id: z.string().min(1).max(60) });

export function notifyRoutes(ctx: ServiceContext): RouteDef[] {
  return [
    route({
      method: 'GET', url: '/api/v1/notify/channels', tag: 'notify', auth: 'token',
      summary: 'Which notification channels can send, and why not (URLs, passwords and secrets are never shown)',
      response: ChannelListSchema,
      handler: async ({ actor }) => channelStates(ctx, actor),
    }),
    route({
      method: 'PUT', url: '/api/v1/notify/channels/:id', tag: 'notify', auth: 'token', role: 'admin',
      summary: 'Create, update or disable a channel (admin; id: slack, email or webhook:<name>). Body: { enabled, settings } with the fields of debrief.config.yaml\'s notify section; a secret left out keeps the one in effect, null clears it; secrets are never answered. A saved channel wins over the file\'s.',
      params: ChannelId, body: z.unknown(), response: ChannelSettingsViewSchema,
      handler: async ({ params, body, actor }) => saveChannel(ctx, actor, params.id, body),
    }),
    route({
      method: 'DELETE', url: '/api/v1/notify/channels/:id', tag: 'notify', auth: 'token', role: 'admin', status: 204,
      summary: 'Forget a channel saved from the admin page (admin): the file\'s settings apply again',
      params: ChannelId,
      handler: async ({ params, actor }) => { await forgetChannel(ctx, actor, params.id); },
    }),
    route({
      method: 'POST', url: '/api/v1/notify/test', tag: 'notify', auth: 'token', role: 'admin', status: 202,
      summary: 'Queue a test message on a channel (email: `to` is the address; webhook: `to` is the webhook name); the job answered shows when it went out',
      body: z.strictObject({ channel: z.enum(CHANNEL_NAMES), to: z.string().min(1).max(320).optional() }), response: JobViewSchema,
      handler: async ({ body, actor }) => sendTestNotification(ctx, actor, body.channel, body.to),
    }),
  ];
}
