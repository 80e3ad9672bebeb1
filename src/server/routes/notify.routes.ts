/** HTTP routes for notifications: channel state (no secrets) and a test message. */
import { z } from 'zod';
import type { ServiceContext } from '../../services/context.ts';
import { channelStates, sendTestNotification } from '../../services/notify/notify.service.ts';
import { CHANNEL_NAMES } from '../../services/notify/registry.ts';
import { route, type RouteDef } from '../route.ts';

export function notifyRoutes(ctx: ServiceContext): RouteDef[] {
  return [
    route({
      method: 'GET', url: '/api/v1/notify/channels', tag: 'notify', auth: 'token',
      summary: 'Which notification channels can send, and why not (URLs, passwords and secrets are never shown)',
      response: z.object({ enabled: z.boolean(), channels: z.array(z.object({ name: z.enum(CHANNEL_NAMES), configured: z.boolean(), problem: z.string().nullable(), targets: z.array(z.string()) })) }),
      handler: async ({ actor }) => channelStates(ctx, actor),
    }),
    route({
      method: 'POST', url: '/api/v1/notify/test', tag: 'notify', auth: 'token', status: 202,
      summary: 'Queue a test message on a channel (email: `to` is the address; webhook: `to` is the webhook name); the job answered shows when it went out',
      body: z.strictObject({ channel: z.enum(CHANNEL_NAMES), to: z.string().min(1).max(320).optional() }),
      handler: async ({ body, actor }) => sendTestNotification(ctx, actor, body.channel, body.to),
    }),
  ];
}
