/**
 * Publishing (seed 001 "Publishing Post-Mortems"): internal, or external after the
 * review checklist — names and internal details redacted (every removal shown first, the
 * publisher keeps or adds items), legal sign-off for security incidents. One approval
 * gives at most one internal and one external publication; a publication is written in
 * one transaction with its number, the version check and the status change. Published
 * versions are immutable, and an external one never returns the removed text.
 */
import { qualityBlockers } from '../../domain/lifecycle/quality-blockers.ts';
import type { PublicationView, PublishPreview, PublishResult } from '../../domain/postmortem/review.view.ts';
import { createRequire } from 'node:module';
import { AppError } from '../../domain/errors.ts';
import type { Principal } from '../../domain/access/roles.ts';
import { compilePatterns, publishedRedaction, redact, type CustomPattern } from '../../domain/lifecycle/redaction.ts';
import { LEGAL_ROLE, currentLegalSignOff, missingSignOffs, type Reviewer } from '../../domain/lifecycle/postmortem-status.ts';
import { listActionItemsOf, type ActionItemRow } from '../../store/repositories/action-item.repository.ts';
import { findIncident } from '../../store/repositories/incident-read.repository.ts';
import {
  findPublication, findPublicationOfApproval, insertPublication, lockPostmortem, type PostmortemRow,
} from '../../store/repositories/postmortem.repository.ts';
import { listEvents } from '../../store/repositories/timeline.repository.ts';
import { listUsers } from '../../store/repositories/user.repository.ts';
import { requireRole, requireRoleOrOwner } from '../access.ts';
import type { ServiceContext } from '../context.ts';
import { inTransaction } from '../transaction.ts';
import { staleVersion } from '../versioning.ts';
import { contentDigest } from './content-digest.ts';
import { lintMarkdown, markdownOf } from './postmortem-doc.ts';
import { loadPostmortem, saveChange, viewPostmortem } from './postmortem.service.ts';
import { isSigner, signerOf } from './signers.ts';
import { externalEvidence } from '../../domain/evidence/index.ts';
import { evidenceItemsOf } from '../evidence/evidence.service.ts';

export type Audience = 'internal' | 'external';

/** The publisher's decisions on the proposed removals. */
export type RedactionChoices = { keep?: readonly string[] | undefined; add?: readonly string[] | undefined };

type Preview = PublishPreview;

let words: ReadonlySet<string> | undefined;
/** English words, loaded once: a capitalised dictionary word next to a verb is not taken for a name. */
function englishWords(): ReadonlySet<string> {
  words ??= new Set(createRequire(import.meta.url)('an-array-of-english-words') as string[]);
  return words;
}

const compiled = new WeakMap<object, CustomPattern[]>();
/** The custom patterns of the config, compiled once (config loading already refused unsafe ones). */
function customPatterns(ctx: ServiceContext): CustomPattern[] {
  const cfg = ctx.config.postmortem.redaction;
  let p = compiled.get(cfg);
  if (!p) { p = compilePatterns(cfg.patterns).patterns; compiled.set(cfg, p); }
  return p;
}

async function peopleOf(ctx: ServiceContext, pm: PostmortemRow, items: readonly ActionItemRow[]): Promise<string[]> {
  const [incident, users, events] = await Promise.all([findIncident(ctx.db, pm.incidentId), listUsers(ctx.db), listEvents(ctx.db, pm.incidentId)]);
  return [
    ...users.flatMap((u) => [u.username, u.displayName]), pm.owner, pm.facilitator, incident?.commander,
    ...(pm.reviewers as Reviewer[]).map((r) => r.user), ...items.map((a) => a.owner), ...events.map((e) => e.actor),
  ].filter((x): x is string => typeof x === 'string' && x.length > 0);
}

async function needsLegal(ctx: ServiceContext, pm: PostmortemRow): Promise<boolean> {
  const incident = await findIncident(ctx.db, pm.incidentId);
  return incident?.flags['security'] === true || incident?.type === 'security';
}

