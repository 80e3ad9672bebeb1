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
import { listAddresses, listPublicationsSince, listTeams } from '../../store/repositories/address.repository.ts';
import { queueNotification } from './notify.service.ts';
import { planLifecycle, type LifecycleInput } from '../../domain/notify/lifecycle-rules.ts';
import { isOverdue } from '../../domain/lifecycle/action-item.ts';
import { milestonesMet } from '../../domain/lifecycle/milestones.ts';
import { findMeeting, findPostmortem, listPostmortems, postmortemProgressOf } from '../../store/repositories/postmortem.repository.ts';
import { notifyConfig } from './channel-settings.service.ts';
import { CHANNELS } from './registry.ts';

/** Publications younger than this are announced (older ones predate the rule being on). */
const PUBLISHED_WINDOW_MS = 24 * 3600_000;

/** Queues every message the rules call for now; returns how many jobs were new. */
export async function scanNotifications(ctx: ServiceContext): Promise<number> {
  const cfg = await notifyConfig(ctx);
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
  planned.push(...planLifecycle(await lifecycleInput(ctx, now), cfg.rules, directory, channels, cfg.baseUrl));
  return inTransaction(ctx, async (tx) => {
    let n = 0;
    for (const p of planned) n += (await queueNotification(tx, p.channel, { to: p.to, mention: p.mention }, p.notification, p.key)).length;
    return n;
  });
}

const iso = (d: Date | null): string | null => d?.toISOString() ?? null;

/** What the lifecycle rules look at: post-mortems not yet published (owner, meeting, deadlines, reviews), items, teams, last month's publications. */
async function lifecycleInput(ctx: ServiceContext, now: Date): Promise<LifecycleInput> {
  const pms = await listPostmortems(ctx.db, { statuses: ['draft', 'in_review', 'approved'], limit: 2000 });
  const progress = await postmortemProgressOf(ctx.db, pms.map((p) => p.id));
  const postmortems: LifecycleInput['postmortems'] = [];
  for (const pm of pms) {
    const p = progress.get(pm.id);
    const m = await findMeeting(ctx.db, pm.id);
    postmortems.push({
      id: pm.id, title: pm.title, status: pm.status, owner: pm.owner, createdAt: pm.createdAt.toISOString(), due: pm.due,
      met: p ? milestonesMet({ ownerAssignedAt: iso(p.ownerAssignedAt), reviewRequestedAt: iso(p.reviewRequestedAt), meetingHeldAt: iso(p.meetingHeldAt), firstPublishedAt: iso(p.firstPublishedAt) }) : {},
      reviewers: pm.reviewers.map((r) => ({ role: r.role, user: r.user, decision: r.decision, decidedAt: r.decidedAt })),
      meeting: m?.scheduledAt ? { scheduledAt: m.scheduledAt.toISOString(), minutes: m.durationMinutes ?? 60, location: m.location, participants: m.participants.map((x) => ({ name: x.name, email: x.email ?? null })) } : null,
    });
  }
  const items = (await listActionItems(ctx.db, { limit: 10_000 })).map((r) => ({
    key: r.key, postmortemId: r.postmortemId, title: r.title, owner: r.owner, dueDate: r.dueDate, status: r.status,
    completedAt: r.completedAt?.toISOString() ?? null, priority: r.priority, overdue: isOverdue(r, now), team: r.team,
  }));
  const teams = (await listTeams(ctx.db)).map((t) => ({ name: t.name, slackChannel: t.slackChannel, email: t.email }));
  const monthStart = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1));
  const lastStart = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 1, 1));
  const lastMonth = now.getUTCDate() === 1
    ? (await listPublicationsSince(ctx.db, lastStart)).filter((p) => p.publishedAt < monthStart).map((p) => ({ postmortemId: p.postmortemId, title: p.title, audience: p.audience, publishedAt: p.publishedAt.toISOString() }))
    : [];
  return { now, postmortems, items, teams, lastMonth, organizer: ctx.config.postmortem.meetingOrganizer };
}
