import { and, asc, desc, eq, inArray, lt, or, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../database.ts';
import { meetings, postmortemComments, postmortems, publications, revisions } from '../schema.ts';

export type PostmortemRow = typeof postmortems.$inferSelect;
export type NewPostmortemRow = typeof postmortems.$inferInsert;
export type CommentRow = typeof postmortemComments.$inferSelect;
export type PublicationRow = typeof publications.$inferSelect;
export type MeetingRow = typeof meetings.$inferSelect;

/** Inserts a post-mortem; null when the incident already has one. */
export async function insertPostmortem(db: Db, row: NewPostmortemRow): Promise<PostmortemRow | null> {
  const [created] = await db.insert(postmortems).values(row).onConflictDoNothing({ target: postmortems.id }).returning();
  return created ?? null;
}

/** One post-mortem, or null. */
export async function findPostmortem(db: Db, id: string): Promise<PostmortemRow | null> {
  const [row] = await db.select().from(postmortems).where(eq(postmortems.id, id)).limit(1);
  return row ?? null;
}

export type PostmortemFilter = {
  statuses?: string[];
  owner?: string;
  /** Keyset cursor: rows strictly after this (createdAt desc, id desc). */
  after?: { createdAt: Date; id: string };
  limit: number;
};

/** Post-mortems, newest first, filtered by status and owner. */
export async function listPostmortems(db: Db, f: PostmortemFilter): Promise<PostmortemRow[]> {
  const where: SQL[] = [];
  if (f.statuses?.length) where.push(inArray(postmortems.status, f.statuses));
  if (f.owner) where.push(eq(postmortems.owner, f.owner));
  if (f.after) {
    where.push(or(lt(postmortems.createdAt, f.after.createdAt), and(eq(postmortems.createdAt, f.after.createdAt), lt(postmortems.id, f.after.id)))!);
  }
  return db.select().from(postmortems).where(where.length ? and(...where) : undefined)
    .orderBy(desc(postmortems.createdAt), desc(postmortems.id)).limit(f.limit);
}

/** Updates at the expected version; null when it moved on. */
export async function updatePostmortemAtVersion(db: Db, id: string, version: number, patch: Partial<NewPostmortemRow>): Promise<PostmortemRow | null> {
  const [row] = await db.update(postmortems)
    .set({ ...patch, version: sql`${postmortems.version} + 1` })
    .where(and(eq(postmortems.id, id), eq(postmortems.version, version)))
    .returning();
  return row ?? null;
}

/** Takes the next action-item number of a post-mortem (A1, A2…), atomically. */
export async function takeActionNumbers(db: Db, id: string, count: number): Promise<number> {
  const [row] = await db.update(postmortems)
    .set({ nextActionNo: sql`${postmortems.nextActionNo} + ${count}` })
    .where(eq(postmortems.id, id))
    .returning({ next: postmortems.nextActionNo });
  return (row?.next ?? count + 1) - count;
}

/** Adds a comment. */
export async function insertComment(db: Db, row: typeof postmortemComments.$inferInsert): Promise<CommentRow> {
  const [created] = await db.insert(postmortemComments).values(row).returning();
  return created!;
}

/** Comments of a post-mortem, oldest first. */
export async function listComments(db: Db, id: string): Promise<CommentRow[]> {
  return db.select().from(postmortemComments).where(eq(postmortemComments.postmortemId, id)).orderBy(asc(postmortemComments.createdAt));
}

/** Publishes a version (numbers count per post-mortem; rows are never updated). */
export async function insertPublication(db: Db, row: Omit<typeof publications.$inferInsert, 'number'>): Promise<PublicationRow> {
  return db.transaction(async (tx) => {
    const [last] = await tx.select({ n: sql<number>`coalesce(max(${publications.number}), 0)` }).from(publications).where(eq(publications.postmortemId, row.postmortemId));
    const [created] = await tx.insert(publications).values({ ...row, number: Number(last?.n ?? 0) + 1 }).returning();
    return created!;
  });
}

/** Published versions of a post-mortem. */
export async function listPublications(db: Db, id: string): Promise<PublicationRow[]> {
  return db.select().from(publications).where(eq(publications.postmortemId, id)).orderBy(asc(publications.number));
}

/** One published version, or null. */
export async function findPublication(db: Db, id: string, number: number): Promise<PublicationRow | null> {
  const [row] = await db.select().from(publications).where(and(eq(publications.postmortemId, id), eq(publications.number, number))).limit(1);
  return row ?? null;
}

/** The meeting of a post-mortem, or null. */
export async function findMeeting(db: Db, id: string): Promise<MeetingRow | null> {
  const [row] = await db.select().from(meetings).where(eq(meetings.postmortemId, id)).limit(1);
  return row ?? null;
}

/** Creates or updates the meeting at the expected version (0 = not created yet); null when stale. */
export async function saveMeeting(db: Db, id: string, version: number, patch: Partial<typeof meetings.$inferInsert>): Promise<MeetingRow | null> {
  if (version === 0) {
    const [row] = await db.insert(meetings).values({ ...patch, postmortemId: id, version: 1 }).onConflictDoNothing().returning();
    return row ?? null;
  }
  const [row] = await db.update(meetings).set({ ...patch, version: sql`${meetings.version} + 1` })
    .where(and(eq(meetings.postmortemId, id), eq(meetings.version, version))).returning();
  return row ?? null;
}

/** Locks a post-mortem row for the surrounding transaction (a publish waits for an edit, and the other way round). */
export async function lockPostmortem(db: Db, id: string): Promise<PostmortemRow | null> {
  const [row] = await db.select().from(postmortems).where(eq(postmortems.id, id)).for('update').limit(1);
  return row ?? null;
}

/** The publication made from one approval for one audience, or null. */
export async function findPublicationOfApproval(db: Db, id: string, approvedVersion: number, audience: string): Promise<PublicationRow | null> {
  const [row] = await db.select().from(publications)
    .where(and(eq(publications.postmortemId, id), eq(publications.approvedVersion, approvedVersion), eq(publications.audience, audience))).limit(1);
  return row ?? null;
}

/** Per post-mortem id: when it was created and had an owner, first asked for review, held its meeting, first published. */
export async function postmortemProgressOf(db: Db, ids: readonly string[]): Promise<Map<string, { ownerAssignedAt: Date | null; reviewRequestedAt: Date | null; meetingHeldAt: Date | null; firstPublishedAt: Date | null }>> {
  const out = new Map<string, { ownerAssignedAt: Date | null; reviewRequestedAt: Date | null; meetingHeldAt: Date | null; firstPublishedAt: Date | null }>();
  if (ids.length === 0) return out;
  const list = [...ids];
  const pms = await db.select({ id: postmortems.id, owner: postmortems.owner, createdAt: postmortems.createdAt }).from(postmortems).where(inArray(postmortems.id, list));
  if (pms.length === 0) return out;
  const found = pms.map((p) => p.id);
  const [pubs, reqs, mtgs] = await Promise.all([
    db.select({ id: publications.postmortemId, at: sql<Date>`min(${publications.publishedAt})`.mapWith(publications.publishedAt) })
      .from(publications).where(inArray(publications.postmortemId, found)).groupBy(publications.postmortemId),
    db.select({ id: revisions.entityId, at: sql<Date>`min(${revisions.at})`.mapWith(revisions.at) })
      .from(revisions).where(and(eq(revisions.entityType, 'postmortem'), eq(revisions.action, 'review:request'), inArray(revisions.entityId, found))).groupBy(revisions.entityId),
    db.select({ id: meetings.postmortemId, scheduledAt: meetings.scheduledAt, notes: meetings.notes, attendance: meetings.attendance })
      .from(meetings).where(inArray(meetings.postmortemId, found)),
  ]);
  const pub = new Map(pubs.map((p) => [p.id, p.at]));
  const req = new Map(reqs.map((r) => [r.id, r.at]));
  const mtg = new Map(mtgs.map((m) => [m.id, m]));
  for (const p of pms) {
    const m = mtg.get(p.id);
    const held = m && m.scheduledAt && (m.notes.trim() !== '' || m.attendance.length > 0) ? m.scheduledAt : null;
    out.set(p.id, { ownerAssignedAt: p.owner ? p.createdAt : null, reviewRequestedAt: req.get(p.id) ?? null, meetingHeldAt: held, firstPublishedAt: pub.get(p.id) ?? null });
  }
  return out;
}
