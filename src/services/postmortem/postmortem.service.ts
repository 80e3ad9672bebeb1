/** Use cases for a post-mortem document: read, list, edit (sections, Markdown), history. */
import { AppError } from '../../domain/errors.ts';
import type { Principal } from '../../domain/access/roles.ts';
import type { Changes } from '../../domain/diff.ts';
import { resetDecisions, statusAfterEdit, type PostmortemStatus, type Reviewer } from '../../domain/lifecycle/postmortem-status.ts';
import type { PostmortemDoc } from '../../domain/postmortem/document.types.ts';
import { listActionItemsOf } from '../../store/repositories/action-item.repository.ts';
import {
  findPostmortem, listPostmortems, listPublications, updatePostmortemAtVersion, type NewPostmortemRow, type PostmortemRow,
} from '../../store/repositories/postmortem.repository.ts';
import { insertRevision, listRevisions } from '../../store/repositories/revision.repository.ts';
import { requireRole, requireRoleOrOwner } from '../access.ts';
import { decodeCursor, encodeCursor } from '../cursor.ts';
import type { PostmortemList } from '../../domain/postmortem/postmortem.view.ts';
import type { ServiceContext } from '../context.ts';
import { inTransaction } from '../transaction.ts';
import { staleVersion } from '../versioning.ts';
import { eventsBehind } from '../../domain/lifecycle/timeline-refresh.ts';
import { incidentTimelineEvents } from './incident-events.ts';
import { checkMarkdownSize, templateOf } from './postmortem-doc.ts';
import { presentPostmortem, presentPostmortemSummary, type PostmortemView } from './postmortem.view.ts';

/** Loads a post-mortem or throws 404. */
export async function loadPostmortem(ctx: ServiceContext, id: string): Promise<PostmortemRow> {
  const row = await findPostmortem(ctx.db, id);
  if (!row) throw new AppError('not_found', `no post-mortem ${id} (start one with POST /api/v1/incidents/${id}/postmortem)`);
  return row;
}

/** The full view of a post-mortem (with findings and score). */
export async function viewPostmortem(ctx: ServiceContext, row: PostmortemRow): Promise<PostmortemView> {
  const [items, pubs, events] = await Promise.all([
    listActionItemsOf(ctx.db, row.id), listPublications(ctx.db, row.id), incidentTimelineEvents(ctx, row.incidentId),
  ]);
  const timelineBehind = eventsBehind((row.doc as unknown as PostmortemDoc).timeline.entries, events);
  return presentPostmortem(ctx, row, items, pubs, timelineBehind);
}

/** Reads a post-mortem. */
export async function getPostmortem(ctx: ServiceContext, actor: Principal, id: string): Promise<PostmortemView> {
  requireRole(actor, 'viewer', 'reading a post-mortem');
  return viewPostmortem(ctx, await loadPostmortem(ctx, id));
}

/** Lists post-mortems (`owner=me` means the caller). */
export async function listPostmortemSummaries(
  ctx: ServiceContext, actor: Principal, q: { status?: string | undefined; owner?: string | undefined; cursor?: string | undefined; limit: number },
): Promise<PostmortemList> {
  requireRole(actor, 'viewer', 'listing post-mortems');
  const owner = q.owner === 'me' ? actor.name : q.owner;
  // The same (time, id) cursor as the incident list's, on the creation time.
  const after = q.cursor ? decodeCursor(q.cursor) : undefined;
  const rows = await listPostmortems(ctx.db, {
    statuses: q.status ? q.status.split(',') : undefined, owner, limit: q.limit + 1,
    after: after ? { createdAt: after.declaredAt, id: after.id } : undefined,
  });
  const page = rows.slice(0, q.limit);
  const last = page.at(-1);
  return {
    items: page.map(presentPostmortemSummary),
    nextCursor: rows.length > q.limit && last ? encodeCursor({ declaredAt: last.createdAt, id: last.id }) : null,
  };
}

/** Edit rights: editors, or the post-mortem owner (responder or above). */
export function requireEditRights(actor: Principal, row: PostmortemRow, action: string): void {
  requireRoleOrOwner(actor, 'editor', row.owner, 'responder', action);
}

