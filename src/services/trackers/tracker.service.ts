/**
 * Tracker use cases: an action item's issue queued on request (or by `trackers.auto`),
 * created once by a job (the idempotency key, plus a search for the item's marker when a
 * killed try may have created it already), and the link kept on the item with a revision.
 */
import { z } from 'zod';
import type { Principal } from '../../domain/access/roles.ts';
import { diffFields } from '../../domain/diff.ts';
import { AppError } from '../../domain/errors.ts';
import { TRACKER_NAMES, type TrackerName } from '../../domain/trackers/config.ts';
import { issueContent, type TrackedItem } from '../../domain/trackers/issue.ts';
import { PermanentJobError } from '../../jobs/job-errors.ts';
import type { JobHandler } from '../../jobs/job-runner.ts';
import { findActionItem, listActionItems, updateActionItemAtVersion } from '../../store/repositories/action-item.repository.ts';
import { listAddresses } from '../../store/repositories/address.repository.ts';
import { findJobByKey } from '../../store/repositories/job.repository.ts';
import { findPostmortem } from '../../store/repositories/postmortem.repository.ts';
import { insertRevision } from '../../store/repositories/revision.repository.ts';
import { allTrackerLinks, findTrackerLink, insertTrackerLink, linksOfItem, type TrackerLinkRow } from '../../store/repositories/tracker.repository.ts';
import { requireRole, requireRoleOrOwner } from '../access.ts';
import type { ServiceContext } from '../context.ts';
import { enqueueJobs, jobView, type JobView } from '../jobs/job.service.ts';
import { loadPostmortem } from '../postmortem/postmortem.service.ts';
import { inTransaction } from '../transaction.ts';
import { TRACKER_JOB, TRACKERS } from './registry.ts';

export type TrackerLinkView = { tracker: string; externalId: string; url: string; state: string; createdAt: string; updatedAt: string };
export const linkView = (l: TrackerLinkRow): TrackerLinkView => ({
  tracker: l.tracker, externalId: l.externalId, url: l.url, state: l.state, createdAt: l.createdAt.toISOString(), updatedAt: l.updatedAt.toISOString(),
});

export type TrackResult = { tracker: TrackerName; queued: boolean; job: JobView | null; link: TrackerLinkView | null };

const jobKey = (postmortemId: string, key: string, tracker: TrackerName): string => `tracker.create:${postmortemId}/${key}:${tracker}`;

/** The tracker named, else the configured default, else the only configured one. */
function chooseTracker(ctx: ServiceContext, name: TrackerName | undefined): TrackerName {
  const cfg = ctx.config.trackers;
  const configured = TRACKER_NAMES.filter((n) => TRACKERS.get(n)!.unconfigured(cfg) === null);
  const chosen = name ?? cfg.default ?? (configured.length === 1 ? configured[0] : undefined);
  if (chosen === undefined) {
    throw new AppError('conflict', configured.length === 0
      ? 'No tracker is configured: set trackers.github (token, repo) or trackers.jira (baseUrl, apiToken, projectKey) in debrief.config.yaml.'
      : `Several trackers are configured: name one (${configured.join(', ')}) or set trackers.default.`, { configured });
  }
  const problem = TRACKERS.get(chosen)!.unconfigured(cfg);
  if (problem) throw new AppError('conflict', `The ${chosen} tracker cannot create issues: ${problem}.`, { tracker: chosen });
  return chosen;
}

/** Queues the issue of one action item (idempotent: an item already linked or queued answers what exists). */
export async function trackActionItem(ctx: ServiceContext, actor: Principal, postmortemId: string, key: string, name?: TrackerName): Promise<TrackResult> {
  const item = await findActionItem(ctx.db, postmortemId, key);
  if (!item) throw new AppError('not_found', `post-mortem ${postmortemId} has no action item ${key}`);
  const pm = await loadPostmortem(ctx, postmortemId);
  if (!(item.owner && (item.owner === actor.name || item.owner === actor.userId))) requireRoleOrOwner(actor, 'editor', pm.owner, 'responder', 'tracking an action item');
  else requireRole(actor, 'responder', 'tracking an action item');
  const tracker = chooseTracker(ctx, name);
  const link = await findTrackerLink(ctx.db, postmortemId, key, tracker);
  if (link) return { tracker, queued: false, job: null, link: linkView(link) };
  const k = jobKey(postmortemId, key, tracker);
  const [row] = await enqueueJobs(ctx, [{ kind: TRACKER_JOB, idempotencyKey: k, scheduledAt: ctx.now(), maxAttempts: ctx.config.trackers.maxAttempts, payload: { postmortemId, key, tracker } }]);
  const job = row ?? await findJobByKey(ctx.db, k);
  return { tracker, queued: row !== undefined, job: job ? jobView(job) : null, link: null };
}

/** The tracker issues of one action item. */
export async function itemTrackerLinks(ctx: ServiceContext, actor: Principal, postmortemId: string, key: string): Promise<TrackerLinkView[]> {
  requireRole(actor, 'viewer', 'reading tracker links');
  return (await linksOfItem(ctx.db, postmortemId, key)).map(linkView);
}

