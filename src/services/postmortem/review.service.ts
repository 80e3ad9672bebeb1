/** Review and sign-off: request review, approve or request changes, comments on sections. */
import { randomUUID } from 'node:crypto';
import { AppError } from '../../domain/errors.ts';
import { hasRole, type Principal } from '../../domain/access/roles.ts';
import { statusAfterDecision, type Reviewer } from '../../domain/lifecycle/postmortem-status.ts';
import { insertComment, listComments } from '../../store/repositories/postmortem.repository.ts';
import { requireRole } from '../access.ts';
import type { ServiceContext } from '../context.ts';
import { loadPostmortem, requireEditRights, saveChange, viewPostmortem } from './postmortem.service.ts';
import type { PostmortemView } from './postmortem.view.ts';

export type ReviewAction = {
  action: 'request' | 'approve' | 'request_changes';
  role?: string | undefined;
  comment?: string | undefined;
  /** With `request`: who fills each reviewer role. */
  reviewers?: { role: string; user: string | null }[] | undefined;
};

function presentComment(c: { id: string; section: string; body: string; author: string; kind: string; createdAt: Date }) {
  return { id: c.id, section: c.section, body: c.body, author: c.author, kind: c.kind, createdAt: c.createdAt.toISOString() };
}

/** Requests review, or records a reviewer's decision; status follows (seed 002 "Review and Approval"). */
export async function review(ctx: ServiceContext, actor: Principal, id: string, input: ReviewAction, version: number): Promise<PostmortemView> {
  const current = await loadPostmortem(ctx, id);
  const reviewers = structuredClone(current.reviewers) as Reviewer[];
  const now = ctx.now().toISOString();
  if (input.action === 'request') {
    requireEditRights(actor, current, 'requesting review');
    if (current.status === 'published') throw new AppError('rule_violation', 'this post-mortem is published; edit it to start a new revision');
    for (const r of input.reviewers ?? []) {
      const slot = reviewers.find((s) => s.role === r.role);
      if (slot) slot.user = r.user;
      else reviewers.push({ role: r.role, user: r.user, decision: 'pending', comment: null, decidedAt: null, required: true });
    }
    for (const r of reviewers) if (r.decision === 'changes_requested') { r.decision = 'pending'; r.decidedAt = null; }
    const updated = await saveChange(ctx, actor, current, version, { status: 'in_review', reviewers }, { status: { from: current.status, to: 'in_review' }, reviewers: { from: current.reviewers, to: reviewers } }, 'review:request', false);
    return viewPostmortem(ctx, updated);
  }
  requireRole(actor, 'editor', 'reviewing a post-mortem');
  if (current.status !== 'in_review') throw new AppError('rule_violation', `only a post-mortem in review can be approved or sent back; this one is ${current.status.replace('_', ' ')}`);
  if (current.owner && current.owner === actor.name && !hasRole(actor.role, 'admin')) {
    throw new AppError('forbidden', 'the owner of a post-mortem cannot sign it off; ask a reviewer');
  }
  const mine = reviewers.filter((r) => r.decision !== 'approved' || input.action === 'request_changes')
    .find((r) => (input.role ? r.role === input.role : r.user === actor.name) && (r.user === null || r.user === actor.name || hasRole(actor.role, 'admin')));
  const slot = mine ?? (input.role ? undefined : reviewers.find((r) => r.user === null && r.decision === 'pending'));
  if (!slot) throw new AppError('forbidden', input.role ? `you are not the reviewer for "${input.role}"` : 'no reviewer slot is waiting for you; pass the role you review for');
  if (input.action === 'request_changes' && !input.comment?.trim()) {
    throw new AppError('validation_failed', 'say what should change', { errors: [{ path: 'comment', message: 'required when requesting changes' }] });
  }
  slot.user ??= actor.name;
  slot.decision = input.action === 'approve' ? 'approved' : 'changes_requested';
  slot.comment = input.comment ?? null;
  slot.decidedAt = now;
  const status = statusAfterDecision(reviewers);
  if (input.comment?.trim()) {
    await insertComment(ctx.db, { id: randomUUID(), postmortemId: id, section: 'review', body: input.comment, author: actor.name, kind: input.action, createdAt: ctx.now() });
  }
  const updated = await saveChange(ctx, actor, current, version, { status, reviewers },
    { status: { from: current.status, to: status }, [`review.${slot.role}`]: { from: 'pending', to: slot.decision } }, `review:${input.action}`, false);
  return viewPostmortem(ctx, updated);
}

/** Comments of a post-mortem. */
export async function comments(ctx: ServiceContext, actor: Principal, id: string) {
  requireRole(actor, 'viewer', 'reading comments');
  await loadPostmortem(ctx, id);
  return (await listComments(ctx.db, id)).map(presentComment);
}

/** Adds a comment anchored to a section. */
export async function addComment(ctx: ServiceContext, actor: Principal, id: string, input: { section: string; body: string }) {
  requireRole(actor, 'responder', 'commenting');
  await loadPostmortem(ctx, id);
  return presentComment(await insertComment(ctx.db, { id: randomUUID(), postmortemId: id, section: input.section, body: input.body, author: actor.name, kind: 'comment', createdAt: ctx.now() }));
}
