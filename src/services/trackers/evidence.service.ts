/**
 * Closure by evidence: a tracker reports an action item's issue closed (the item's "fix
 * deployed" is ticked; the item moves on, to done when nothing else on its closure
 * checklist is left) or reopened (the item reopens). The change is a revision of the item
 * naming the issue as its evidence. GitHub reports through the signed `issues` webhook of
 * the GitHub ingest, Jira through its own webhook (`POST /api/v1/ingest/jira`).
 */
import { z } from 'zod';
import { diffFields } from '../../domain/diff.ts';
import { AppError } from '../../domain/errors.ts';
import { applyEvidence } from '../../domain/trackers/issue.ts';
import type { TrackerName } from '../../domain/trackers/config.ts';
import { findActionItem, updateActionItemAtVersion } from '../../store/repositories/action-item.repository.ts';
import { insertRevision } from '../../store/repositories/revision.repository.ts';
import { lockLinkByExternalId, setLinkState } from '../../store/repositories/tracker.repository.ts';
import type { ServiceContext } from '../context.ts';
import { hmacHex, safeEqual, type WebhookHeaders } from '../ingest/webhook-auth.ts';
import { inTransaction } from '../transaction.ts';

export type EvidenceEvent = { tracker: TrackerName; externalId: string; event: 'closed' | 'reopened'; evidenceUrl: string; by: string | null };
export type EvidenceOutcome = { matched: boolean; changed: boolean; item: { postmortemId: string; key: string; status: string } | null };

const NONE: EvidenceOutcome = { matched: false, changed: false, item: null };

/** Applies one report to the item its issue belongs to (once: the link's last known state is the guard). */
export async function applyTrackerEvidence(ctx: ServiceContext, e: EvidenceEvent): Promise<EvidenceOutcome> {
  const now = ctx.now();
  return inTransaction(ctx, async (tx) => {
    const link = await lockLinkByExternalId(tx.db, e.tracker, e.externalId);
    if (!link) return NONE;
    const state = e.event === 'closed' ? 'closed' : 'open';
    const current = await findActionItem(tx.db, link.postmortemId, link.key);
    if (!current) return NONE;
    const item = { postmortemId: current.postmortemId, key: current.key, status: current.status };
    if (link.state === state) return { matched: true, changed: false, item };
    await setLinkState(tx.db, e.tracker, e.externalId, state, now);
    // The link row is locked, so only a person's concurrent edit can move the version: read again and retry.
    for (let tries = 0; tries < 5; tries++) {
      const fresh = tries === 0 ? current : await findActionItem(tx.db, link.postmortemId, link.key);
      if (!fresh) return NONE;
      const change = applyEvidence({ status: fresh.status, checklist: fresh.checklist }, e.event);
      if (!change) return { matched: true, changed: false, item };
      const p = { status: change.status, checklist: change.checklist as Record<string, boolean>, completedAt: change.status === 'done' ? (fresh.completedAt ?? now) : null };
      const row = await updateActionItemAtVersion(tx.db, fresh.postmortemId, fresh.key, fresh.version, { ...p, updatedAt: now });
      if (!row) continue;
      await insertRevision(tx.db, {
        entityType: 'action', entityId: `${fresh.postmortemId}:${fresh.key}`, version: row.version,
        actor: `${e.tracker}:${e.by ?? 'webhook'}`, action: e.event === 'closed' ? 'tracker-closed' : 'tracker-reopened', at: now,
        changes: { ...diffFields(fresh, p), evidence: { from: null, to: e.evidenceUrl } },
      });
      return { matched: true, changed: true, item: { postmortemId: row.postmortemId, key: row.key, status: row.status } };
    }
    throw new AppError('unavailable', `action item ${link.postmortemId}/${link.key} kept changing; send the delivery again`);
  });
}

const GithubIssueEvent = z.object({
  action: z.string(),
  issue: z.object({ number: z.number().int(), html_url: z.string(), state_reason: z.string().nullable().optional(), pull_request: z.unknown().optional() }),
  repository: z.object({ full_name: z.string() }),
  sender: z.object({ login: z.string() }).optional(),
});

function header(h: WebhookHeaders, name: string): string | null {
  const v = h[name];
  return (Array.isArray(v) ? v[0] : v) ?? null;
}

