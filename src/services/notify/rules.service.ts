/**
 * The notification rules at work: each scan (on the server's timer, or `scanNotifications`
 * from tests and the CLI) turns what is due now into notify.send jobs. Idempotency keys
 * make repeated scans queue each message once.
 */
import { followUps } from '../../domain/lifecycle/follow-up.ts';
import { planFollowUps, planPublished, type Planned, type Recipient } from '../../domain/notify/rules.ts';
import type { ServiceContext } from '../context.ts';
import { inTransaction } from '../transaction.ts';
import { listActionItems } from '../../store/repositories/action-item.repository.ts';
import { listAddresses, listPublicationsSince } from '../../store/repositories/address.repository.ts';
import { findPostmortem } from '../../store/repositories/postmortem.repository.ts';
import { queueNotification } from './notify.service.ts';
import { CHANNELS } from './registry.ts';

/** Publications younger than this are announced (older ones predate the rule being on). */
const PUBLISHED_WINDOW_MS = 24 * 3600_000;

/** Queues every message the rules call for now; returns how many jobs were new. */
export async function scanNotifications(ctx: ServiceContext): Promise<number> {
  const cfg = ctx.config.notify;
  if (!cfg.enabled) return 0;
  const now = ctx.now();
  const channels = {
    slack: CHANNELS.get('slack')!.unconfigured(cfg) === null,
    email: CHANNELS.get('email')!.unconfigured(cfg) === null,
    webhooks: cfg.webhooks.map((w) => w.name),
  };
  const directory = new Map<string, Recipient>();
  for (const a of await listAddresses(ctx.db)) {
    const r: Recipient = { key: a.username, email: a.email, slackId: a.slackId, slackHandle: a.slackHandle, mutes: a.mutes };
    for (const k of [a.username, a.displayName, a.slackHandle?.replace(/^@/, ''), a.githubLogin]) if (k) directory.set(k.toLowerCase(), r);
  }
  const rows = await listActionItems(ctx.db, { statuses: ['open', 'in_progress'], limit: 5000 });
  const owners = new Map<string, string | null>();
  for (const id of new Set(rows.map((r) => r.postmortemId))) owners.set(id, (await findPostmortem(ctx.db, id))?.owner ?? null);
  const fus = followUps(rows.map((r) => ({
    postmortemId: r.postmortemId, key: r.key, title: r.title, owner: r.owner, priority: r.priority, dueDate: r.dueDate,
    status: r.status, postmortemOwner: owners.get(r.postmortemId) ?? null,
  })), now, { remindHoursBefore: cfg.rules.remindHoursBefore, escalateAfterDays: cfg.rules.escalateAfterDays, leadershipAfterDays: cfg.rules.leadershipAfterDays });
  const planned: Planned[] = planFollowUps(fus, cfg.rules, directory, channels, cfg.baseUrl);
  for (const p of await listPublicationsSince(ctx.db, new Date(now.getTime() - PUBLISHED_WINDOW_MS))) planned.push(...planPublished(p, cfg.rules, channels, cfg.baseUrl));
  return inTransaction(ctx, async (tx) => {
    let n = 0;
    for (const p of planned) n += (await queueNotification(tx, p.channel, { to: p.to, mention: p.mention }, p.notification, p.key)).length;
    return n;
  });
}
