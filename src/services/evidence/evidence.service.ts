/**
 * Evidence use cases: add (stream → hash → blob store → row and history entry in one
 * transaction), list, read, serve (the hash checked before a byte goes out), verify,
 * delete (editor role; a tombstone with who and why) and where an item is cited.
 */
import { createHash, randomBytes } from 'node:crypto';
import { Readable } from 'node:stream';
import { AppError } from '../../domain/errors.ts';
import type { Principal } from '../../domain/access/roles.ts';
import {
  citedIds, citationOf, sniffContentType, withoutEvidenceList, uploadLimit, type AddEvidenceInput, type CiteEvidence, type EvidenceItem, type ReviseEvidence, type VerifyResult,
} from '../../domain/evidence/index.ts';
import { hashStream, type BlobStore } from '../../store/blob-store/index.ts';
import {
  actionCitations, evidenceBytesOf, evidencePage, findEvidence, insertEvidence, listEvidenceOf, liveRowsWithHash, tombstoneEvidence, type EvidenceRow,
} from '../../store/repositories/evidence.repository.ts';
import { findPostmortem } from '../../store/repositories/postmortem.repository.ts';
import { findEvent, listEvents } from '../../store/repositories/timeline.repository.ts';
import { findActionItem } from '../../store/repositories/action-item.repository.ts';
import { editEvent } from '../timeline.service.ts';
import { updateActionItem } from '../postmortem/action-item.service.ts';
import { insertRevision } from '../../store/repositories/revision.repository.ts';
import { requireRole } from '../access.ts';
import type { ServiceContext } from '../context.ts';
import { loadIncident } from '../incident.service.ts';
import { inTransaction } from '../transaction.ts';
import { evidenceStore } from './blob-store.service.ts';
import { presentEvidence } from './evidence.view.ts';

/** Items up to this size are checked and served from memory; larger ones are read twice (check, then send). */
const IN_MEMORY_BYTES = 8 * 1024 * 1024;

const newEvidenceId = (): string => `ev_${randomBytes(8).toString('hex')}`;

function tooLarge(limit: { name: string; limit: number }, size?: number): AppError {
  const what = limit.name === 'evidence.maxIncidentBytes'
    ? `this incident's evidence would pass ${limit.limit} bytes (evidence.maxIncidentBytes)`
    : `the item is larger than ${limit.limit} bytes (${limit.name})`;
  return new AppError('payload_too_large', `${what}${size !== undefined ? `: it is ${size} bytes` : ''}`, { limit: limit.limit, limitName: limit.name });
}

export type UploadBody = {
  /** The request body, read only after the access check. */
  stream: Readable;
  /** Content-Length when the client sent one (refused early when over the limit). */
  declaredLength: number | null;
};

/** Adds an evidence item to an incident. The caller has not read the body: the access check comes first. */
export async function addEvidence(ctx: ServiceContext, actor: Principal, incidentId: string, input: AddEvidenceInput, body: UploadBody): Promise<EvidenceItem> {
  requireRole(actor, 'responder', 'adding evidence');
  await loadIncident(ctx, incidentId);
  if (input.supersedes && !(await findEvidence(ctx.db, incidentId, input.supersedes))) {
    throw new AppError('validation_failed', `supersedes: ${incidentId} has no evidence ${input.supersedes}`, { errors: [{ path: 'supersedes', message: 'no such item on this incident' }] });
  }
  const limit = uploadLimit(ctx.config.evidence, input.kind, await evidenceBytesOf(ctx.db, incidentId));
  // A link's bytes are its URL (so its hash covers what it points at); the body is not read.
  const source = input.kind === 'link' ? Readable.from([Buffer.from(`${input.url ?? ''}\n`, 'utf8')]) : body.stream;
  if (input.kind !== 'link' && body.declaredLength !== null && body.declaredLength > limit.bytes) throw tooLarge(limit, body.declaredLength);
  const store = await evidenceStore(ctx);
  const put = await store.put(source, { bytes: limit.bytes, tooLarge: () => tooLarge(limit) });
  if (put.size === 0) {
    await dropIfUnused(ctx, store, put.sha256, put.created);
    throw new AppError('validation_failed', input.kind === 'text' ? 'the text is empty' : 'the file is empty', { errors: [{ path: 'body', message: 'no bytes were sent' }] });
  }
  const sniffed = sniffContentType(put.head, input.kind);
  try {
    return await inTransaction(ctx, async (tx) => {
      const incident = await loadIncident(tx, incidentId);
      const used = await evidenceBytesOf(tx.db, incidentId);
      if (used + put.size > ctx.config.evidence.maxIncidentBytes) throw tooLarge({ name: 'evidence.maxIncidentBytes', limit: ctx.config.evidence.maxIncidentBytes }, put.size);
      const now = tx.now();
      const row = await insertEvidence(tx.db, {
        id: newEvidenceId(), incidentId, kind: input.kind, caption: input.caption, name: input.name ?? null,
        coversFrom: input.from ? new Date(input.from) : null, coversTo: input.to ? new Date(input.to) : null,
        source: input.source ?? null, tool: input.tool ?? null, exitCode: input.exitCode ?? null,
        url: input.url ?? null, title: input.title ?? null, sha256: put.sha256, size: put.size, contentType: sniffed.contentType,
        public: input.public ?? false, supersedes: input.supersedes ?? null, addedBy: actor.name, addedAt: now,
      });
      await insertRevision(tx.db, {
        entityType: 'incident', entityId: incidentId, version: incident.version, actor: actor.name, action: 'evidence.add', at: now,
        changes: { [`evidence.${row.id}`]: { from: input.supersedes ?? null, to: { caption: row.caption, kind: row.kind, sha256: row.sha256, size: row.size } } },
      });
      return presentEvidence(row);
    });
  } catch (e) {
    await dropIfUnused(ctx, store, put.sha256, put.created);
    throw e;
  }
}

