import { and, asc, eq, inArray, isNotNull, lt, or, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../database.ts';
import { actionItems } from '../schema.ts';

export type ActionItemRow = typeof actionItems.$inferSelect;
export type NewActionItemRow = typeof actionItems.$inferInsert;

/** Inserts action items. */
export async function insertActionItems(db: Db, rows: NewActionItemRow[]): Promise<ActionItemRow[]> {
  if (rows.length === 0) return [];
  return db.insert(actionItems).values(rows).returning();
}

/** One action item, or null. */
export async function findActionItem(db: Db, postmortemId: string, key: string): Promise<ActionItemRow | null> {
  const [row] = await db.select().from(actionItems).where(and(eq(actionItems.postmortemId, postmortemId), eq(actionItems.key, key))).limit(1);
  return row ?? null;
}

/** The action items of one post-mortem in key order. */
export async function listActionItemsOf(db: Db, postmortemId: string): Promise<ActionItemRow[]> {
  return db.select().from(actionItems).where(eq(actionItems.postmortemId, postmortemId))
    .orderBy(sql`length(${actionItems.key})`, asc(actionItems.key));
}

export type ActionItemFilter = { owner?: string; statuses?: string[]; priorities?: string[]; team?: string; overdueBefore?: string; limit: number };

/** Action items across post-mortems, soonest due first. */
export async function listActionItems(db: Db, f: ActionItemFilter): Promise<ActionItemRow[]> {
  const where: SQL[] = [];
  if (f.owner) where.push(eq(actionItems.owner, f.owner));
  if (f.statuses?.length) where.push(inArray(actionItems.status, f.statuses));
  if (f.priorities?.length) where.push(inArray(actionItems.priority, f.priorities));
  if (f.team) where.push(eq(actionItems.team, f.team));
  if (f.overdueBefore) {
    where.push(and(isNotNull(actionItems.dueDate), lt(actionItems.dueDate, f.overdueBefore), or(eq(actionItems.status, 'open'), eq(actionItems.status, 'in_progress')))!);
  }
  return db.select().from(actionItems).where(where.length ? and(...where) : undefined)
    .orderBy(sql`${actionItems.dueDate} asc nulls last`, asc(actionItems.postmortemId), asc(actionItems.key)).limit(f.limit);
}

/** Updates at the expected version; null when it moved on. */
export async function updateActionItemAtVersion(db: Db, postmortemId: string, key: string, version: number, patch: Partial<NewActionItemRow>): Promise<ActionItemRow | null> {
  const [row] = await db.update(actionItems).set({ ...patch, version: sql`${actionItems.version} + 1` })
    .where(and(eq(actionItems.postmortemId, postmortemId), eq(actionItems.key, key), eq(actionItems.version, version))).returning();
  return row ?? null;
}
