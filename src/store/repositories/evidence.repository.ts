/** The evidence_items table: insert, list per incident, find, tombstone, totals and the verify scan. */
import { and, asc, eq, gt, isNull, like, sql } from 'drizzle-orm';
import type { Db } from '../database.ts';
import { evidenceItems, revisions } from '../schema.ts';

export type EvidenceRow = typeof evidenceItems.$inferSelect;
export type NewEvidenceRow = typeof evidenceItems.$inferInsert;

export async function insertEvidence(db: Db, row: NewEvidenceRow): Promise<EvidenceRow> {
  const [r] = await db.insert(evidenceItems).values(row).returning();
  return r!;
}

/** An incident's items, oldest first (tombstones included: the history shows them). */
export async function listEvidenceOf(db: Db, incidentId: string): Promise<EvidenceRow[]> {
  return db.select().from(evidenceItems).where(eq(evidenceItems.incidentId, incidentId)).orderBy(asc(evidenceItems.addedAt), asc(evidenceItems.id));
}

export async function findEvidence(db: Db, incidentId: string, id: string): Promise<EvidenceRow | null> {
  const [r] = await db.select().from(evidenceItems).where(and(eq(evidenceItems.incidentId, incidentId), eq(evidenceItems.id, id)));
  return r ?? null;
}

/** Bytes an incident's live items take, the same bytes counted once (what the per-incident limit counts). */
export async function evidenceBytesOf(db: Db, incidentId: string): Promise<number> {
  const distinct = db.selectDistinct({ sha256: evidenceItems.sha256, size: evidenceItems.size }).from(evidenceItems)
    .where(and(eq(evidenceItems.incidentId, incidentId), isNull(evidenceItems.deletedAt))).as('d');
  const [r] = await db.select({ total: sql<string | number | null>`coalesce(sum(${distinct.size}), 0)` }).from(distinct);
  return Number(r?.total ?? 0);
}

/** Tombstones a live item; null when it was already deleted (or does not exist). */
export async function tombstoneEvidence(db: Db, incidentId: string, id: string, by: string, reason: string, at: Date): Promise<EvidenceRow | null> {
  const [r] = await db.update(evidenceItems).set({ deletedAt: at, deletedBy: by, deleteReason: reason })
    .where(and(eq(evidenceItems.incidentId, incidentId), eq(evidenceItems.id, id), isNull(evidenceItems.deletedAt))).returning();
  return r ?? null;
}

/** How many live rows (any incident) still hold these bytes. */
export async function liveRowsWithHash(db: Db, sha256: string): Promise<number> {
  const [r] = await db.select({ n: sql<number>`count(*)::int` }).from(evidenceItems).where(and(eq(evidenceItems.sha256, sha256), isNull(evidenceItems.deletedAt)));
  return r?.n ?? 0;
}

/** Live items in id order after `afterId`, a page at a time (the verify scan); one incident when given. */
export async function evidencePage(db: Db, afterId: string, limit: number, incidentId?: string): Promise<EvidenceRow[]> {
  const live = and(isNull(evidenceItems.deletedAt), gt(evidenceItems.id, afterId));
  return db.select().from(evidenceItems).where(incidentId ? and(live, eq(evidenceItems.incidentId, incidentId)) : live)
    .orderBy(asc(evidenceItems.id)).limit(limit);
}

/** Action items whose effectiveness an evidence item was cited for (revisions `evidence.cite` of `<postmortem>:<key>`). */
export async function actionCitations(db: Db, postmortemId: string): Promise<{ entityId: string; changes: Record<string, { from: unknown; to: unknown }> }[]> {
  return db.select({ entityId: revisions.entityId, changes: revisions.changes }).from(revisions)
    .where(and(eq(revisions.entityType, 'action'), eq(revisions.action, 'evidence.cite'), like(revisions.entityId, `${postmortemId.replace(/[\\%_]/g, (c) => `\\${c}`)}:%`)))
    .orderBy(asc(revisions.id));
}
