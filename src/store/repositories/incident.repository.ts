import { and, desc, eq, gte, inArray, lt, lte, or, sql, type SQL } from 'drizzle-orm';
import { formatIncidentId } from '../../domain/incident/incident-id.ts';
import type { Db } from '../database.ts';
import { incidentDayCounters, incidents } from '../schema.ts';

export type IncidentRow = typeof incidents.$inferSelect;
export type NewIncidentRow = Omit<typeof incidents.$inferInsert, 'id'>;

/** Allocates the next INC-YYYY-MM-DD-NNN of a day; the upsert serialises concurrent callers. */
export async function nextIncidentId(db: Db, day: string): Promise<string> {
  const rows = await db.insert(incidentDayCounters).values({ day, lastNo: 1 })
    .onConflictDoUpdate({ target: incidentDayCounters.day, set: { lastNo: sql`${incidentDayCounters.lastNo} + 1` } })
    .returning({ lastNo: incidentDayCounters.lastNo });
  const n = rows[0]?.lastNo ?? 1;
  return formatIncidentId(day, n);
}

/**
 * Inserts an incident with a freshly allocated id. Call it inside the use case's
 * transaction (the day counter and the row commit together; a savepoint of its own would
 * cost two round trips on every declare).
 */
export async function insertIncident(db: Db, day: string, row: NewIncidentRow): Promise<IncidentRow> {
  const id = await nextIncidentId(db, day);
  const [created] = await db.insert(incidents).values({ ...row, id }).returning();
  return created!;
}

/** One incident by id, or null. */
export async function findIncident(db: Db, id: string): Promise<IncidentRow | null> {
  const [row] = await db.select().from(incidents).where(eq(incidents.id, id)).limit(1);
  return row ?? null;
}

/**
 * Updates an incident only if it is still at `expectedVersion`; returns the new row,
 * or null when the version moved on (the caller reports the conflict).
 */
export async function updateIncidentAtVersion(
  db: Db, id: string, expectedVersion: number, patch: Partial<NewIncidentRow>,
): Promise<IncidentRow | null> {
  const [row] = await db.update(incidents)
    .set({ ...patch, version: sql`${incidents.version} + 1`, updatedAt: patch.updatedAt ?? new Date() })
    .where(and(eq(incidents.id, id), eq(incidents.version, expectedVersion)))
    .returning();
  return row ?? null;
}

export type IncidentFilter = {
  statuses?: string[];
  severities?: string[];
  service?: string;
  type?: string;
  q?: string;
  from?: Date;
  to?: Date;
  groupKey?: string;
  /** Keyset cursor: rows strictly after this (declaredAt desc, id desc). */
  after?: { declaredAt: Date; id: string };
  limit: number;
};

/** Lists incidents newest first with keyset pagination. */
export async function listIncidents(db: Db, f: IncidentFilter): Promise<IncidentRow[]> {
  const where: SQL[] = [];
  if (f.statuses?.length) where.push(inArray(incidents.status, f.statuses));
  if (f.severities?.length) where.push(inArray(incidents.severity, f.severities));
  if (f.type) where.push(eq(incidents.type, f.type));
  if (f.groupKey) where.push(eq(incidents.groupKey, f.groupKey));
  if (f.service) {
    where.push(or(eq(incidents.primaryService, f.service), sql`${incidents.services} @> ${JSON.stringify([f.service])}::jsonb`)!);
  }
  if (f.q) {
    const like = `%${f.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    where.push(or(sql`${incidents.title} ilike ${like}`, sql`${incidents.summary} ilike ${like}`, sql`${incidents.id} ilike ${like}`)!);
  }
  // Time range: an incident overlaps [from, to] when it started before `to` and was not resolved before `from`.
  if (f.from) where.push(or(sql`${incidents.resolvedAt} is null`, gte(incidents.resolvedAt, f.from))!);
  if (f.to) where.push(lte(sql`coalesce(${incidents.startedAt}, ${incidents.declaredAt})`, f.to));
  if (f.after) {
    where.push(or(lt(incidents.declaredAt, f.after.declaredAt), and(eq(incidents.declaredAt, f.after.declaredAt), lt(incidents.id, f.after.id)))!);
  }
  return db.select().from(incidents)
    .where(where.length ? and(...where) : undefined)
    .orderBy(desc(incidents.declaredAt), desc(incidents.id))
    .limit(f.limit);
}
