import { and, desc, eq, getTableColumns, gte, inArray, lt, lte, or, sql, type SQL } from 'drizzle-orm';
import { formatIncidentId } from '../../domain/incident/incident-id.ts';
import type { Db } from '../database.ts';
import { isoInstantOf, isoOrNull, textOrNull } from '../json-values.ts';
import { readRaw } from '../raw-insert.ts';
import { textMemo } from '../text-memo.ts';
import { incidentDayCounters, incidents, incidentVerdicts, meetings, postmortems, publications, revisions, timelineEvents } from '../schema.ts';

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

function filterWhere(f: IncidentFilter): SQL | undefined {
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
  return where.length ? and(...where) : undefined;
}

/** Lists incidents newest first with keyset pagination. */
export async function listIncidents(db: Db, f: IncidentFilter): Promise<IncidentRow[]> {
  return db.select().from(incidents)
    .where(filterWhere(f))
    .orderBy(desc(incidents.declaredAt), desc(incidents.id))
    .limit(f.limit);
}

/** What the policy needs of a listed incident besides its row: its counted timeline events and its post-mortem's progress. */
export type ListPolicyInputs = {
  events: { at: Date | null; kind: string; phase: string | null }[];
  ownerAssignedAt: Date | null;
  reviewRequestedAt: Date | null;
  meetingHeldAt: Date | null;
  firstPublishedAt: Date | null;
};

type JsonTime = string | null;
type PolicyInputsJson = {
  events: { at: JsonTime; kind: string; phase: string | null }[] | null;
  progress: { ownerAssignedAt: JsonTime; reviewRequestedAt: JsonTime; meetingHeldAt: JsonTime; firstPublishedAt: JsonTime } | null;
};

const asDate = (v: JsonTime | undefined): Date | null => (v == null ? null : new Date(v));
const parsed = <T>(v: T | string): T => (typeof v === 'string' ? (JSON.parse(v) as T) : v);

/*
 * The policy inputs of one listed incident, as correlated subqueries of the page: with the
 * page's ORDER BY … LIMIT the planner evaluates them for the rows returned only. They read
 * what `listPolicyEventsOf` and `postmortemProgressOf` read (counted events in the order
 * the policy reads them; owner assigned, review first requested, meeting held, first
 * published), each by key or through its table's index. A post-mortem's id is its incident's.
 * The page's table is named in full (`"incidents"."id"`): drizzle writes a column of the
 * outer query unqualified, which inside a subquery would name the inner table's column.
 */
const eventsOfRow = sql<PolicyInputsJson['events'] | string>`(
  select json_agg(json_build_object('at', e.at, 'kind', e.kind, 'phase', e.phase) order by e.at asc nulls last, e.created_at, e.id)
  from ${timelineEvents} e where e.incident_id = "incidents"."id" and e.deleted_at is null and e.excluded = false)`;
const progressOfRow = sql<PolicyInputsJson['progress'] | string>`(
  select json_build_object(
    'ownerAssignedAt', case when p.owner is not null then p.created_at end,
    'reviewRequestedAt', (select min(r.at) from ${revisions} r where r.entity_type = 'postmortem' and r.entity_id = p.id and r.action = 'review:request'),
    'meetingHeldAt', (select m.scheduled_at from ${meetings} m where m.postmortem_id = p.id and (m.notes ~ '\\S' or jsonb_array_length(m.attendance) > 0)),
    'firstPublishedAt', (select min(pub.published_at) from ${publications} pub where pub.postmortem_id = p.id))
  from ${postmortems} p where p.id = "incidents"."id")`;

type RowWithInputs = { row: IncidentRow; events: PolicyInputsJson['events'] | string; progress: PolicyInputsJson['progress'] | string };

function withInputs({ row, events, progress }: RowWithInputs): { row: IncidentRow; inputs: ListPolicyInputs } {
  const ev = parsed(events) ?? [];
  const pm = parsed(progress);
  return {
    row,
    inputs: {
      events: ev.map((e) => ({ at: asDate(e.at), kind: e.kind, phase: e.phase })),
      ownerAssignedAt: asDate(pm?.ownerAssignedAt), reviewRequestedAt: asDate(pm?.reviewRequestedAt),
      meetingHeldAt: asDate(pm?.meetingHeldAt), firstPublishedAt: asDate(pm?.firstPublishedAt),
    },
  };
}

/** The columns a list shows of an incident (not its summary, flags, times' sources, SLO or cycles), in the order the page's JSON holds them. */
const listColumns = [
  incidents.id, incidents.title, incidents.severity, incidents.status, incidents.type, incidents.primaryService, incidents.services,
  incidents.commander, incidents.declaredAt, incidents.startedAt, incidents.detectedAt, incidents.mitigatedAt, incidents.resolvedAt,
  incidents.closedAt, incidents.version,
];

/** What a list shows of an incident, its times as ISO instants (as the list view writes them). */
export type IncidentListRow = {
  id: string; title: string; severity: string; status: string; type: string; primaryService: string | null; services: string[];
  commander: string | null; declaredAt: string; startedAt: string | null; detectedAt: string | null; mitigatedAt: string | null;
  resolvedAt: string | null; closedAt: string | null; version: number;
};

/** A listed incident: what a list shows of it and the verdict kept for it, if one can be used. */
export type ListedIncident = {
  row: IncidentListRow;
  /** The kept compact verdict, when computed under this policy and still within its time (else null). */
  stored: unknown;
};

/** Which kept verdicts a read may use: computed under `policyKey`, and holding at `now`. */
export type VerdictUse = { policyKey: string; now: Date };

