/** Review and sign-off: request review, approve or request changes, comments on sections. */
import type { CommentView } from '../../domain/postmortem/review.view.ts';
import { randomUUID } from 'node:crypto';
import { AppError } from '../../domain/errors.ts';
import { hasRole, type Principal } from '../../domain/access/roles.ts';
import { LEGAL_ROLE, statusAfterDecision, type PostmortemStatus, type Reviewer } from '../../domain/lifecycle/postmortem-status.ts';
import { listActionItemsOf } from '../../store/repositories/action-item.repository.ts';
import { insertComment, listComments } from '../../store/repositories/postmortem.repository.ts';
import { listUsers } from '../../store/repositories/user.repository.ts';
import { requireRole } from '../access.ts';
import type { ServiceContext } from '../context.ts';
import { inTransaction } from '../transaction.ts';
import { contentDigest } from './content-digest.ts';
import { loadPostmortem, requireEditRights, saveChange, viewPostmortem } from './postmortem.service.ts';
import { isSigner, signerOf, userIdOf, type Signer } from './signers.ts';
import type { PostmortemView } from './postmortem.view.ts';

export type ReviewAction = {
  action: 'request' | 'approve' | 'request_changes';
  role?: string | undefined;
  comment?: string | undefined;
  /** With `request`: who fills each reviewer role. */
  reviewers?: { role: string; user: string | null }[] | undefined;
};

function presentComment(c: { id: string; section: string; body: string; author: string; kind: string; createdAt: Date }): CommentView {
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
    const users = await listUsers(ctx.db);
    for (const r of input.reviewers ?? []) {
      if (r.user !== null && current.owner && (sameName(r.user, current.owner) || (userIdOf(r.user, users) ?? '') === userIdOf(current.owner, users))) {
        throw new AppError('validation_failed', `the owner (${current.owner}) cannot review their own post-mortem; assign someone else to "${r.role}" or leave it open`, {
          errors: [{ path: 'reviewers', message: `"${r.user}" owns this post-mortem` }],
        });
      }
      const slot = reviewers.find((s) => s.role === r.role);
      if (slot) slot.user = r.user;
      else reviewers.push({ role: r.role, user: r.user, decision: 'pending', comment: null, decidedAt: null, required: r.role !== LEGAL_ROLE, ...(r.role === LEGAL_ROLE ? { scope: 'external' as const } : {}) });
    }
    // A slot held by the owner (the commander who owns the post-mortem) goes to another reviewer: it is left open.
    for (const r of reviewers) if (r.decision === 'pending' && r.user && current.owner && ownerNamed(r.user, current.owner, users)) r.user = null;
    const holders = new Map<string, string>();
    for (const r of reviewers.filter((x) => x.user !== null && x.role !== LEGAL_ROLE)) {
      const who = userIdOf(r.user, users) ?? r.user!.trim().toLowerCase();
      const other = holders.get(who);
      if (other !== undefined && (input.reviewers ?? []).some((a) => a.role === r.role || a.role === other)) {
        throw new AppError('validation_failed', `${r.user} cannot fill both "${other}" and "${r.role}": one person fills at most one reviewer slot`, {
          errors: [{ path: 'reviewers', message: `"${r.user}" is assigned twice` }],
        });
      }
      holders.set(who, r.role);
    }
    for (const r of reviewers) if (r.decision === 'changes_requested') { r.decision = 'pending'; r.decidedAt = null; r.signedBy = null; }
    const updated = await saveChange(ctx, actor, current, version, { status: 'in_review', reviewers }, { status: { from: current.status, to: 'in_review' }, reviewers: { from: current.reviewers, to: reviewers } }, 'review:request', false);
    return viewPostmortem(ctx, updated);
  }
  requireRole(actor, 'reviewer', 'reviewing a post-mortem');
  const legal = input.role === LEGAL_ROLE;
  const open = legal ? ['in_review', 'approved', 'published'] : ['in_review'];
  if (!open.includes(current.status)) {
    throw new AppError('rule_violation', `only a post-mortem in review can be approved or sent back; this one is ${current.status.replace('_', ' ')}`);
  }
  const { signer, users } = await signerOf(ctx, actor);
  if (actor.kind === 'system') throw new AppError('forbidden', 'a sign-off is made by a person, not by an integration');
  if (isSigner(current.owner, signer, users)) {
    throw new AppError('forbidden', 'the owner of a post-mortem cannot sign it off, by any path (session, API token or another name); ask a reviewer');
  }
  if (input.action === 'request_changes' && !input.comment?.trim()) {
    throw new AppError('validation_failed', 'say what should change', { errors: [{ path: 'comment', message: 'required when requesting changes' }] });
  }
  if (legal && !reviewers.some((r) => r.role === LEGAL_ROLE)) {
    reviewers.push({ role: LEGAL_ROLE, user: null, decision: 'pending', comment: null, decidedAt: null, required: false, scope: 'external' });
  }
  const slot = pickSlot(reviewers, input, signer, users, current.owner, hasRole(actor.role, 'admin'));
  const elsewhere = reviewers.find((r) => r !== slot && r.decision !== 'pending' && (r.signedBy ? r.signedBy === signer.key : !slotOpenTo(r, current.owner, users) && isSigner(r.user, signer, users)));
  if (elsewhere && input.action === 'approve') {
    throw new AppError('forbidden', `you already signed off as "${elsewhere.role}"; one person fills at most one reviewer slot — ask another reviewer for "${slot.role}"`);
  }
  const items = await listActionItemsOf(ctx.db, id);
  slot.user = slotOpenTo(slot, current.owner, users) ? signer.name : (slot.user ?? signer.name);
  slot.decision = input.action === 'approve' ? 'approved' : 'changes_requested';
  slot.comment = input.comment ?? null;
  slot.decidedAt = now;
  slot.signedBy = signer.key;
  slot.revision = current.version;
  slot.contentDigest = contentDigest(current, items);
  // The legal sign-off of an approved or published post-mortem does not change its status (a change request does).
  const status = legal && current.status !== 'in_review' && input.action === 'approve' ? current.status as PostmortemStatus : statusAfterDecision(reviewers);
  const approvedNow = status === 'approved' && current.status !== 'approved';
  const updated = await inTransaction(ctx, async (tx) => {
    if (input.comment?.trim()) {
      await insertComment(tx.db, { id: randomUUID(), postmortemId: id, section: 'review', body: input.comment, author: actor.name, kind: input.action, createdAt: ctx.now() });
    }
    return saveChange(tx, actor, current, version, { status, reviewers, ...(approvedNow ? { approvedVersion: current.version + 1 } : {}) },
      { status: { from: current.status, to: status }, [`review.${slot.role}`]: { from: 'pending', to: slot.decision } }, `review:${input.action}`, false);
  });
  return viewPostmortem(ctx, updated);
}

