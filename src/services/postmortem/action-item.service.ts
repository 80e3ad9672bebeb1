/** Action items: created from a post-mortem with policy due dates, followed through to closure. */
import { AppError } from '../../domain/errors.ts';
import type { Principal } from '../../domain/access/roles.ts';
import { diffFields } from '../../domain/diff.ts';
import { closureBlockers, CHECKLIST_LABELS, type Checklist } from '../../domain/lifecycle/action-item.ts';
import { weeklyReview, type WeeklyReview } from '../../domain/lifecycle/weekly-review.ts';
import { actionItemDueDate, horizonDueDate, horizonForPriority, priorityForHorizon, type Horizon } from '../../domain/policy/index.ts';
import {
  findActionItem, insertActionItems, listActionItems, updateActionItemAtVersion, type NewActionItemRow,
} from '../../store/repositories/action-item.repository.ts';
import { findPostmortem, takeActionNumbers } from '../../store/repositories/postmortem.repository.ts';
import { followUps, type FollowUp } from '../../domain/lifecycle/follow-up.ts';
import { insertRevision, listRevisions } from '../../store/repositories/revision.repository.ts';
import { requireRole, requireRoleOrOwner } from '../access.ts';
import { decodeKeyset, encodeKeyset } from '../cursor.ts';
import type { ServiceContext } from '../context.ts';
import { inTransaction } from '../transaction.ts';
import { staleVersion } from '../versioning.ts';
import { loadPostmortem, requireEditRights } from './postmortem.service.ts';
import { presentActionItem, type ActionItemView } from './postmortem.view.ts';

export type NewActionItem = {
  title: string; category: string; priority?: string | undefined; horizon?: Horizon | undefined; owner?: string | null | undefined;
  team?: string | null | undefined; dueDate?: string | undefined; dueReason?: string | undefined; trackerUrl?: string | null | undefined;
};

/** Adds an action item: key A<n>, due date from its priority (or horizon) unless overridden with a reason. */
export async function createActionItem(ctx: ServiceContext, actor: Principal, postmortemId: string, input: NewActionItem): Promise<ActionItemView> {
  return inTransaction(ctx, (tx) => createActionItemInTransaction(tx, actor, postmortemId, input));
}

async function createActionItemInTransaction(ctx: ServiceContext, actor: Principal, postmortemId: string, input: NewActionItem): Promise<ActionItemView> {
  const pm = await loadPostmortem(ctx, postmortemId);
  requireEditRights(actor, pm, 'adding an action item');
  const policy = ctx.config.policy;
  const priority = input.priority ?? (input.horizon ? priorityForHorizon(policy, input.horizon) : 'P2');
  const now = ctx.now();
  const due = input.horizon && !input.priority ? { at: horizonDueDate(policy, input.horizon, now) } : actionItemDueDate(policy, priority, now);
  const policyDue = due.at.toISOString().slice(0, 10);
  if (input.dueDate && input.dueDate !== policyDue && !input.dueReason?.trim()) {
    throw new AppError('validation_failed', `policy sets the due date to ${policyDue} for ${priority}; give a dueReason to override it`, { errors: [{ path: 'dueReason', message: 'required when dueDate differs from the policy date' }] });
  }
  const [n] = [await takeActionNumbers(ctx.db, postmortemId, 1)];
  const row: NewActionItemRow = {
    postmortemId, key: `A${n}`, title: input.title, category: input.category,
    horizon: input.horizon ?? horizonForPriority(policy, priority) ?? 'short-term',
    priority: actionItemDueDate(policy, priority, now).priority, owner: input.owner ?? null, team: input.team ?? null,
    dueDate: input.dueDate ?? policyDue, dueReason: input.dueDate && input.dueDate !== policyDue ? (input.dueReason ?? null) : null,
    status: 'open', checklist: {}, trackerUrl: input.trackerUrl ?? null, createdAt: now, updatedAt: now,
  };
  const [created] = await insertActionItems(ctx.db, [row]);
  await insertRevision(ctx.db, { entityType: 'action', entityId: `${postmortemId}:${row.key}`, version: 1, actor: actor.name, action: 'create', at: now, changes: diffFields({}, { title: row.title, priority: row.priority, dueDate: row.dueDate, owner: row.owner }) });
  return presentActionItem(created!, now);
}