async function buildPreview(ctx: ServiceContext, pm: PostmortemRow, audience: Audience, choices: RedactionChoices, legalByActor = false): Promise<Preview> {
  const items = await listActionItemsOf(ctx.db, pm.id);
  const evidence = await evidenceItemsOf(ctx, pm.incidentId);
  const internal = markdownOf(pm, items, evidence, ctx.config.publicUrl);
  const blockers: string[] = [];
  const publishable = pm.status === 'approved' || pm.status === 'published';
  if (!publishable) blockers.push(`the post-mortem is ${pm.status.replace('_', ' ')}; it must be approved first`);
  const reviewers = pm.reviewers as Reviewer[];
  const missing = missingSignOffs(reviewers);
  if (missing.length) blockers.push(`sign-off missing from: ${missing.join(', ')}`);
  blockers.push(...qualityBlockers((await lintMarkdown(ctx, internal, pm.template)).findings.filter((x) => x.severity === 'error')));
  const approvalVersion = publishable ? pm.approvedVersion ?? pm.version : null;
  const published: Partial<Record<Audience, number>> = {};
  if (approvalVersion !== null) {
    for (const a of ['internal', 'external'] as const) {
      const p = await findPublicationOfApproval(ctx.db, pm.id, approvalVersion, a);
      if (p) published[a] = p.number;
    }
    if (published[audience] !== undefined) {
      blockers.push(`this approval is already published ${audience === 'internal' ? 'internally' : 'externally'} (version ${published[audience]}); edit and approve again to publish a new version`);
    }
  }
  const legalRequired = await needsLegal(ctx, pm);
  const legal = currentLegalSignOff(reviewers, contentDigest(pm, items));
  const stale = reviewers.find((r) => r.role === LEGAL_ROLE && r.decision === 'approved' && !legal);
  if (audience === 'external' && legalRequired && !legal && !legalByActor) {
    blockers.push(stale
      ? 'security incident: the legal sign-off was given on an earlier version of the content; legal must approve this version (review role "legal")'
      : 'security incident: a legal sign-off is needed before external publication (review role "legal", or publish with legalReviewed: true as the legal reviewer)');
  }
  const legalReview = { required: legalRequired, current: legal !== null, by: legal?.user ?? null, revision: legal?.revision ?? null };
  const approval = { version: approvalVersion, published };
  if (audience === 'internal') return { canPublish: blockers.length === 0, blockers, redactions: [], kept: [], markdown: internal, approval, legalReview };
  const options = {
    people: await peopleOf(ctx, pm, items), dictionary: englishWords(), customers: ctx.config.postmortem.redaction.customers,
    publicDomains: ctx.config.postmortem.redaction.publicDomains, internalDomains: ctx.config.postmortem.internalDomains,
    patterns: customPatterns(ctx),
  };
  // Evidence goes out only when marked public and its caption passes the redaction preview untouched.
  const outside = externalEvidence(internal, evidence, (caption) => redact(caption, { ...options, keep: [], add: [] }).redactions.length === 0);
  const r = redact(outside.markdown, { ...options, keep: choices.keep ?? [], add: choices.add ?? [] });
  return { canPublish: blockers.length === 0, blockers, redactions: r.redactions, kept: r.kept, markdown: r.markdown, approval, legalReview };
}

/** What publishing would do: blockers, and for external every proposed removal with its reason and section. */
export async function publishPreview(ctx: ServiceContext, actor: Principal, id: string, audience: Audience, choices: RedactionChoices = {}, legalByActor = false): Promise<Preview> {
  requireRole(actor, 'viewer', 'previewing publication');
  return buildPreview(ctx, await loadPostmortem(ctx, id), audience, choices, legalByActor);
}

export type PublishInput = { audience: Audience; legalReviewed?: boolean | undefined; redaction?: RedactionChoices | undefined };

/**
 * Publishes an approved post-mortem, refused with the reasons while blockers remain.
 * `legalReviewed: true` records the caller's legal sign-off of this version, in the same
 * transaction: a refused publish records nothing.
 */
