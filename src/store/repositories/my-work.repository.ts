/** The queries behind "my work": rows matched to a person by any of their names (lower-cased). */
import { and, asc, eq, inArray, isNotNull, lt, ne, sql, type SQL, type SQLWrapper } from 'drizzle-orm';
import type { Db } from '../database.ts';
import { actionItems, meetings, postmortems } from '../schema.ts';
import type { ActionItemRow } from './action-item.repository.ts';

const OPEN = ['open', 'in_progress'];
/** A name column compared lower-cased and without a leading @. */
const bare = (col: SQLWrapper) => sql`lower(trim(leading '@' from trim(${col})))`;
/** The names, each without its @, once. */
const bareNames = (names: readonly string[]) => [...new Set(names.map((n) => n.replace(/^@/, '')))];
/** `expr` is one of the names (a list of parameters). */
const oneOf = (expr: SQL, names: readonly string[]) => sql`${expr} in (${sql.join(bareNames(names).map((n) => sql`${n}`), sql`, `)})`;

/** Post-mortems in review with a pending reviewer slot assigned to one of `names`: the post-mortem and that slot's role. */
export async function reviewsAssignedTo(db: Db, names: readonly string[], limit: number) {
  if (names.length === 0) return [];
  const slot = sql`(select r->>'role' from jsonb_array_elements(${postmortems.reviewers}) r
    where r->>'decision' = 'pending' and ${oneOf(sql`lower(trim(leading '@' from trim(r->>'user')))`, names)} limit 1)`;
  const rows = await db.select({ id: postmortems.id, incidentId: postmortems.incidentId, title: postmortems.title, owner: postmortems.owner, updatedAt: postmortems.updatedAt, role: sql<string | null>`${slot}` })
    .from(postmortems)
    .where(and(eq(postmortems.status, 'in_review'), sql`${slot} is not null`))
    .orderBy(asc(postmortems.updatedAt)).limit(limit);
  return rows.map((r) => ({ ...r, role: r.role ?? '' }));
}

/** Open action items owned by one of `names`, soonest due first (undated last). */
export async function actionItemsOwnedBy(db: Db, names: readonly string[], limit: number): Promise<ActionItemRow[]> {
  if (names.length === 0) return [];
  return db.select().from(actionItems)
    .where(and(inArray(actionItems.status, OPEN), isNotNull(actionItems.owner), oneOf(bare(actionItems.owner), names)))
    .orderBy(sql`${actionItems.dueDate} asc nulls last`, asc(actionItems.postmortemId), asc(actionItems.key)).limit(limit);
}

/** Unpublished post-mortems owned by one of `names`, with whether their meeting was held (attendance taken). */
export async function postmortemsOwnedBy(db: Db, names: readonly string[], limit: number) {
  if (names.length === 0) return [];
  return db.select({ id: postmortems.id, incidentId: postmortems.incidentId, title: postmortems.title, status: postmortems.status, due: postmortems.due,
    meetingHeld: sql<boolean>`coalesce(jsonb_array_length(${meetings.attendance}) > 0, false)` })
    .from(postmortems).leftJoin(meetings, eq(meetings.postmortemId, postmortems.id))
    .where(and(ne(postmortems.status, 'published'), isNotNull(postmortems.owner), oneOf(bare(postmortems.owner), names)))
    .orderBy(asc(postmortems.createdAt)).limit(limit);
}

/** Open action items of a team due before `today` (YYYY-MM-DD), oldest due first. */
export async function overdueItemsOfTeam(db: Db, team: string, today: string, limit: number): Promise<ActionItemRow[]> {
  return db.select().from(actionItems)
    .where(and(eq(actionItems.team, team), inArray(actionItems.status, OPEN), isNotNull(actionItems.dueDate), lt(actionItems.dueDate, today)))
    .orderBy(asc(actionItems.dueDate), asc(actionItems.postmortemId), asc(actionItems.key)).limit(limit);
}
