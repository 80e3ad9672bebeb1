/** Reads of one incident or a few by id: the row, and the row with what the policy needs of it. */
import { eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../database.ts';
import { incidents, incidentVerdicts, meetings, postmortems, publications, revisions, timelineEvents } from '../schema.ts';

export type IncidentRow = typeof incidents.$inferSelect;

/** One incident by id, or null. */
export async function findIncident(db: Db, id: string): Promise<IncidentRow | null> {
  const [row] = await db.select().from(incidents).where(eq(incidents.id, id)).limit(1);
  return row ?? null;
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

/** One incident with its policy inputs in one statement (the incident page's read), or null. */
export async function findIncidentWithInputs(db: Db, id: string): Promise<{ row: IncidentRow; inputs: ListPolicyInputs } | null> {
  const [found] = await db.select({ row: incidents, events: eventsOfRow, progress: progressOfRow }).from(incidents)
    .where(eq(incidents.id, id)).limit(1);
  return found ? withInputs(found) : null;
}
