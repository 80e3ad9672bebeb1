import { and, asc, eq, inArray, isNull, or, sql } from 'drizzle-orm';
import type { Db } from '../database.ts';
import { rawInsertReturning } from '../raw-insert.ts';
import { timelineEvents } from '../schema.ts';

export type TimelineEventRow = typeof timelineEvents.$inferSelect;
export type NewTimelineEventRow = typeof timelineEvents.$inferInsert;

/**
 * Inserts events, skipping any whose (incident, source, idempotency key) is already
 * stored; returns the rows actually inserted.
 */
export async function insertEvents(db: Db, rows: NewTimelineEventRow[]): Promise<TimelineEventRow[]> {
  if (rows.length === 0) return [];
  const out: TimelineEventRow[] = [];
  // Chunks keep each statement under the parameter limit.
  for (let i = 0; i < rows.length; i += 500) {
    const chunk = rows.slice(i, i + 500);
    const raw = await rawInsertReturning(db, timelineEvents, chunk, ['incident_id', 'source', 'idempotency_key']);
    if (raw) { out.push(...raw); continue; }
    const inserted = await db.insert(timelineEvents).values(chunk).onConflictDoNothing({
      target: [timelineEvents.incidentId, timelineEvents.source, timelineEvents.idempotencyKey],
    }).returning();
    out.push(...inserted);
  }
  return out;
}

/** Events that count: not deleted, not excluded (what gaps, numbers, the policy and the chart read). */
const counted = and(isNull(timelineEvents.deletedAt), eq(timelineEvents.excluded, false));

/**
 * The events of an incident in time order (unknown times last): those that count, or with
 * `withExcluded` also the excluded ones (the timeline page lists them, marked). Deleted events never.
 */
export async function listEvents(db: Db, incidentId: string, opts: { withExcluded?: boolean } = {}): Promise<TimelineEventRow[]> {
  return db.select().from(timelineEvents)
    .where(and(eq(timelineEvents.incidentId, incidentId), opts.withExcluded ? isNull(timelineEvents.deletedAt) : counted))
    .orderBy(sql`${timelineEvents.at} asc nulls last`, asc(timelineEvents.createdAt), asc(timelineEvents.id));
}

/** What the policy reads of an event (when, what kind, which phase). */
export type PolicyEventRow = Pick<TimelineEventRow, 'at' | 'kind' | 'phase'>;

/**
 * The events of many incidents with only the columns the policy reads, in timeline order:
 * a page of incidents shows its verdicts without loading every event's text.
 */
export async function listPolicyEventsOf(db: Db, incidentIds: string[]): Promise<Map<string, PolicyEventRow[]>> {
  const out = new Map<string, PolicyEventRow[]>();
  if (incidentIds.length === 0) return out;
  const rows = await db.select({ incidentId: timelineEvents.incidentId, at: timelineEvents.at, kind: timelineEvents.kind, phase: timelineEvents.phase })
    .from(timelineEvents).where(and(inArray(timelineEvents.incidentId, incidentIds), counted))
    .orderBy(sql`${timelineEvents.at} asc nulls last`, asc(timelineEvents.createdAt), asc(timelineEvents.id));
  for (const { incidentId, ...r } of rows) {
    const list = out.get(incidentId);
    if (list) list.push(r); else out.set(incidentId, [r]);
  }
  return out;
}

/** One event of an incident (not deleted), or null. */
export async function findEvent(db: Db, incidentId: string, id: string): Promise<TimelineEventRow | null> {
  const [row] = await db.select().from(timelineEvents)
    .where(and(eq(timelineEvents.incidentId, incidentId), eq(timelineEvents.id, id), isNull(timelineEvents.deletedAt))).limit(1);
  return row ?? null;
}

/** Updates an event only at the expected version; null when it moved on. */
export async function updateEventAtVersion(
  db: Db, id: string, expectedVersion: number, patch: Partial<NewTimelineEventRow>,
): Promise<TimelineEventRow | null> {
  const [row] = await db.update(timelineEvents)
    .set({ ...patch, version: sql`${timelineEvents.version} + 1`, updatedAt: new Date() })
    .where(and(eq(timelineEvents.id, id), eq(timelineEvents.version, expectedVersion)))
    .returning();
  return row ?? null;
}

/** The times of an incident's events that count (for the window of an import). */
export async function listCountedEventTimes(db: Db, incidentId: string): Promise<(Date | null)[]> {
  const rows = await db.select({ at: timelineEvents.at }).from(timelineEvents).where(and(eq(timelineEvents.incidentId, incidentId), counted));
  return rows.map((r) => r.at);
}

/**
 * The imported events of one source that no person edited or deleted and whose text or
 * actor still holds `mark` (a placeholder a later import of the same messages may name).
 */
export async function listUntouchedHolding(db: Db, incidentId: string, source: string, mark: string): Promise<TimelineEventRow[]> {
  return db.select().from(timelineEvents).where(and(
    eq(timelineEvents.incidentId, incidentId), eq(timelineEvents.source, source),
    eq(timelineEvents.editedByHuman, false), isNull(timelineEvents.deletedAt),
    or(sql`strpos(${timelineEvents.text}, ${mark}) > 0`, sql`strpos(coalesce(${timelineEvents.actor}, ''), ${mark}) > 0`),
  ));
}
