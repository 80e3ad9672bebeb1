/**
 * Post-mortems as Markdown over the API: export, replace from Markdown (same version
 * rules as any edit), and import of a team's existing post-mortem files.
 */
import { isDeepStrictEqual } from 'node:util';
import { AppError } from '../../domain/errors.ts';
import type { Principal } from '../../domain/access/roles.ts';
import type { Changes } from '../../domain/diff.ts';
import { actionItemDueDate, horizonForPriority, findPriority } from '../../domain/policy/index.ts';
import type { ActionItem, PostmortemDoc } from '../../domain/postmortem/document.types.ts';
import { parsePostmortem } from '../../formats/postmortem/index.ts';
import { insertActionItems, listActionItemsOf, updateActionItemAtVersion, type NewActionItemRow } from '../../store/repositories/action-item.repository.ts';
import { takeActionNumbers, type PostmortemRow } from '../../store/repositories/postmortem.repository.ts';
import { requireRole } from '../access.ts';
import type { ServiceContext } from '../context.ts';
import { inTransaction } from '../transaction.ts';
import { checkMarkdownSize, markdownOf } from './postmortem-doc.ts';
import { loadPostmortem, requireEditRights, saveChange, viewPostmortem } from './postmortem.service.ts';
import type { PostmortemView } from './postmortem.view.ts';
import { evidenceItemsOf } from '../evidence/evidence.service.ts';

/** The Markdown of a post-mortem (front matter carries `revision`, the version it was written from). */
export async function exportMarkdown(ctx: ServiceContext, actor: Principal, id: string): Promise<{ markdown: string; version: number }> {
  requireRole(actor, 'viewer', 'reading a post-mortem');
  const row = await loadPostmortem(ctx, id);
  const evidence = await evidenceItemsOf(ctx, row.incidentId);
  return { markdown: markdownOf(row, await listActionItemsOf(ctx.db, id), evidence, ctx.config.publicUrl), version: row.version };
}

/** The version a Markdown body was written from: If-Match wins, else front matter `revision`. */
export function markdownVersion(text: string, ifMatch: number | undefined): number | undefined {
  if (ifMatch !== undefined) return ifMatch;
  const rev = parsePostmortem(text).doc.meta.extra['revision'];
  return typeof rev === 'number' ? rev : typeof rev === 'string' && /^\d+$/.test(rev) ? Number(rev) : undefined;
}

function stripLines(doc: PostmortemDoc): PostmortemDoc {
  const extra = { ...doc.meta.extra };
  delete extra['revision'];
  delete extra['owner'];
  return {
    ...doc,
    meta: { ...doc.meta, extra },
    sections: doc.sections.map((s) => ({ ...s, line: 0 })),
    timeline: { ...doc.timeline, entries: doc.timeline.entries.map((e) => ({ ...e, line: 0 })) },
    actionItems: [],
  };
}

/** A JSON-plain copy (undefined members dropped), for comparing with what the database gave back. */
const plain = (v: unknown): unknown => JSON.parse(JSON.stringify(v)) as unknown;

const STATUS_OK = new Set(['open', 'in_progress', 'done', 'wont_do']);

/** New action items of a document, keyed after the existing ones. */
async function createItems(ctx: ServiceContext, row: PostmortemRow, items: readonly ActionItem[]): Promise<number> {
  if (items.length === 0) return 0;
  const first = await takeActionNumbers(ctx.db, row.id, items.length);
  const now = ctx.now();
  const rows: NewActionItemRow[] = items.map((a, i) => {
    const priority = (a.priority && findPriority(ctx.config.policy, a.priority)) || 'P2';
    return {
      postmortemId: row.id, key: `A${first + i}`, title: a.text, category: 'prevent',
      horizon: horizonForPriority(ctx.config.policy, priority) ?? 'short-term', priority, owner: a.owner?.replace(/^@/, '') ?? null,
      // An item written without a date gets the policy's date for its priority, as one added by hand does.
      dueDate: a.due ?? actionItemDueDate(ctx.config.policy, priority, now).at.toISOString().slice(0, 10), status: a.status && STATUS_OK.has(a.status) ? a.status : 'open', createdAt: now, updatedAt: now,
      completedAt: a.status === 'done' ? now : null,
    };
  });
  await insertActionItems(ctx.db, rows);
  return rows.length;
}