export type ActionItemPatch = {
  title?: string | undefined; status?: string | undefined; wontDoReason?: string | undefined; checklist?: Checklist | undefined;
  owner?: string | null | undefined; team?: string | null | undefined; priority?: string | undefined; dueDate?: string | undefined; dueReason?: string | undefined;
  trackerUrl?: string | null | undefined; category?: string | undefined;
};

/** Updates an action item at a known version; `done` needs the closure checklist, `wont_do` a reason. */
export async function updateActionItem(ctx: ServiceContext, actor: Principal, postmortemId: string, key: string, input: ActionItemPatch, version: number): Promise<ActionItemView> {
  const current = await findActionItem(ctx.db, postmortemId, key);
  if (!current) throw new AppError('not_found', `post-mortem ${postmortemId} has no action item ${key}`);
  const pm = await loadPostmortem(ctx, postmortemId);
  // The item's owner may update it; otherwise editors or the post-mortem owner.
  if (!(current.owner && (current.owner === actor.name || current.owner === actor.userId))) requireRoleOrOwner(actor, 'editor', pm.owner, 'responder', 'updating an action item');
  else requireRole(actor, 'responder', 'updating an action item');
  const now = ctx.now();
  if (current.version !== version) throw staleVersion('action item', `${postmortemId}:${key}`, version, current, presentActionItem(current, now));
  const patch: Partial<NewActionItemRow> = {};
  for (const k of ['title', 'owner', 'team', 'trackerUrl', 'category', 'wontDoReason'] as const) if (input[k] !== undefined) (patch as Record<string, unknown>)[k] = input[k];
  if (input.checklist) patch.checklist = { ...current.checklist, ...input.checklist };
  if (input.priority) {
    const due = actionItemDueDate(ctx.config.policy, input.priority, current.createdAt);
    patch.priority = due.priority;
    if (!input.dueDate && !current.dueReason) patch.dueDate = due.at.toISOString().slice(0, 10);
  }
  if (input.dueDate && input.dueDate !== current.dueDate) {
    const policyDue = actionItemDueDate(ctx.config.policy, patch.priority ?? current.priority, current.createdAt).at.toISOString().slice(0, 10);
    if (input.dueDate === policyDue && !input.dueReason?.trim()) {
      // Back to the policy's date: no reason needed.
      patch.dueDate = input.dueDate;
      patch.dueReason = null;
    } else if (!input.dueReason?.trim()) throw new AppError('validation_failed', 'moving a due date needs a dueReason', { errors: [{ path: 'dueReason', message: 'required when the due date changes' }] });
    else {
      patch.dueDate = input.dueDate;
      patch.dueReason = input.dueReason;
    }
  }
  if (input.status && input.status !== current.status) {
    if (input.status === 'done') {
      const missing = closureBlockers((patch.checklist ?? current.checklist));
      if (missing.length) throw new AppError('rule_violation', `an action item is complete only when its closure checklist is (seed 000): ${missing.map((m) => CHECKLIST_LABELS[m]).join('; ')} — check them, or mark one not applicable`, { missing });
      patch.completedAt = now;
    }
    if (input.status === 'wont_do' && !(input.wontDoReason ?? current.wontDoReason)?.trim()) {
      throw new AppError('validation_failed', "won't do needs a reason", { errors: [{ path: 'wontDoReason', message: 'required for status wont_do' }] });
    }
    if (input.status !== 'done') patch.completedAt = null;
    patch.status = input.status;
  }
  const changes = diffFields(current, patch);
  if (Object.keys(changes).length === 0) return presentActionItem(current, now);
  const updated = await inTransaction(ctx, async (tx) => {
    const row = await updateActionItemAtVersion(tx.db, postmortemId, key, version, { ...patch, updatedAt: now });
    if (row) await insertRevision(tx.db, { entityType: 'action', entityId: `${postmortemId}:${key}`, version: row.version, actor: actor.name, action: 'update', at: now, changes });
    return row;
  });
  if (!updated) {
    const fresh = await findActionItem(ctx.db, postmortemId, key);
    throw staleVersion('action item', `${postmortemId}:${key}`, version, fresh ?? current, fresh ? presentActionItem(fresh, now) : null);
  }
  return presentActionItem(updated, now);
}