/** Removes bytes this call wrote when no item ended up holding them. */
async function dropIfUnused(ctx: ServiceContext, store: BlobStore, sha256: string, created: boolean): Promise<void> {
  if (created && (await liveRowsWithHash(ctx.db, sha256)) === 0) await store.remove(sha256);
}

/** The items with `supersededBy` set from the live newer versions. */
function withVersions(rows: readonly EvidenceRow[]): EvidenceItem[] {
  const newer = new Map<string, string>();
  for (const r of rows) if (r.supersedes && r.deletedAt === null) newer.set(r.supersedes, r.id);
  return rows.map((r) => ({ ...presentEvidence(r), supersededBy: newer.get(r.id) ?? null }));
}

/** An incident's current items (live, not superseded); with `deleted`, every item, tombstones and earlier versions included. */
export async function listEvidence(ctx: ServiceContext, actor: Principal, incidentId: string, opts: { deleted?: boolean } = {}): Promise<{ items: EvidenceItem[]; totalBytes: number; limits: { maxFileBytes: number; maxIncidentBytes: number } }> {
  requireRole(actor, 'viewer', 'reading evidence');
  await loadIncident(ctx, incidentId);
  const rows = await listEvidenceOf(ctx.db, incidentId);
  const all = withVersions(rows);
  return {
    items: opts.deleted ? all : all.filter((i) => i.deletedAt === null && !i.supersededBy),
    totalBytes: await evidenceBytesOf(ctx.db, incidentId),
    limits: { maxFileBytes: ctx.config.evidence.maxFileBytes, maxIncidentBytes: ctx.config.evidence.maxIncidentBytes },
  };
}

async function loadEvidence(ctx: ServiceContext, incidentId: string, evidenceId: string): Promise<EvidenceRow> {
  const row = await findEvidence(ctx.db, incidentId, evidenceId);
  if (!row) throw new AppError('not_found', `${incidentId} has no evidence ${evidenceId}`);
  return row;
}

export type Citation = { where: 'section' | 'event' | 'action'; id: string; label: string };

/** Where an item is cited: post-mortem sections (root cause, impact, 5 Whys, lessons…) and timeline events. */
async function citationsOf(ctx: ServiceContext, incidentId: string, evidenceId: string): Promise<Citation[]> {
  const out: Citation[] = [];
  const pm = await findPostmortem(ctx.db, incidentId);
  const doc = pm?.doc as { sections?: { key: string | null; heading: string; body: string }[] } | undefined;
  for (const s of doc?.sections ?? []) if (citedIds(withoutEvidenceList(s.body)).includes(evidenceId)) out.push({ where: 'section', id: s.key ?? s.heading, label: s.heading });
  for (const e of await listEvents(ctx.db, incidentId)) {
    if (citedIds(e.text).includes(evidenceId) || (e.link ?? '').endsWith(`/evidence/${evidenceId}`)) out.push({ where: 'event', id: e.id, label: e.text.slice(0, 120) });
  }
  for (const r of await actionCitations(ctx.db, incidentId)) {
    if (r.changes['effectivenessEvidence']?.to === evidenceId) out.push({ where: 'action', id: r.entityId.slice(incidentId.length + 1), label: 'effectiveness verified' });
  }
  return out;
}

export async function getEvidence(ctx: ServiceContext, actor: Principal, incidentId: string, evidenceId: string): Promise<EvidenceItem & { citedBy: Citation[] }> {
  requireRole(actor, 'viewer', 'reading evidence');
  const row = await loadEvidence(ctx, incidentId, evidenceId);
  const item = withVersions(await listEvidenceOf(ctx.db, incidentId)).find((i) => i.id === row.id) ?? presentEvidence(row);
  return { ...item, citedBy: await citationsOf(ctx, incidentId, evidenceId) };
}

