/**
 * Notification channels edited from the admin page: list (secrets only as set / not set),
 * save (create, update, disable; a secret left out keeps the one in effect), forget (back to
 * the file), and the configuration in effect (the file's `notify` with the saved channels
 * over it: the database wins, see src/domain/notify/channel-settings.ts).
 */
import type { Principal } from '../../domain/access/roles.ts';
import { AppError } from '../../domain/errors.ts';
import {
  CHANNEL_ID, ChannelSaveSchema, channelSettingsViews, kindOfId, mergeChannels, SECRET_FIELDS, settingsInEffect, settingsToStore,
  type ChannelSettingsView, type StoredChannel,
} from '../../domain/notify/channel-settings.ts';
import type { NotifyConfig } from '../../domain/notify/config.ts';
import { listRevisions, insertRevision } from '../../store/repositories/revision.repository.ts';
import { deleteNotifyChannel, listNotifyChannels, upsertNotifyChannel, type NotifyChannelRow } from '../../store/repositories/notify-channel.repository.ts';
import type { Db } from '../../store/database.ts';
import { requireRole } from '../access.ts';
import type { ServiceContext } from '../context.ts';
import { inTransaction } from '../transaction.ts';

const stored = (r: NotifyChannelRow): StoredChannel => ({ id: r.id, kind: kindOfId(r.id), enabled: r.enabled, settings: r.settings, updatedBy: r.updatedBy, updatedAt: r.updatedAt });

/** Saved channels are read at most once a second per database handle (another server's save applies within a second). */
const CACHE_MS = 1000;
const cache = new WeakMap<Db, { at: number; rows: StoredChannel[] }>();

async function savedChannels(db: Db): Promise<StoredChannel[]> {
  const hit = cache.get(db);
  if (hit && Date.now() - hit.at < CACHE_MS) return hit.rows;
  const rows = (await listNotifyChannels(db)).map(stored);
  cache.set(db, { at: Date.now(), rows });
  return rows;
}

/** The `notify` configuration in effect: the file's, with the channels saved from the admin page over it. */
export async function notifyConfig(ctx: ServiceContext): Promise<NotifyConfig> {
  return mergeChannels(ctx.config.notify, await savedChannels(ctx.db));
}

/** Every channel with its settings (never a secret: only whether it is set) and where it comes from. */
export async function listChannelSettings(ctx: ServiceContext, actor: Principal): Promise<ChannelSettingsView[]> {
  requireRole(actor, 'admin', 'Viewing notification channel settings');
  return channelSettingsViews(ctx.config.notify, (await listNotifyChannels(ctx.db)).map(stored));
}

function checkId(id: string): void {
  if (!CHANNEL_ID.test(id)) {
    throw new AppError('validation_failed', `No channel ${id}: use slack, email or webhook:<name> (lower-case letters, digits, - and _).`, { errors: [{ path: 'id', message: 'slack, email or webhook:<name>' }] });
  }
}

/** What changed, for the revision: non-secret fields with their values, secrets only as changed. */
function changesOf(kind: StoredChannel['kind'], before: { enabled: boolean; settings: Record<string, unknown> } | null, after: { enabled: boolean; settings: Record<string, unknown> }): Record<string, { from: unknown; to: unknown }> {
  const out: Record<string, { from: unknown; to: unknown }> = {};
  if ((before?.enabled ?? null) !== after.enabled) out['enabled'] = { from: before?.enabled ?? null, to: after.enabled };
  for (const k of new Set([...Object.keys(before?.settings ?? {}), ...Object.keys(after.settings)])) {
    const from = before?.settings[k] ?? null;
    const to = after.settings[k] ?? null;
    if (JSON.stringify(from) === JSON.stringify(to)) continue;
    out[k] = SECRET_FIELDS[kind].includes(k) ? { from: from === null ? 'not set' : 'set', to: to === null ? 'not set' : 'changed' } : { from, to };
  }
  return out;
}

/** Creates, updates or disables a channel (admin). Secrets left out keep the one in effect; null clears one. */
export async function saveChannel(ctx: ServiceContext, actor: Principal, id: string, body: unknown): Promise<ChannelSettingsView> {
  requireRole(actor, 'admin', 'Changing a notification channel');
  checkId(id);
  const parsed = ChannelSaveSchema.safeParse(body);
  if (!parsed.success) {
    throw new AppError('validation_failed', `The channel is not valid: ${parsed.error.issues.map((i) => `${i.path.join('.') || '(body)'}: ${i.message}`).join('; ')}`, {
      errors: parsed.error.issues.map((i) => ({ path: i.path.join('.') || '(body)', message: i.message })),
    });
  }
  const kind = kindOfId(id);
  const now = ctx.now();
  const view = await inTransaction(ctx, async (tx) => {
    const rows = (await listNotifyChannels(tx.db)).map(stored);
    const before = rows.find((r) => r.id === id) ?? null;
    // The saved row's settings (even disabled), else the file's.
    const inEffect = before ? before.settings : settingsInEffect(ctx.config.notify, id);
    const next = settingsToStore(id, parsed.data.settings, inEffect);
    if (!next.ok) throw new AppError('validation_failed', `The channel is not valid: ${next.problems.map((p) => `${p.path}: ${p.message}`).join('; ')}`, { errors: next.problems });
    const row = await upsertNotifyChannel(tx.db, { id, kind, enabled: parsed.data.enabled, settings: next.settings, updatedBy: actor.name, updatedAt: now });
    const previous = before ?? (inEffect ? { enabled: true, settings: inEffect } : null);
    await insertRevision(tx.db, {
      entityType: 'notify-channel', entityId: id, version: (await listRevisions(tx.db, 'notify-channel', id)).length + 1,
      actor: actor.name, action: before ? 'update' : 'create', at: now, changes: changesOf(kind, previous, { enabled: row.enabled, settings: row.settings }),
    });
    return channelSettingsViews(ctx.config.notify, [...rows.filter((r) => r.id !== id), stored(row)]).find((v) => v.id === id)!;
  });
  cache.delete(ctx.db);
  return view;
}

/** Forgets a saved channel: the file's settings (if any) apply again (admin). */
export async function forgetChannel(ctx: ServiceContext, actor: Principal, id: string): Promise<void> {
  requireRole(actor, 'admin', 'Changing a notification channel');
  checkId(id);
  await inTransaction(ctx, async (tx) => {
    if (!(await deleteNotifyChannel(tx.db, id))) throw new AppError('not_found', `No channel ${id} was saved from the admin page.`);
    await insertRevision(tx.db, {
      entityType: 'notify-channel', entityId: id, version: (await listRevisions(tx.db, 'notify-channel', id)).length + 1,
      actor: actor.name, action: 'delete', at: ctx.now(), changes: { saved: { from: true, to: false } },
    });
  });
  cache.delete(ctx.db);
}
