import { and, count, eq, isNull, lt, ne, sql } from 'drizzle-orm';
import type { Db } from '../database.ts';
import { sessions, users } from '../schema.ts';
import { isFreshInstall } from './token.repository.ts';

export type UserRow = typeof users.$inferSelect;
export type SessionRow = typeof sessions.$inferSelect;

/** Inserts a user; null when the username is taken. */
export async function insertUser(db: Db, row: typeof users.$inferInsert): Promise<UserRow | null> {
  const [created] = await db.insert(users).values(row).onConflictDoNothing({ target: users.username }).returning();
  return created ?? null;
}

/** A user by username, or null. */
export async function findUserByUsername(db: Db, username: string): Promise<UserRow | null> {
  const [row] = await db.select().from(users).where(eq(users.username, username)).limit(1);
  return row ?? null;
}

/** A user by id, or null. */
export async function findUserById(db: Db, id: string): Promise<UserRow | null> {
  const [row] = await db.select().from(users).where(eq(users.id, id)).limit(1);
  return row ?? null;
}

/** All users, by name. */
export async function listUsers(db: Db): Promise<UserRow[]> {
  return db.select().from(users).orderBy(users.username);
}

/** How many users exist. */
export async function countUsers(db: Db): Promise<number> {
  const [r] = await db.select({ n: count() }).from(users);
  return r?.n ?? 0;
}

/** Stores a session (its id hashed). */
export async function insertSession(db: Db, row: typeof sessions.$inferInsert): Promise<void> {
  await db.insert(sessions).values(row);
}

/** A session and its user in one statement; null when there is no such session or its user is gone. */
export async function findSessionWithUser(db: Db, idHash: string): Promise<{ session: SessionRow; user: UserRow } | null> {
  const [row] = await db.select({ session: sessions, user: users }).from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId)).where(eq(sessions.idHash, idHash)).limit(1);
  return row ?? null;
}

/** Deletes a session. */
export async function deleteSession(db: Db, idHash: string): Promise<void> {
  await db.delete(sessions).where(eq(sessions.idHash, idHash));
}

/** Deletes expired sessions. */
export async function deleteExpiredSessions(db: Db, now: Date): Promise<void> {
  await db.delete(sessions).where(lt(sessions.expiresAt, now));
}

/**
 * Inserts the first admin only while the install is fresh (no user, no live API token),
 * atomically: a transaction-scoped advisory lock serialises racing first-run requests,
 * so exactly one wins. Null when the install is no longer fresh.
 */
export async function insertFirstAdmin(db: Db, row: typeof users.$inferInsert, now: Date): Promise<UserRow | null> {
  return db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(7243502)`);
    if (!(await isFreshInstall(tx, now))) return null;
    const [created] = await tx.insert(users).values(row).onConflictDoNothing({ target: users.username }).returning();
    return created ?? null;
  });
}

/** Changes a user's name, role, activity or password hash; the updated row, or null when there is no such user. */
export async function updateUser(db: Db, id: string, patch: Partial<Pick<UserRow, 'displayName' | 'role' | 'deactivatedAt' | 'passwordHash'>>): Promise<UserRow | null> {
  const [row] = await db.update(users).set(patch).where(eq(users.id, id)).returning();
  return row ?? null;
}

/**
 * Serialises changes to users' roles and activity within the caller's transaction (an
 * advisory lock), so two admins demoting each other at once cannot leave no admin.
 */
export async function lockUserAdministration(db: Db): Promise<void> {
  await db.execute(sql`select pg_advisory_xact_lock(7243503)`);
}

/** How many active admins exist other than `exceptId`. */
export async function countOtherActiveAdmins(db: Db, exceptId: string): Promise<number> {
  const [r] = await db.select({ n: count() }).from(users).where(and(eq(users.role, 'admin'), isNull(users.deactivatedAt), ne(users.id, exceptId)));
  return r?.n ?? 0;
}

/** Deletes every session of a user, except the one whose id hash is `keepIdHash`. */
export async function deleteSessionsOfUser(db: Db, userId: string, keepIdHash: string | null = null): Promise<void> {
  await db.delete(sessions).where(keepIdHash ? and(eq(sessions.userId, userId), ne(sessions.idHash, keepIdHash)) : eq(sessions.userId, userId));
}