function failedVerification(row: EvidenceRow, problem: string): AppError {
  return new AppError('conflict', `evidence ${row.id} failed verification: ${problem}; it is not served (restore the blob from a backup, or delete the item with a reason)`, { evidenceId: row.id, sha256: row.sha256, problem });
}

/** Checks one item's bytes; returns the problem, or null when they match. */
async function checkBytes(store: BlobStore, row: EvidenceRow): Promise<string | null> {
  const stream = await store.open(row.sha256);
  if (!stream) return 'its bytes are missing from the evidence store';
  const { sha256, size } = await hashStream(stream);
  if (sha256 !== row.sha256) return `the stored bytes hash to ${sha256}, not the recorded ${row.sha256}${size !== row.size ? ` (${size} bytes, not ${row.size})` : ''}`;
  return null;
}

/**
 * The bytes of an item, checked against the recorded hash first: a tampered or missing
 * blob is refused (409), never served. Small items are checked and sent from memory;
 * larger ones are hashed from the store, then streamed from it again.
 */
export async function openEvidenceContent(ctx: ServiceContext, actor: Principal, incidentId: string, evidenceId: string): Promise<{ item: EvidenceItem; body: Buffer | Readable }> {
  requireRole(actor, 'viewer', 'reading evidence');
  const row = await loadEvidence(ctx, incidentId, evidenceId);
  if (row.deletedAt) throw new AppError('not_found', `evidence ${row.id} was deleted by ${row.deletedBy ?? 'someone'} (${row.deleteReason ?? 'no reason given'}); its bytes are not served`);
  const store = await evidenceStore(ctx);
  if (row.size <= IN_MEMORY_BYTES) {
    const stream = await store.open(row.sha256);
    if (!stream) throw failedVerification(row, 'its bytes are missing from the evidence store');
    const chunks: Buffer[] = [];
    let size = 0;
    for await (const c of stream) {
      size += (c as Buffer).length;
      if (size > IN_MEMORY_BYTES * 2) { stream.destroy(); throw failedVerification(row, `the stored blob is larger than the recorded ${row.size} bytes`); }
      chunks.push(c as Buffer);
    }
    const bytes = Buffer.concat(chunks);
    const actual = createHash('sha256').update(bytes).digest('hex');
    if (actual !== row.sha256) throw failedVerification(row, `the stored bytes hash to ${actual}, not the recorded ${row.sha256}`);
    return { item: presentEvidence(row), body: bytes };
  }
  const problem = await checkBytes(store, row);
  if (problem) throw failedVerification(row, problem);
  const stream = await store.open(row.sha256);
  if (!stream) throw failedVerification(row, 'its bytes are missing from the evidence store');
  return { item: presentEvidence(row), body: stream };
}

/** Checks every live item's bytes (one incident's, or all the server keeps). */
export async function verifyEvidence(ctx: ServiceContext, actor: Principal, incidentId?: string): Promise<VerifyResult> {
  requireRole(actor, 'viewer', 'verifying evidence');
  if (incidentId) await loadIncident(ctx, incidentId);
  const store = await evidenceStore(ctx);
  const result: VerifyResult = { checked: 0, ok: 0, failed: [] };
  let after = '';
  for (;;) {
    const page = await evidencePage(ctx.db, after, 200, incidentId);
    if (page.length === 0) break;
    for (const row of page) {
      result.checked++;
      const problem = await checkBytes(store, row);
      if (problem) result.failed.push({ id: row.id, incidentId: row.incidentId, sha256: row.sha256, problem });
      else result.ok++;
    }
    after = page[page.length - 1]!.id;
  }
  return result;
}

/** Deletes an item: a tombstone (who, when, why) and a history entry; bytes no other item holds are removed. */
export async function deleteEvidence(ctx: ServiceContext, actor: Principal, incidentId: string, evidenceId: string, reason: string): Promise<EvidenceItem> {
  requireRole(actor, 'editor', 'deleting evidence');
  const row = await inTransaction(ctx, async (tx) => {
    const incident = await loadIncident(tx, incidentId);
    const existing = await loadEvidence(tx, incidentId, evidenceId);
    if (existing.deletedAt) throw new AppError('conflict', `evidence ${evidenceId} was already deleted by ${existing.deletedBy ?? 'someone'} at ${existing.deletedAt.toISOString()}`);
    const now = tx.now();
    const done = await tombstoneEvidence(tx.db, incidentId, evidenceId, actor.name, reason, now);
    if (!done) throw new AppError('conflict', `evidence ${evidenceId} was deleted meanwhile`);
    await insertRevision(tx.db, {
      entityType: 'incident', entityId: incidentId, version: incident.version, actor: actor.name, action: 'evidence.delete', at: now,
      changes: { [`evidence.${evidenceId}`]: { from: { caption: existing.caption, sha256: existing.sha256 }, to: { deleted: true, reason } } },
    });
    return done;
  });
  const store = await evidenceStore(ctx);
  if ((await liveRowsWithHash(ctx.db, row.sha256)) === 0) await store.remove(row.sha256);
  return presentEvidence(row);
}

