/** Notification channels saved from the admin page (the `notify_channels` table). */
import { asc, eq } from 'drizzle-orm';
import type { Db } from '../database.ts';
import { notifyChannels } from '../schema.ts';

export type NotifyChannelRow = typeof notifyChannels.$inferSelect;

export async function listNotifyChannels(db: Db): Promise<NotifyChannelRow[]> {
  return db.select().from(notifyChannels).orderBy(asc(notifyChannels.id));
}

/** Creates or replaces a saved channel. */
export async function upsertNotifyChannel(db: Db, row: Omit<NotifyChannelRow, 'updatedBy'> & { updatedBy: string | null }): Promise<NotifyChannelRow> {
  const [out] = await db.insert(notifyChannels).values(row)
    .onConflictDoUpdate({ target: notifyChannels.id, set: { kind: row.kind, enabled: row.enabled, settings: row.settings, updatedBy: row.updatedBy, updatedAt: row.updatedAt } })
    .returning();
  return out!;
}

/** Forgets a saved channel (the file's applies again); true when there was one. */
export async function deleteNotifyChannel(db: Db, id: string): Promise<boolean> {
  return (await db.delete(notifyChannels).where(eq(notifyChannels.id, id)).returning({ id: notifyChannels.id })).length > 0;
}