export async function publish(ctx: ServiceContext, actor: Principal, id: string, input: PublishInput, version: number): Promise<PublishResult> {
  const before = await loadPostmortem(ctx, id);
  requireRoleOrOwner(actor, 'editor', before.owner, 'responder', 'publishing a post-mortem');
  const result = await inTransaction(ctx, async (tx) => {
    const pm = await lockPostmortem(tx.db, id);
    if (!pm) throw new AppError('not_found', `no post-mortem ${id}`);
    if (pm.version !== version) throw staleVersion('post-mortem', id, version, pm, await viewPostmortem(tx, pm));
    const reviewers = structuredClone(pm.reviewers) as Reviewer[];
    const items = await listActionItemsOf(tx.db, id);
    const digest = contentDigest(pm, items);
    const recordLegal = input.legalReviewed === true && !currentLegalSignOff(reviewers, digest);
    if (recordLegal) await checkLegalReviewer(tx, actor, pm);
    const p = await buildPreview(tx, pm, input.audience, input.redaction ?? {}, recordLegal && input.audience === 'external');
    if (!p.canPublish) {
      const already = p.approval.published[input.audience] !== undefined;
      throw new AppError(already ? 'conflict' : 'rule_violation', `cannot publish: ${p.blockers.join('; ')}`, { blockers: p.blockers });
    }
    const approvedVersion = pm.approvedVersion ?? pm.version;
    const changes: Record<string, { from: unknown; to: unknown }> = {};
    if (recordLegal) {
      const { signer } = await signerOf(tx, actor);
      const slot = reviewers.find((r) => r.role === LEGAL_ROLE);
      const signed: Reviewer = {
        role: LEGAL_ROLE, user: signer.name, decision: 'approved', comment: 'recorded with publication', decidedAt: ctx.now().toISOString(),
        required: false, scope: 'external', signedBy: signer.key, revision: pm.version, contentDigest: digest,
      };
      if (slot) Object.assign(slot, signed); else reviewers.push(signed);
      changes[`review.${LEGAL_ROLE}`] = { from: slot?.decision ?? null, to: 'approved' };
    }
    const pub = await insertPublicationOnce(tx, {
      postmortemId: id, audience: input.audience, markdown: p.markdown, redactions: p.redactions.map(publishedRedaction),
      kept: p.kept, postmortemVersion: pm.version, approvedVersion, publishedBy: actor.name, publishedAt: ctx.now(),
    });
    changes['status'] = { from: pm.status, to: 'published' };
    changes[`published.${pub.number}`] = { from: null, to: input.audience };
    const legalNow = currentLegalSignOff(reviewers, digest) !== null;
    const updated = await saveChange(tx, actor, pm, version, { status: 'published', approvedVersion, reviewers, legalReviewed: legalNow }, changes, 'publish', false);
    return { pub, updated };
  });
  const { pub, updated } = result;
  return { number: pub.number, audience: pub.audience as Audience, publishedAt: pub.publishedAt.toISOString(), url: `/api/v1/postmortems/${id}/published/${pub.number}`, postmortem: await viewPostmortem(ctx, updated) };
}

/** The legal sign-off is a person's, and never the owner's. */
async function checkLegalReviewer(ctx: ServiceContext, actor: Principal, pm: PostmortemRow): Promise<void> {
  requireRole(actor, 'editor', 'recording the legal review');
  if (actor.kind === 'system') throw new AppError('forbidden', 'a legal sign-off is made by a person');
  const { signer, users } = await signerOf(ctx, actor);
  if (isSigner(pm.owner, signer, users)) throw new AppError('forbidden', 'the owner of a post-mortem cannot record its legal review; ask the legal reviewer');
}

/** Inserts the publication; a second one from the same approval (a lost race) is a 409, never a 500. */
async function insertPublicationOnce(ctx: ServiceContext, row: Parameters<typeof insertPublication>[1]) {
  try {
    return await insertPublication(ctx.db, row);
  } catch (e) {
    const code = (e as { code?: unknown; cause?: { code?: unknown } }).code ?? (e as { cause?: { code?: unknown } }).cause?.code;
    if (code === '23505') throw new AppError('conflict', `this approval of ${row.postmortemId} is already published (${row.audience})`);
    throw e;
  }
}

/** One published version (immutable); removals are listed without the removed text. */
export async function getPublication(ctx: ServiceContext, actor: Principal, id: string, number: number): Promise<PublicationView> {
  requireRole(actor, 'viewer', 'reading a published post-mortem');
  const pub = await findPublication(ctx.db, id, number);
  if (!pub) throw new AppError('not_found', `post-mortem ${id} has no published version ${number}`);
  return {
    postmortemId: id, number: pub.number, audience: pub.audience as Audience, markdown: pub.markdown,
    redactions: (pub.redactions as Record<string, unknown>[]).map(publishedRedaction), kept: pub.kept,
    postmortemVersion: pub.postmortemVersion, approvedVersion: pub.approvedVersion, publishedBy: pub.publishedBy, publishedAt: pub.publishedAt.toISOString(),
  };
}