/**
 * Saves a change at a known version and records the revision; a content change to an
 * approved or published post-mortem sends it back to draft and resets sign-offs.
 */
export async function saveChange(
  ctx: ServiceContext, actor: Principal, current: PostmortemRow, version: number,
  patch: Partial<NewPostmortemRow>, changes: Changes, action: string, contentChange: boolean,
): Promise<PostmortemRow> {
  if (current.version !== version) throw staleVersion('post-mortem', current.id, version, current, await viewPostmortem(ctx, current));
  if (Object.keys(changes).length === 0) return current;
  const full: Partial<NewPostmortemRow> = { ...patch, updatedAt: ctx.now() };
  if (contentChange) {
    const next = statusAfterEdit(current.status as PostmortemStatus);
    if (next !== current.status) {
      full.status = next;
      full.reviewers = resetDecisions(current.reviewers as Reviewer[]);
      changes['status'] = { from: current.status, to: next };
    }
  }
  const updated = await inTransaction(ctx, async (tx) => {
    const row = await updatePostmortemAtVersion(tx.db, current.id, version, full);
    if (row) await insertRevision(tx.db, { entityType: 'postmortem', entityId: current.id, version: row.version, actor: actor.name, action, changes, at: ctx.now() });
    return row;
  });
  if (!updated) {
    const fresh = await loadPostmortem(ctx, current.id);
    throw staleVersion('post-mortem', current.id, version, fresh, await viewPostmortem(ctx, fresh));
  }
  return updated;
}

export type PostmortemPatch = {
  title?: string | undefined; owner?: string | null | undefined; facilitator?: string | null | undefined;
  sections?: Record<string, string> | undefined;
};

/** Edits metadata and section bodies (Markdown) at a known version. */
export async function updatePostmortem(ctx: ServiceContext, actor: Principal, id: string, input: PostmortemPatch, version: number): Promise<PostmortemView> {
  const current = await loadPostmortem(ctx, id);
  requireEditRights(actor, current, 'editing a post-mortem');
  const changes: Changes = {};
  const patch: Partial<NewPostmortemRow> = {};
  for (const k of ['title', 'owner', 'facilitator'] as const) {
    const v = input[k];
    if (v !== undefined && v !== current[k]) { changes[k] = { from: current[k], to: v }; (patch as Record<string, unknown>)[k] = v; }
  }
  if (input.sections) {
    const doc = structuredClone(current.doc) as unknown as PostmortemDoc;
    const template = templateOf(ctx, current.template);
    for (const [key, body] of Object.entries(input.sections)) {
      let section = doc.sections.find((s) => s.key === key || (s.key === null && s.heading === key));
      if (!section) {
        const t = template?.sections.find((s) => s.key === key);
        if (!t) throw new AppError('validation_failed', `this post-mortem has no section "${key}"`, { errors: [{ path: `sections.${key}`, message: 'unknown section' }] });
        section = { key: t.key, heading: t.heading, line: 0, level: 2, body: '' };
        doc.sections.push(section);
      }
      if (section.body !== body) {
        changes[`sections.${key}`] = { from: section.body, to: body };
        section.body = body;
      }
    }
    if (Object.keys(changes).some((k) => k.startsWith('sections.'))) patch.doc = doc;
    checkMarkdownSize(ctx, doc.sections.map((s) => s.body).join('\n'), 'the post-mortem');
  }
  if (patch.title !== undefined) {
    const doc = (patch.doc ?? structuredClone(current.doc)) as unknown as PostmortemDoc;
    doc.meta.title = patch.title;
    patch.doc = doc;
  }
  const content = Object.keys(changes).some((k) => k.startsWith('sections.') || k === 'title');
  const updated = await saveChange(ctx, actor, current, version, patch, changes, 'edit', content);
  return viewPostmortem(ctx, updated);
}

/** The revision history (who, when, what changed). */
export async function postmortemRevisions(ctx: ServiceContext, actor: Principal, id: string) {
  requireRole(actor, 'viewer', 'reading post-mortem history');
  await loadPostmortem(ctx, id);
  return (await listRevisions(ctx.db, 'postmortem', id)).map((r) => ({ version: r.version, actor: r.actor, at: r.at.toISOString(), action: r.action, changes: r.changes }));
}
