import { and, asc, eq, gt, inArray, isNotNull, isNull, lt, or, sql, type SQL } from 'drizzle-orm';
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

export type ActionItemFilter = {
  owner?: string; statuses?: string[]; priorities?: string[]; team?: string; overdueBefore?: string;
  /** Keyset cursor: rows strictly after this in the list's order (due date ascending, no date last, then post-mortem and key). */
  after?: { dueDate: string | null; postmortemId: string; key: string };
  limit: number;
};

/** Rows after a position in (due date asc nulls last, post-mortem id, key). */
function afterPosition(a: NonNullable<ActionItemFilter['after']>): SQL {
  const tie = or(gt(actionItems.postmortemId, a.postmortemId), and(eq(actionItems.postmortemId, a.postmortemId), gt(actionItems.key, a.key)))!;
  if (a.dueDate === null) return and(isNull(actionItems.dueDate), tie)!;
  return or(gt(actionItems.dueDate, a.dueDate), isNull(actionItems.dueDate), and(eq(actionItems.dueDate, a.dueDate), tie))!;
}

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
  if (f.after) where.push(afterPosition(f.after));
  return db.select().from(actionItems).where(where.length ? and(...where) : undefined)
    .orderBy(sql`${actionItems.dueDate} asc nulls last`, asc(actionItems.postmortemId), asc(actionItems.key)).limit(f.limit);
}

/** Updates at the expected version; null when it moved on. */
export async function updateActionItemAtVersion(db: Db, postmortemId: string, key: string, version: number, patch: Partial<NewActionItemRow>): Promise<ActionItemRow | null> {
  const [row] = await db.update(actionItems).set({ ...patch, version: sql`${actionItems.version} + 1` })
    .where(and(eq(actionItems.postmortemId, postmortemId), eq(actionItems.key, key), eq(actionItems.version, version))).returning();
  return row ?? null;
}