const sameName = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

/** True when `who` is the owner, by name or by user id. */
function ownerNamed(who: string, owner: string, users: Parameters<typeof userIdOf>[1]): boolean {
  if (sameName(who, owner)) return true;
  const a = userIdOf(who, users);
  return a !== null && a === userIdOf(owner, users);
}

/** A slot is open to any reviewer when nobody is assigned, or when it was assigned to the owner (who cannot sign). */
function slotOpenTo(slot: Reviewer, owner: string | null, users: Parameters<typeof userIdOf>[1]): boolean {
  return slot.user === null || (owner !== null && ownerNamed(slot.user, owner, users));
}

/** The slot this decision fills: the role asked for, else the one assigned to the signer, else an open one. */
function pickSlot(reviewers: Reviewer[], input: ReviewAction, signer: Signer, users: Parameters<typeof userIdOf>[1], owner: string | null, admin: boolean): Reviewer {
  const waiting = (r: Reviewer) => r.decision !== 'approved' || input.action === 'request_changes';
  if (input.role) {
    const slot = reviewers.find((r) => r.role === input.role);
    if (!slot) throw new AppError('forbidden', `this post-mortem has no reviewer slot "${input.role}"`);
    if (!waiting(slot)) throw new AppError('conflict', `"${input.role}" has already approved`);
    if (!slotOpenTo(slot, owner, users) && !isSigner(slot.user, signer, users) && !admin) throw new AppError('forbidden', `you are not the reviewer for "${input.role}" (assigned to ${slot.user})`);
    return slot;
  }
  const mine = reviewers.find((r) => waiting(r) && !slotOpenTo(r, owner, users) && isSigner(r.user, signer, users));
  const slot = mine ?? reviewers.find((r) => r.decision === 'pending' && r.required && slotOpenTo(r, owner, users));
  if (!slot) throw new AppError('forbidden', 'no reviewer slot is waiting for you; pass the role you review for');
  return slot;
}

/** Comments of a post-mortem. */
export async function comments(ctx: ServiceContext, actor: Principal, id: string) {
  requireRole(actor, 'viewer', 'reading comments');
  await loadPostmortem(ctx, id);
  return (await listComments(ctx.db, id)).map(presentComment);
}

/** Adds a comment anchored to a section. */
export async function addComment(ctx: ServiceContext, actor: Principal, id: string, input: { section: string; body: string }) {
  requireRole(actor, 'reviewer', 'commenting');
  await loadPostmortem(ctx, id);
  return presentComment(await insertComment(ctx.db, { id: randomUUID(), postmortemId: id, section: input.section, body: input.body, author: actor.name, kind: 'comment', createdAt: ctx.now() }));
}