/** Replaces a post-mortem from Markdown at a known version; action items are matched by key. */
export async function replaceFromMarkdown(
  ctx: ServiceContext, actor: Principal, id: string, text: string, version: number,
): Promise<{ postmortem: PostmortemView; warnings: { line: number; message: string }[] }> {
  // The action items and the document change together, or not at all (a stale version changes nothing).
  return inTransaction(ctx, (tx) => replaceFromMarkdownInTransaction(tx, actor, id, text, version));
}

async function replaceFromMarkdownInTransaction(
  ctx: ServiceContext, actor: Principal, id: string, text: string, version: number,
): Promise<{ postmortem: PostmortemView; warnings: { line: number; message: string }[] }> {
  const current = await loadPostmortem(ctx, id);
  requireEditRights(actor, current, 'editing a post-mortem');
  checkMarkdownSize(ctx, text);
  const parsed = parsePostmortem(text);
  const incoming = parsed.doc;
  if (incoming.meta.incidentId && incoming.meta.incidentId !== id) {
    throw new AppError('rule_violation', `this Markdown is the post-mortem of ${incoming.meta.incidentId}, not ${id}`);
  }
  const before = stripLines(current.doc as unknown as PostmortemDoc);
  const after = stripLines({ ...incoming, meta: { ...incoming.meta, incidentId: id, template: incoming.meta.template ?? current.template } });
  after.meta.status = before.meta.status;
  const changes: Changes = {};
  const title = incoming.meta.title ?? current.title;
  if (title !== current.title) changes['title'] = { from: current.title, to: title };
  const keyOf = (s: { key: string | null; heading: string }) => s.key ?? s.heading;
  const oldSections = new Map(before.sections.map((s) => [keyOf(s), s.body]));
  for (const s of after.sections) if (oldSections.get(keyOf(s)) !== s.body) changes[`sections.${keyOf(s)}`] = { from: oldSections.get(keyOf(s)) ?? null, to: s.body };
  for (const s of before.sections) if (!after.sections.some((n) => keyOf(n) === keyOf(s))) changes[`sections.${keyOf(s)}`] = { from: s.body, to: null };
  if (!isDeepStrictEqual(plain(before.timeline), plain(after.timeline))) changes['timeline'] = { from: before.timeline.entries.length, to: after.timeline.entries.length };
  if (!isDeepStrictEqual(plain(before.meta), plain({ ...after.meta, title: before.meta.title }))) changes['meta'] = { from: before.meta, to: after.meta };

  // Action items: update those with a known key, create the others, keep the ones not mentioned.
  const warnings = [...parsed.warnings];
  const existing = await listActionItemsOf(ctx.db, id);
  const byKey = new Map(existing.map((a) => [a.key, a]));
  const fresh: ActionItem[] = [];
  for (const a of incoming.actionItems) {
    const old = a.key ? byKey.get(a.key) : undefined;
    if (!old) { fresh.push(a); continue; }
    byKey.delete(old.key);
    const p: Partial<NewActionItemRow> = {};
    if (a.text !== old.title) p.title = a.text;
    const owner = a.owner?.replace(/^@/, '') ?? null;
    if (owner !== old.owner) p.owner = owner;
    if (a.due !== old.dueDate) p.dueDate = a.due;
    if (a.status && a.status !== old.status && STATUS_OK.has(a.status)) { p.status = a.status; p.completedAt = a.status === 'done' ? ctx.now() : null; }
    const pr = a.priority ? findPriority(ctx.config.policy, a.priority) : undefined;
    if (pr && pr !== old.priority) p.priority = pr;
    if (Object.keys(p).length) {
      await updateActionItemAtVersion(ctx.db, id, old.key, old.version, { ...p, updatedAt: ctx.now() });
      changes[`actionItems.${old.key}`] = { from: old.title, to: a.text };
    }
  }
  for (const left of byKey.values()) warnings.push({ line: 0, message: `action item ${left.key} is not in this Markdown; it was kept (close it as won't do to drop it)` });
  const created = await createItems(ctx, current, fresh);
  if (created) changes['actionItems.added'] = { from: null, to: created };

  const content = Object.keys(changes).length > 0;
  const updated = await saveChange(ctx, actor, current, version, { title, doc: after }, changes, 'markdown', content);
  return { postmortem: await viewPostmortem(ctx, updated), warnings };
}

/** Adds the action items of an imported document to a new post-mortem. */
export async function importActionItems(ctx: ServiceContext, row: PostmortemRow, items: readonly ActionItem[]): Promise<number> {
  return createItems(ctx, row, items);
}
