/** Tracker issues of action items (tracker_links). */
import { and, eq } from 'drizzle-orm';
import type { Db } from '../database.ts';
import { trackerLinks } from '../schema.ts';

export type TrackerLinkRow = typeof trackerLinks.$inferSelect;

/** Records an item's issue; an item already linked on that tracker keeps its first link. Returns the stored row. */
export async function insertTrackerLink(db: Db, row: typeof trackerLinks.$inferInsert): Promise<TrackerLinkRow> {
  const [inserted] = await db.insert(trackerLinks).values(row).onConflictDoNothing().returning();
  if (inserted) return inserted;
  const existing = await findTrackerLink(db, row.postmortemId, row.key, row.tracker);
  return existing!;
}

export async function findTrackerLink(db: Db, postmortemId: string, key: string, tracker: string): Promise<TrackerLinkRow | null> {
  const [row] = await db.select().from(trackerLinks)
    .where(and(eq(trackerLinks.postmortemId, postmortemId), eq(trackerLinks.key, key), eq(trackerLinks.tracker, tracker))).limit(1);
  return row ?? null;
}

export async function linksOfItem(db: Db, postmortemId: string, key: string): Promise<TrackerLinkRow[]> {
  return db.select().from(trackerLinks).where(and(eq(trackerLinks.postmortemId, postmortemId), eq(trackerLinks.key, key)));
}

/** The link of an external issue, locked for the caller's transaction (two deliveries of one event apply once). */
export async function lockLinkByExternalId(db: Db, tracker: string, externalId: string): Promise<TrackerLinkRow | null> {
  const [row] = await db.select().from(trackerLinks)
    .where(and(eq(trackerLinks.tracker, tracker), eq(trackerLinks.externalId, externalId))).limit(1).for('update');
  return row ?? null;
}

export async function setLinkState(db: Db, tracker: string, externalId: string, state: 'open' | 'closed', now: Date): Promise<void> {
  await db.update(trackerLinks).set({ state, updatedAt: now })
    .where(and(eq(trackerLinks.tracker, tracker), eq(trackerLinks.externalId, externalId)));
}

export async function allTrackerLinks(db: Db): Promise<TrackerLinkRow[]> {
  return db.select().from(trackerLinks);
}