/** The live items of an incident with their newer versions named, for the Markdown export and publishing (no access check: callers did it). */
export async function evidenceItemsOf(ctx: ServiceContext, incidentId: string): Promise<EvidenceItem[]> {
  return withVersions(await listEvidenceOf(ctx.db, incidentId)).filter((i) => i.deletedAt === null);
}

/**
 * A new version of an item's description (caption, covers, source, public): a new item with
 * the same bytes that supersedes the old one, which stays (items are never edited in place).
 */
export async function reviseEvidence(ctx: ServiceContext, actor: Principal, incidentId: string, evidenceId: string, input: ReviseEvidence): Promise<EvidenceItem> {
  requireRole(actor, 'responder', 'adding evidence');
  return inTransaction(ctx, async (tx) => {
    const incident = await loadIncident(tx, incidentId);
    const old = await loadEvidence(tx, incidentId, evidenceId);
    if (old.deletedAt) throw new AppError('conflict', `evidence ${evidenceId} was deleted; add it again instead`);
    const newer = (await listEvidenceOf(tx.db, incidentId)).find((r) => r.supersedes === old.id && r.deletedAt === null);
    if (newer) throw new AppError('conflict', `evidence ${evidenceId} already has a newer version, ${newer.id}: revise that one`, { supersededBy: newer.id });
    const from = input.from === undefined ? old.coversFrom : input.from === null ? null : new Date(input.from);
    const to = input.to === undefined ? old.coversTo : input.to === null ? null : new Date(input.to);
    if (from && to && from > to) throw new AppError('validation_failed', 'the range ends before it starts', { errors: [{ path: 'to', message: 'before from' }] });
    const now = tx.now();
    const { id: _id, addedAt: _a, addedBy: _b, deletedAt: _d, deletedBy: _e, deleteReason: _f, ...kept } = old;
    const row = await insertEvidence(tx.db, {
      ...kept, id: newEvidenceId(), caption: input.caption ?? old.caption, coversFrom: from, coversTo: to,
      source: input.source === undefined ? old.source : input.source, public: input.public ?? old.public,
      supersedes: old.id, addedBy: actor.name, addedAt: now,
    });
    await insertRevision(tx.db, {
      entityType: 'incident', entityId: incidentId, version: incident.version, actor: actor.name, action: 'evidence.revise', at: now,
      changes: { [`evidence.${row.id}`]: { from: old.id, to: { caption: row.caption, public: row.public, sha256: row.sha256 } } },
    });
    return { ...presentEvidence(row), supersededBy: null };
  });
}

/**
 * Cites an item from a timeline event (the citation added to its text) or as the proof of an
 * action item's "effectiveness verified" (the checklist entry checked, the item recorded in
 * its history). The same access rules as editing the event or the action item apply; the
 * change and its history entry commit together.
 */
export async function citeEvidence(ctx: ServiceContext, actor: Principal, incidentId: string, evidenceId: string, input: CiteEvidence): Promise<{ evidence: EvidenceItem & { citedBy: Citation[] } }> {
  requireRole(actor, 'responder', 'citing evidence');
  const row = await loadEvidence(ctx, incidentId, evidenceId);
  if (row.deletedAt) throw new AppError('conflict', `evidence ${evidenceId} was deleted; cite a live item`);
  await inTransaction(ctx, async (tx) => {
    if (input.target === 'event') {
      const event = await findEvent(tx.db, incidentId, input.eventId);
      if (!event) throw new AppError('not_found', `incident ${incidentId} has no event ${input.eventId}`);
      if (citedIds(event.text).includes(evidenceId)) return;
      await editEvent(tx, actor, incidentId, input.eventId, { text: `${event.text.trimEnd()} ${citationOf(incidentId, evidenceId)}` }, event.version);
      return;
    }
    const item = await findActionItem(tx.db, incidentId, input.key);
    if (!item) throw new AppError('not_found', `the post-mortem of ${incidentId} has no action item ${input.key}`);
    const updated = await updateActionItem(tx, actor, incidentId, input.key, { checklist: { effectivenessVerified: true } }, item.version);
    await insertRevision(tx.db, {
      entityType: 'action', entityId: `${incidentId}:${input.key}`, version: updated.version, actor: actor.name, action: 'evidence.cite', at: tx.now(),
      changes: { effectivenessEvidence: { from: null, to: evidenceId } },
    });
  });
  return { evidence: await getEvidence(ctx, actor, incidentId, evidenceId) };
}
