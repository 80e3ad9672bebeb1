import { and, asc, eq } from 'drizzle-orm';
import type { Changes } from '../../domain/diff.ts';
import type { Db } from '../database.ts';
import { revisions } from '../schema.ts';

export type RevisionRow = typeof revisions.$inferSelect;

/** Records one change of a resource. */
export async function insertRevision(
  db: Db,
  r: { entityType: string; entityId: string; version: number; actor: string; action: string; changes: Changes; at: Date },
): Promise<void> {
  await db.insert(revisions).values(r);
}

/** The revisions of one resource, oldest first. */
export async function listRevisions(db: Db, entityType: string, entityId: string): Promise<RevisionRow[]> {
  return db.select().from(revisions)
    .where(and(eq(revisions.entityType, entityType), eq(revisions.entityId, entityId)))
    .orderBy(asc(revisions.version), asc(revisions.id));
}