/**
 * A GitHub delivery (already authenticated by the GitHub ingest): an `issues` event that
 * closes or reopens a tracked issue changes its item. Anything else: nothing. Closed as
 * "not planned" is no evidence of a fix and changes nothing.
 */
export async function githubIssueEvidence(ctx: ServiceContext, headers: WebhookHeaders, payload: unknown): Promise<EvidenceOutcome> {
  if (header(headers, 'x-github-event') !== 'issues') return NONE;
  const p = GithubIssueEvent.safeParse(payload);
  if (!p.success || p.data.issue.pull_request !== undefined) return NONE;
  const { action, issue, repository, sender } = p.data;
  if (action !== 'closed' && action !== 'reopened') return NONE;
  if (action === 'closed' && issue.state_reason === 'not_planned') return NONE;
  return applyTrackerEvidence(ctx, { tracker: 'github', externalId: `${repository.full_name}#${issue.number}`, event: action, evidenceUrl: issue.html_url, by: sender?.login ?? null });
}

const JiraIssueEvent = z.object({
  webhookEvent: z.string().optional(),
  issue: z.object({
    key: z.string().min(1).max(100),
    fields: z.object({ status: z.object({ name: z.string().optional(), statusCategory: z.object({ key: z.string() }).optional() }).optional() }).optional(),
  }),
  user: z.object({ displayName: z.string().optional(), name: z.string().optional() }).optional(),
});

/** Authenticates a Jira webhook: `X-Hub-Signature: sha256=<HMAC of the raw body>` (Jira Cloud's secret) or `Authorization: Bearer <secret>`. */
export function verifyJiraWebhook(ctx: ServiceContext, headers: WebhookHeaders, rawBody: Buffer): void {
  const secret = ctx.config.trackers.jira.webhookSecret;
  if (!secret) throw new AppError('unauthorized', 'Jira webhooks are not configured: set trackers.jira.webhookSecret in debrief.config.yaml (see docs/follow-through.md)');
  const sig = header(headers, 'x-hub-signature');
  if (sig !== null) {
    const hex = /^sha256=([0-9a-f]{64})$/i.exec(sig.trim())?.[1];
    if (hex && safeEqual(hex.toLowerCase(), hmacHex(secret, rawBody))) return;
    throw new AppError('unauthorized', 'the X-Hub-Signature signature does not match the body and trackers.jira.webhookSecret');
  }
  const bearer = /^Bearer\s+(\S+)$/i.exec(header(headers, 'authorization') ?? '')?.[1];
  if (bearer === undefined) throw new AppError('unauthorized', 'Jira deliveries must be signed (X-Hub-Signature, with the webhook secret) or carry "Authorization: Bearer <trackers.jira.webhookSecret>"');
  if (!safeEqual(bearer, secret)) throw new AppError('unauthorized', 'the bearer secret does not match trackers.jira.webhookSecret');
}

/** A Jira issue event: an issue whose status is in the "done" category is closed; otherwise open. */
export async function jiraIssueEvidence(ctx: ServiceContext, payload: unknown): Promise<EvidenceOutcome> {
  const p = JiraIssueEvent.safeParse(payload);
  if (!p.success) {
    const i = p.error.issues[0];
    throw new AppError('validation_failed', `not a Jira issue event: ${i?.path.join('.') || 'body'}: ${i?.message ?? ''}`, { errors: p.error.issues.map((x) => ({ path: x.path.join('.'), message: x.message })) });
  }
  const { webhookEvent, issue, user } = p.data;
  if (webhookEvent !== undefined && webhookEvent !== 'jira:issue_updated' && webhookEvent !== 'jira:issue_created') return NONE;
  const category = issue.fields?.status?.statusCategory?.key;
  if (category === undefined) return NONE;
  const base = ctx.config.trackers.jira.baseUrl?.replace(/\/$/, '') ?? '';
  return applyTrackerEvidence(ctx, {
    tracker: 'jira', externalId: issue.key, event: category === 'done' ? 'closed' : 'reopened',
    evidenceUrl: `${base}/browse/${issue.key}`, by: user?.displayName ?? user?.name ?? null,
  });
}