/**
 * A page of incidents newest first (keyset pagination), each with its kept verdict where one
 * can be used: one statement, as cheap to plan as the bare page (the rows without a usable
 * verdict get their policy inputs from `incidentsWithInputs`, a second statement by key).
 *
 * Each row comes back as one JSON text (an array of `listColumns`, then the verdict): the
 * driver then reads one value per row instead of sixteen (PGlite's row parser in JavaScript cost
 * more than the query itself), and neither Drizzle's select builder nor its row mapper runs.
 * The kept verdict is a scalar subquery by key (a verdict row per incident at most): cheaper to
 * plan than a join. On 100k incidents this read is about half a bare `select *` of the same page.
 * Each value is decoded as Drizzle decodes its column.
 */
export async function listIncidentPage(db: Db, f: IncidentFilter, use: VerdictUse): Promise<ListedIncident[]> {
  const where = filterWhere(f);
  const result = await readRaw(db, sql`select json_build_array(${sql.join(listColumns, sql`, `)},
      (select ${incidentVerdicts.verdict} from ${incidentVerdicts} where ${incidentVerdicts.incidentId} = ${incidents.id}
        and ${incidentVerdicts.policyKey} = ${use.policyKey}
        and (${incidentVerdicts.validUntil} is null or ${incidentVerdicts.validUntil} > ${use.now.toISOString()}::timestamptz)))::text as row
    from ${incidents}
    ${where ? sql`where ${where}` : sql``}
    order by ${incidents.declaredAt} desc, ${incidents.id} desc limit ${f.limit}`);
  return (result.rows as { row: string }[]).map((r) => listedOfText(r.row));
}

/**
 * A list row's text parsed, memoized on the text (which holds every listed column, the version and the usable kept
 * verdict): an unchanged incident read again costs a Map lookup instead of a JSON parse and a new item, and a changed
 * one is another text. 2,000 rows (forty pages, about 3 MiB) keep the pages people read over and over.
 */
const listedOfText = textMemo(2_000, (text: string): ListedIncident => listedFromArray(JSON.parse(text) as unknown[]));

/** A list row as its JSON holds it: the columns of \`listColumns\` in order, then the usable verdict. */
function listedFromArray(v: unknown[]): ListedIncident {
  const row: IncidentListRow = {
    id: String(v[0]), title: String(v[1]), severity: String(v[2]), status: String(v[3]), type: String(v[4]),
    primaryService: textOrNull(v[5]), services: Array.isArray(v[6]) ? v[6].map(String) : [], commander: textOrNull(v[7]),
    declaredAt: isoInstantOf(String(v[8])), startedAt: isoOrNull(v[9]), detectedAt: isoOrNull(v[10]), mitigatedAt: isoOrNull(v[11]),
    resolvedAt: isoOrNull(v[12]), closedAt: isoOrNull(v[13]), version: Number(v[14]),
  };
  return { row, stored: v[listColumns.length] ?? null };
}

/** An incident read with its policy inputs and its kept verdict's epoch, in one snapshot. */
export type IncidentWithInputs = { row: IncidentRow; inputs: ListPolicyInputs; epoch: number };

/**
 * Incidents by id with their policy inputs and the epoch of their kept verdicts, in one
 * statement (one snapshot: a verdict computed from them and kept at that epoch was true of them).
 */
export async function incidentsWithInputs(db: Db, ids: readonly string[]): Promise<Map<string, IncidentWithInputs>> {
  if (ids.length === 0) return new Map();
  const rows = await db.select({
    row: incidents, events: eventsOfRow, progress: progressOfRow,
    epoch: sql<number | string>`coalesce((select v.epoch from ${incidentVerdicts} v where v.incident_id = "incidents"."id"), 0)`,
  }).from(incidents).where(inArray(incidents.id, [...ids]));
  return new Map(rows.map((r) => [r.row.id, { ...withInputs(r), epoch: Number(r.epoch) }]));
}

/** A verdict computed for a listed incident, to keep (see `incident_verdicts`). */
export type VerdictToStore = { incidentId: string; epoch: number; verdict: unknown; validUntil: Date | null };

/**
 * Keeps verdicts the list computed, in one statement. Each lands only if the incident's stored
 * epoch is still the one read with its inputs: a change committed in between (which moved the
 * epoch on) wins, and the verdict is computed again on the next read.
 */
export async function storeVerdicts(db: Db, policyKey: string, items: readonly VerdictToStore[]): Promise<void> {
  if (items.length === 0) return;
  const records = items.map((i) => ({ incident_id: i.incidentId, epoch: i.epoch, verdict: i.verdict, policy_key: policyKey, valid_until: i.validUntil?.toISOString() ?? null }));
  await db.execute(sql`
    insert into ${incidentVerdicts} (incident_id, epoch, verdict, policy_key, valid_until)
    select x.incident_id, x.epoch, x.verdict, x.policy_key, x.valid_until
    from json_to_recordset(${JSON.stringify(records)}::json) as x(incident_id text, epoch bigint, verdict jsonb, policy_key text, valid_until timestamptz)
    where exists (select 1 from ${incidents} i where i.id = x.incident_id)
    on conflict (incident_id) do update set verdict = excluded.verdict, policy_key = excluded.policy_key, valid_until = excluded.valid_until
    where ${incidentVerdicts}.epoch = excluded.epoch`);
}

/** One incident with its policy inputs in one statement (the incident page's read), or null. */
export async function findIncidentWithInputs(db: Db, id: string): Promise<{ row: IncidentRow; inputs: ListPolicyInputs } | null> {
  const [found] = await db.select({ row: incidents, events: eventsOfRow, progress: progressOfRow }).from(incidents)
    .where(eq(incidents.id, id)).limit(1);
  return found ? withInputs(found) : null;
}