export type ActionItemQuery = {
  owner?: string | undefined; status?: string | undefined; priority?: string | undefined; team?: string | undefined; overdue?: boolean | undefined;
  /** The previous page's `nextCursor`. */
  cursor?: string | undefined;
  limit: number;
};

/** Action items across post-mortems, soonest due first: mine (`owner=me`), overdue, by team, by priority; a page and the cursor of the next. */
export async function listAllActionItems(ctx: ServiceContext, actor: Principal, q: ActionItemQuery): Promise<{ items: ActionItemView[]; nextCursor: string | null }> {
  requireRole(actor, 'viewer', 'listing action items');
  const now = ctx.now();
  const after = q.cursor ? decodeKeyset(q.cursor, 3) : undefined;
  const rows = await listActionItems(ctx.db, {
    owner: q.owner === 'me' ? actor.name : q.owner, statuses: q.status?.split(','), priorities: q.priority?.split(','), team: q.team,
    overdueBefore: q.overdue ? now.toISOString().slice(0, 10) : undefined, limit: q.limit + 1,
    after: after ? { dueDate: after[0] ?? null, postmortemId: after[1] ?? '', key: after[2] ?? '' } : undefined,
  });
  const page = rows.slice(0, q.limit);
  const last = page.at(-1);
  return {
    items: page.map((r) => presentActionItem(r, now)),
    nextCursor: rows.length > q.limit && last ? encodeKeyset([last.dueDate, last.postmortemId, last.key]) : null,
  };
}

/** The weekly review (seed 000 format) for the week ending on `date`. */
export async function weeklyActionReview(ctx: ServiceContext, actor: Principal, date: string | undefined): Promise<WeeklyReview> {
  requireRole(actor, 'viewer', 'reading the weekly review');
  const now = ctx.now();
  const day = date ?? now.toISOString().slice(0, 10);
  // Overdue as of the review's date: the end of that day, or now when it is today.
  const asOf = date === undefined ? now : new Date(`${day}T23:59:59.999Z`);
  const rows = await listActionItems(ctx.db, { limit: 5000 });
  return weeklyReview(day, rows.map((r) => ({ ...presentActionItem(r, asOf), completedAt: r.completedAt?.toISOString() ?? null })));
}

/** Open action items that need attention now: reminders before the due date, escalations after it (seed 000). */
export async function actionFollowUps(ctx: ServiceContext, actor: Principal): Promise<FollowUp[]> {
  requireRole(actor, 'viewer', 'reading action-item reminders');
  const rows = await listActionItems(ctx.db, { statuses: ['open', 'in_progress'], limit: 5000 });
  const owners = new Map<string, string | null>();
  for (const id of new Set(rows.map((r) => r.postmortemId))) owners.set(id, (await findPostmortem(ctx.db, id))?.owner ?? null);
  return followUps(rows.map((r) => ({
    postmortemId: r.postmortemId, key: r.key, title: r.title, owner: r.owner, priority: r.priority, dueDate: r.dueDate,
    status: r.status, postmortemOwner: owners.get(r.postmortemId) ?? null,
  })), ctx.now());
}

/** An action item's history: who changed what, when (tracker evidence included, with its link). */
export async function actionItemRevisions(ctx: ServiceContext, actor: Principal, postmortemId: string, key: string) {
  requireRole(actor, 'viewer', 'reading an action item\'s history');
  if (!(await findActionItem(ctx.db, postmortemId, key))) throw new AppError('not_found', `post-mortem ${postmortemId} has no action item ${key}`);
  return (await listRevisions(ctx.db, 'action', `${postmortemId}:${key}`)).map((r) => ({ version: r.version, actor: r.actor, at: r.at.toISOString(), action: r.action, changes: r.changes }));
}
