/** The notification channels by name, and the job that sends one message on one channel. */
import { z } from 'zod';
import { NOTIFICATION_RULES, type NotificationRule } from '../../domain/notify/message.ts';
import { PermanentJobError } from '../../jobs/job-errors.ts';
import { isUncertainRetry, type JobHandler } from '../../jobs/job-runner.ts';
import type { Channel, ChannelName } from './channel.ts';
import { notifyConfig } from './channel-settings.service.ts';
import { emailChannel } from './email.channel.ts';
import { slackChannel } from './slack.channel.ts';
import { webhookChannel } from './webhook.channel.ts';

export const CHANNELS: ReadonlyMap<ChannelName, Channel> = new Map([slackChannel, emailChannel, webhookChannel].map((c) => [c.name, c]));
export const CHANNEL_NAMES = ['slack', 'email', 'webhook'] as const;

export const NOTIFY_JOB = 'notify.send';

const Payload = z.object({
  channel: z.enum(CHANNEL_NAMES),
  target: z.object({ to: z.array(z.string()), mention: z.array(z.string()).optional() }),
  notification: z.object({
    rule: z.enum(NOTIFICATION_RULES) satisfies z.ZodType<NotificationRule>,
    title: z.string(), text: z.string(), url: z.string().nullable(), facts: z.record(z.string(), z.string()),
    attachments: z.array(z.object({ filename: z.string(), contentType: z.string(), content: z.string() })).optional(),
  }),
});
export type NotifyPayload = z.infer<typeof Payload>;

/** Sends one queued message; configuration is read at send time (a fixed secret or address applies to what waits). */
export const sendNotificationJob: JobHandler = async (payload, job, ctx) => {
  const p = Payload.safeParse(payload);
  if (!p.success) throw new PermanentJobError(`bad notify.send payload: ${p.error.issues[0]?.message ?? ''}`);
  const channel = CHANNELS.get(p.data.channel)!;
  const cfg = await notifyConfig(ctx);
  const why = channel.unconfigured(cfg);
  if (why) throw new PermanentJobError(why);
  await channel.send(cfg, p.data.notification, p.data.target, {
    id: `job-${job.id}`, key: job.idempotencyKey, uncertain: isUncertainRetry(job), since: job.attemptStartedAt, now: ctx.now(),
  });
};
