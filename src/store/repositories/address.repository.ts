/** Where users are reached (user_addresses joined to users) and teams. */
import { eq, gte } from 'drizzle-orm';
import type { Db } from '../database.ts';
import { postmortems, publications, teams, userAddresses, users } from '../schema.ts';

export type AddressRow = {
  userId: string; username: string; displayName: string;
  email: string | null; slackId: string | null; slackHandle: string | null; githubLogin: string | null; team: string | null; mutes: string[];
};

export async function listAddresses(db: Db): Promise<AddressRow[]> {
  return db.select({
    userId: users.id, username: users.username, displayName: users.displayName,
    email: userAddresses.email, slackId: userAddresses.slackId, slackHandle: userAddresses.slackHandle,
    githubLogin: userAddresses.githubLogin, team: userAddresses.team, mutes: userAddresses.mutes,
  }).from(users).innerJoin(userAddresses, eq(userAddresses.userId, users.id));
}

export async function upsertAddress(db: Db, row: typeof userAddresses.$inferInsert): Promise<void> {
  const { userId: _u, ...set } = row;
  await db.insert(userAddresses).values(row).onConflictDoUpdate({ target: userAddresses.userId, set });
}

export async function listTeams(db: Db): Promise<(typeof teams.$inferSelect)[]> {
  return db.select().from(teams);
}

/** Publications made since `since`, with their post-mortem's title (the published rule). */
export async function listPublicationsSince(db: Db, since: Date): Promise<{ postmortemId: string; number: number; audience: string; title: string; publishedBy: string; publishedAt: Date }[]> {
  return db.select({
    postmortemId: publications.postmortemId, number: publications.number, audience: publications.audience,
    title: postmortems.title, publishedBy: publications.publishedBy, publishedAt: publications.publishedAt,
  }).from(publications).innerJoin(postmortems, eq(postmortems.id, publications.postmortemId)).where(gte(publications.publishedAt, since));
}

export async function findAddress(db: Db, userId: string): Promise<(typeof userAddresses.$inferSelect) | null> {
  const [row] = await db.select().from(userAddresses).where(eq(userAddresses.userId, userId)).limit(1);
  return row ?? null;
}

export async function findTeam(db: Db, name: string): Promise<(typeof teams.$inferSelect) | null> {
  const [row] = await db.select().from(teams).where(eq(teams.name, name)).limit(1);
  return row ?? null;
}

export async function upsertTeam(db: Db, row: typeof teams.$inferInsert): Promise<typeof teams.$inferSelect> {
  const { name: _n, ...set } = row;
  const [saved] = await db.insert(teams).values(row).onConflictDoUpdate({ target: teams.name, set }).returning();
  return saved!;
}

export async function deleteTeam(db: Db, name: string): Promise<boolean> {
  return (await db.delete(teams).where(eq(teams.name, name)).returning({ name: teams.name })).length > 0;
}