/** `trackers.auto`: every open action item without an issue in the default tracker gets one queued. Returns how many were new. */
export async function scanTrackers(ctx: ServiceContext): Promise<number> {
  const cfg = ctx.config.trackers;
  if (!cfg.auto || cfg.default === null || TRACKERS.get(cfg.default)!.unconfigured(cfg) !== null) return 0;
  const tracker = cfg.default;
  const linked = new Set((await allTrackerLinks(ctx.db)).filter((l) => l.tracker === tracker).map((l) => `${l.postmortemId}/${l.key}`));
  const rows = (await listActionItems(ctx.db, { statuses: ['open', 'in_progress'], limit: 10_000 })).filter((r) => !linked.has(`${r.postmortemId}/${r.key}`));
  const inserted = await enqueueJobs(ctx, rows.map((r) => ({
    kind: TRACKER_JOB, idempotencyKey: jobKey(r.postmortemId, r.key, tracker), scheduledAt: ctx.now(), maxAttempts: cfg.maxAttempts,
    payload: { postmortemId: r.postmortemId, key: r.key, tracker },
  })));
  return inserted.length;
}

export type TrackerState = { name: TrackerName; configured: boolean; problem: string | null; target: string | null; isDefault: boolean };

/** Which trackers can create issues and where (tokens never). */
export function trackerStates(ctx: ServiceContext, actor: Principal): { auto: boolean; trackers: TrackerState[] } {
  requireRole(actor, 'admin', 'Viewing trackers');
  const cfg = ctx.config.trackers;
  return {
    auto: cfg.auto,
    trackers: TRACKER_NAMES.map((name) => {
      const problem = TRACKERS.get(name)!.unconfigured(cfg);
      const target = name === 'github' ? (cfg.github.repo ? `${cfg.github.repo} on ${new URL(cfg.github.baseUrl).host}` : null)
        : cfg.jira.projectKey && cfg.jira.baseUrl ? `${cfg.jira.projectKey} on ${new URL(cfg.jira.baseUrl).host}` : null;
      return { name, configured: problem === null, problem, target, isDefault: cfg.default === name };
    }),
  };
}

const Payload = z.object({ postmortemId: z.string().min(1), key: z.string().min(1), tracker: z.enum(TRACKER_NAMES) });

/** The owner's login on GitHub when the owner is a known user with one (`@dana` → `dana-gh`). */
async function githubLoginOf(ctx: ServiceContext, owner: string | null): Promise<string | null> {
  if (!owner) return null;
  const want = owner.replace(/^@/, '').trim().toLowerCase();
  for (const a of await listAddresses(ctx.db)) {
    if (!a.githubLogin) continue;
    if ([a.username, a.displayName, a.slackHandle?.replace(/^@/, ''), a.githubLogin].some((k) => k?.toLowerCase() === want)) return a.githubLogin;
  }
  return null;
}

/** Creates one item's issue (unless a previous try did) and keeps its link on the item. */
export const createTrackerIssueJob: JobHandler = async (payload, _job, ctx) => {
  const p = Payload.safeParse(payload);
  if (!p.success) throw new PermanentJobError(`bad ${TRACKER_JOB} payload: ${p.error.issues[0]?.message ?? ''}`);
  const { postmortemId, key, tracker: name } = p.data;
  if (await findTrackerLink(ctx.db, postmortemId, key, name)) return;
  const [item, pm] = [await findActionItem(ctx.db, postmortemId, key), await findPostmortem(ctx.db, postmortemId)];
  if (!item || !pm) throw new PermanentJobError(`no action item ${postmortemId}/${key}`);
  const cfg = ctx.config.trackers;
  const tracker = TRACKERS.get(name)!;
  const problem = tracker.unconfigured(cfg);
  if (problem) throw new PermanentJobError(problem);
  const tracked: TrackedItem = {
    postmortemId, incidentId: pm.incidentId, key, title: item.title, priority: item.priority, dueDate: item.dueDate,
    owner: item.owner, category: item.category, postmortemTitle: pm.title,
  };
  const content = issueContent(tracked, ctx.config.notify.baseUrl, name === 'github' ? cfg.github.labels : cfg.jira.labels);
  const ref = await tracker.findExisting(cfg, content, tracked)
    ?? await tracker.create(cfg, content, tracked, name === 'github' ? await githubLoginOf(ctx, item.owner) : null);
  await recordLink(ctx, postmortemId, key, name, ref);
};

/** Stores the link and, when the item has no tracker URL yet, sets it with a revision (one transaction). */
async function recordLink(ctx: ServiceContext, postmortemId: string, key: string, tracker: TrackerName, ref: { externalId: string; url: string }): Promise<void> {
  const now = ctx.now();
  await inTransaction(ctx, async (tx) => {
    await insertTrackerLink(tx.db, { postmortemId, key, tracker, externalId: ref.externalId, url: ref.url, state: 'open', createdAt: now, updatedAt: now });
    for (let tries = 0; tries < 5; tries++) {
      const current = await findActionItem(tx.db, postmortemId, key);
      if (!current || current.trackerUrl) return;
      const row = await updateActionItemAtVersion(tx.db, postmortemId, key, current.version, { trackerUrl: ref.url, updatedAt: now });
      if (row) {
        await insertRevision(tx.db, {
          entityType: 'action', entityId: `${postmortemId}:${key}`, version: row.version, actor: `tracker:${tracker}`, action: 'track', at: now,
          changes: { ...diffFields(current, { trackerUrl: ref.url }), issue: { from: null, to: ref.externalId } },
        });
        return;
      }
    }
  });
}
