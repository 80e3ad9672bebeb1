import { and, count, eq, gt, isNull, or } from 'drizzle-orm';
import type { Db } from '../database.ts';
import { apiTokens, users } from '../schema.ts';

export type ApiTokenRow = typeof apiTokens.$inferSelect;

/** Stores a token (its hash only). */
export async function insertToken(db: Db, row: typeof apiTokens.$inferInsert): Promise<ApiTokenRow> {
  const [created] = await db.insert(apiTokens).values(row).returning();
  return created!;
}

/** Not expired at `now` (no expiry, or an expiry after now). */
function liveAt(now: Date) {
  return or(isNull(apiTokens.expiresAt), gt(apiTokens.expiresAt, now));
}

/** The live token with this hash and whether its user (if any) is deactivated, in one statement; null when there is no live token. */
export async function findTokenWithUserByHash(db: Db, tokenHash: string, now: Date): Promise<{ token: ApiTokenRow; userDeactivated: boolean } | null> {
  const [row] = await db.select({ token: apiTokens, deactivatedAt: users.deactivatedAt, userId: users.id }).from(apiTokens)
    .leftJoin(users, eq(users.id, apiTokens.userId))
    .where(and(eq(apiTokens.tokenHash, tokenHash), isNull(apiTokens.revokedAt), liveAt(now))).limit(1);
  if (!row) return null;
  // A token whose user row is gone, or deactivated, authenticates nobody.
  return { token: row.token, userDeactivated: row.token.userId !== null && (row.userId === null || row.deactivatedAt !== null) };
}

/** Marks a token used (best effort, for the token list). */
export async function touchToken(db: Db, id: string, at: Date): Promise<void> {
  await db.update(apiTokens).set({ lastUsedAt: at }).where(eq(apiTokens.id, id));
}

/** All tokens, without hashes' meaning: for the admin list. */
export async function listTokens(db: Db): Promise<ApiTokenRow[]> {
  return db.select().from(apiTokens).orderBy(apiTokens.createdAt);
}

/** Revokes a token; returns false when there was none. */
export async function revokeToken(db: Db, id: string, at: Date): Promise<boolean> {
  const rows = await db.update(apiTokens).set({ revokedAt: at }).where(eq(apiTokens.id, id)).returning({ id: apiTokens.id });
  return rows.length > 0;
}

/**
 * True when nobody can sign in yet: no user and no live (unrevoked, unexpired) API token.
 * First-run setup is open only then: once an admin token exists, setup is closed.
 */
export async function isFreshInstall(db: Db, now: Date): Promise<boolean> {
  const [t] = await db.select({ n: count() }).from(apiTokens).where(and(isNull(apiTokens.revokedAt), liveAt(now)));
  const [u] = await db.select({ n: count() }).from(users);
  return (t?.n ?? 0) === 0 && (u?.n ?? 0) === 0;
}
