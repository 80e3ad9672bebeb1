/**
 * Publishing (seed 001 "Publishing Post-Mortems"): internal, or external after the
 * review checklist — names and internal details redacted (shown before it happens),
 * legal review for security incidents, approval recorded. Published versions are
 * immutable and addressable.
 */
import { AppError } from '../../domain/errors.ts';
import type { Principal } from '../../domain/access/roles.ts';
import { applyRedactions, findRedactions, type Redaction } from '../../domain/lifecycle/redaction.ts';
import { missingSignOffs, type Reviewer } from '../../domain/lifecycle/postmortem-status.ts';
import { listActionItemsOf } from '../../store/repositories/action-item.repository.ts';
import { findIncident } from '../../store/repositories/incident.repository.ts';
import { findPublication, insertPublication, type PostmortemRow } from '../../store/repositories/postmortem.repository.ts';
import { listEvents } from '../../store/repositories/timeline.repository.ts';
import { listUsers } from '../../store/repositories/user.repository.ts';
import { requireRole, requireRoleOrOwner } from '../access.ts';
import type { ServiceContext } from '../context.ts';
import { staleVersion } from '../versioning.ts';
import { lintMarkdown, markdownOf } from './postmortem-doc.ts';
import { loadPostmortem, saveChange, viewPostmortem } from './postmortem.service.ts';

export type Audience = 'internal' | 'external';

type Preview = { canPublish: boolean; blockers: string[]; redactions: Redaction[]; markdown: string };

async function peopleOf(ctx: ServiceContext, pm: PostmortemRow): Promise<string[]> {
  const incident = await findIncident(ctx.db, pm.incidentId);
  const users = await listUsers(ctx.db);
  const items = await listActionItemsOf(ctx.db, pm.id);
  const events = await listEvents(ctx.db, pm.incidentId);
  return [
    ...users.flatMap((u) => [u.username, u.displayName]), pm.owner, pm.facilitator, incident?.commander,
    ...(pm.reviewers as Reviewer[]).map((r) => r.user), ...items.map((a) => a.owner), ...events.map((e) => e.actor),
  ].filter((x): x is string => typeof x === 'string' && x.length > 0);
}

async function preview(ctx: ServiceContext, pm: PostmortemRow, audience: Audience): Promise<Preview> {
  const items = await listActionItemsOf(ctx.db, pm.id);
  const markdown = markdownOf(pm, items);
  const blockers: string[] = [];
  if (pm.status !== 'approved') blockers.push(`the post-mortem is ${pm.status.replace('_', ' ')}; it must be approved first`);
  const missing = missingSignOffs(pm.reviewers as Reviewer[]);
  if (missing.length) blockers.push(`sign-off missing from: ${missing.join(', ')}`);
  const errors = lintMarkdown(ctx, markdown, pm.template).findings.filter((f) => f.severity === 'error');
  for (const f of errors) blockers.push(`quality error [${f.rule}] line ${f.line}: ${f.message}`);
  let redactions: Redaction[] = [];
  if (audience === 'external') {
    const incident = await findIncident(ctx.db, pm.incidentId);
    if ((incident?.flags['security'] === true || incident?.type === 'security') && !pm.legalReviewed) {
      blockers.push('security incident: legal review must be recorded before external publication (legalReviewed: true)');
    }
    redactions = findRedactions(markdown, { people: await peopleOf(ctx, pm), internalDomains: ctx.config.postmortem.internalDomains });
  }
  return { canPublish: blockers.length === 0, blockers, redactions, markdown: audience === 'external' ? applyRedactions(markdown, redactions) : markdown };
}

/** What publishing would do: blockers, and for external the redactions it will apply. */
export async function publishPreview(ctx: ServiceContext, actor: Principal, id: string, audience: Audience): Promise<Preview> {
  requireRole(actor, 'viewer', 'previewing publication');
  return preview(ctx, await loadPostmortem(ctx, id), audience);
}

/** Publishes an approved post-mortem; refused, with the reasons, while blockers remain. */
export async function publish(ctx: ServiceContext, actor: Principal, id: string, input: { audience: Audience; legalReviewed?: boolean | undefined }, version: number) {
  let pm = await loadPostmortem(ctx, id);
  requireRoleOrOwner(actor, 'editor', pm.owner, 'responder', 'publishing a post-mortem');
  if (pm.version !== version) throw staleVersion('post-mortem', id, version, pm, await viewPostmortem(ctx, pm));
  if (input.legalReviewed && !pm.legalReviewed) {
    requireRole(actor, 'editor', 'recording legal review');
    pm = await saveChange(ctx, actor, pm, version, { legalReviewed: true }, { legalReviewed: { from: false, to: true } }, 'legal-review', false);
    version = pm.version;
  }
  const p = await preview(ctx, pm, input.audience);
  if (!p.canPublish) throw new AppError('rule_violation', `cannot publish yet: ${p.blockers.join('; ')}`, { blockers: p.blockers });
  const pub = await insertPublication(ctx.db, {
    postmortemId: id, audience: input.audience, markdown: p.markdown, redactions: p.redactions, postmortemVersion: pm.version,
    publishedBy: actor.name, publishedAt: ctx.now(),
  });
  const updated = await saveChange(ctx, actor, pm, version, { status: 'published' }, { status: { from: pm.status, to: 'published' }, [`published.${pub.number}`]: { from: null, to: input.audience } }, 'publish', false);
  return { number: pub.number, audience: pub.audience, publishedAt: pub.publishedAt.toISOString(), url: `/api/v1/postmortems/${id}/published/${pub.number}`, postmortem: await viewPostmortem(ctx, updated) };
}

/** One published version (immutable). */
export async function getPublication(ctx: ServiceContext, actor: Principal, id: string, number: number) {
  requireRole(actor, 'viewer', 'reading a published post-mortem');
  const pub = await findPublication(ctx.db, id, number);
  if (!pub) throw new AppError('not_found', `post-mortem ${id} has no published version ${number}`);
  return { postmortemId: id, number: pub.number, audience: pub.audience, markdown: pub.markdown, redactions: pub.redactions, postmortemVersion: pub.postmortemVersion, publishedBy: pub.publishedBy, publishedAt: pub.publishedAt.toISOString() };
}
