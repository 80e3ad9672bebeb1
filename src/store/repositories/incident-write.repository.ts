/** Writes of an incident: its id allocated, declared with its first revision, updated at a version. */
import { and, eq, getTableColumns, sql } from 'drizzle-orm';
import { formatIncidentId } from '../../domain/incident/incident-id.ts';
import type { Db } from '../database.ts';
import { readRaw } from '../raw-insert.ts';
import { incidentDayCounters, incidents } from '../schema.ts';
import type { IncidentRow } from './incident-read.repository.ts';

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

type RawRow = Record<string, unknown>;

type ColumnEntry = [key: string, column: { name: string; mapFromDriverValue(v: unknown): unknown }];

/** Values the driver returned, decoded as Drizzle decodes each column (`valueOf` reads the column's value, by name or position). */
function decodeColumns(columns: readonly ColumnEntry[], valueOf: (column: ColumnEntry[1], index: number) => unknown): RawRow {
  const out: RawRow = {};
  columns.forEach(([key, col], i) => {
    const v = valueOf(col, i);
    out[key] = v === null || v === undefined ? null : col.mapFromDriverValue(v);
  });
  return out;
}

const incidentColumns: ColumnEntry[] = Object.entries(getTableColumns(incidents));

/** A row as the driver returned it from raw SQL (`RETURNING *`), decoded as drizzle decodes the table's columns. */
function incidentFromRaw(raw: RawRow): IncidentRow {
  return decodeColumns(incidentColumns, (col) => raw[col.name]) as IncidentRow;
}

/**
 * Declares an incident in one statement: the day's number allocated (the upsert serialises
 * concurrent callers), the row inserted and its first revision written, all or nothing
 * (a failing revision takes the incident with it). One round trip instead of a transaction
 * of three statements: declaring is where people wait.
 */
export async function insertIncidentWithRevision(
  db: Db, day: string, row: NewIncidentRow, revision: { actor: string; action: string; at: Date; changes: Record<string, unknown> },
): Promise<IncidentRow> {
  const json = (v: unknown) => (v === null || v === undefined ? null : JSON.stringify(v));
  const time = (d: Date | null | undefined) => (d ? d.toISOString() : null);
  // debrief_declare_incident (migration 0023) is the statement this was: a function keeps its plan.
  const result = await readRaw(db, sql`select * from debrief_declare_incident(
    ${day}::date, ${row.title}, ${row.summary ?? ''}, ${row.severity}, ${row.type ?? 'other'}, ${row.status}, ${row.primaryService ?? null},
    ${json(row.services ?? [])}::jsonb, ${json(row.environments ?? [])}::jsonb, ${json(row.flags ?? {})}::jsonb, ${row.commander ?? null}, ${json(row.slo)}::jsonb,
    ${time(row.declaredAt)}::timestamptz, ${time(row.startedAt)}::timestamptz, ${time(row.detectedAt)}::timestamptz, ${time(row.acknowledgedAt)}::timestamptz,
    ${time(row.mitigatedAt)}::timestamptz, ${time(row.resolvedAt)}::timestamptz, ${time(row.closedAt)}::timestamptz,
    ${json(row.timeSources ?? {})}::jsonb, ${row.groupKey ?? null}, ${row.createdBy},
    ${time(row.createdAt)}::timestamptz, ${time(row.updatedAt)}::timestamptz,
    ${revision.actor}, ${revision.action}, ${JSON.stringify(revision.changes)}::jsonb, ${revision.at.toISOString()}::timestamptz)`);
  const [raw] = result.rows;
  return incidentFromRaw(raw!);
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
