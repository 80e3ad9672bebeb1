/** Notification use cases: the channels' state (never their secrets), a test message, queueing messages as jobs. */
import { randomBytes } from 'node:crypto';
import type { Principal } from '../../domain/access/roles.ts';
import { AppError } from '../../domain/errors.ts';
import type { Notification } from '../../domain/notify/message.ts';
import { requireRole } from '../access.ts';
import type { ServiceContext } from '../context.ts';
import { enqueueJobs, jobView, type JobView } from '../jobs/job.service.ts';
import type { ChannelName, Target } from './channel.ts';
import { CHANNEL_NAMES, CHANNELS, NOTIFY_JOB } from './registry.ts';
import { listChannelSettings, notifyConfig } from './channel-settings.service.ts';
import type { ChannelSettingsView } from '../../domain/notify/channel-settings.ts';

export type ChannelState = { name: ChannelName; configured: boolean; problem: string | null; targets: string[] };

/**
 * Which channels can send (webhook names listed) and each channel's settings for the admin
 * page (from the file or saved there; URLs of webhooks, tokens, passwords and secrets never:
 * only whether they are set).
 */
export async function channelStates(ctx: ServiceContext, actor: Principal): Promise<{ enabled: boolean; channels: ChannelState[]; settings: ChannelSettingsView[] }> {
  requireRole(actor, 'admin', 'Viewing notification channels');
  const cfg = await notifyConfig(ctx);
  return {
    enabled: cfg.enabled,
    channels: CHANNEL_NAMES.map((name) => {
      const problem = CHANNELS.get(name)!.unconfigured(cfg);
      return { name, configured: problem === null, problem, targets: name === 'webhook' ? cfg.webhooks.map((w) => w.name) : [] };
    }),
    settings: await listChannelSettings(ctx, actor),
  };
}

/** One message on one channel as a job (idempotent on `key`, inside the caller's transaction). */
export async function queueNotification(ctx: ServiceContext, channel: ChannelName, target: Target, n: Notification, key: string, at: Date = ctx.now()) {
  return enqueueJobs(ctx, [{
    kind: NOTIFY_JOB, idempotencyKey: key, scheduledAt: at, maxAttempts: ctx.config.notify.maxAttempts,
    payload: { channel, target, notification: n },
  }]);
}

/** Queues a test message on a channel (`debrief notify test <channel>`); the job shows whether it went out. */
export async function sendTestNotification(ctx: ServiceContext, actor: Principal, channel: ChannelName, to: string | undefined): Promise<JobView> {
  requireRole(actor, 'admin', 'Sending a test notification');
  const cfg = await notifyConfig(ctx);
  const problem = CHANNELS.get(channel)!.unconfigured(cfg);
  if (problem) throw new AppError('conflict', `The ${channel} channel cannot send: ${problem}.`, { channel });
  let target: Target;
  if (channel === 'email') {
    if (!to) throw new AppError('validation_failed', 'An e-mail test needs `to` (an address).', { errors: [{ path: 'to', message: 'required for email' }] });
    target = { to: [to] };
  } else if (channel === 'webhook') {
    const name = to ?? cfg.webhooks[0]!.name;
    if (!cfg.webhooks.some((w) => w.name === name)) throw new AppError('validation_failed', `No webhook named ${name}.`, { errors: [{ path: 'to', message: 'not a configured webhook name' }] });
    target = { to: [name] };
  } else target = { to: [] };
  const now = ctx.now();
  const n: Notification = { rule: 'test', title: 'Debrief test message', text: `A test message from Debrief, sent by ${actor.name}. If you can read this, the ${channel} channel works.`, url: cfg.baseUrl, facts: { channel, at: now.toISOString() } };
  const [row] = await queueNotification(ctx, channel, target, n, `test:${channel}:${now.toISOString()}:${randomBytes(4).toString('hex')}`);
  return jobView(row!);
}
