/**
 * Notification channels saved from the admin page, merged over debrief.config.yaml. Pure:
 * the shapes a save accepts (the config file's own schemas, so a field is named the same
 * way in both places), what an answer may show (never a secret), and the merge.
 *
 * Precedence: a channel saved from the admin page (a database row) replaces the channel of
 * the same id from the file, whole; a row saved disabled turns the channel off even when
 * the file sets it. Ids: `slack`, `email`, `webhook:<name>`.
 */
import { z } from 'zod';
import { NotifyConfigSchema, type NotifyConfig } from './config.ts';

export const CHANNEL_KINDS = ['slack', 'email', 'webhook'] as const;
export type ChannelKind = (typeof CHANNEL_KINDS)[number];

const SlackSchema = NotifyConfigSchema.shape.slack.unwrap();
const EmailSchema = NotifyConfigSchema.shape.email.unwrap();
const WebhookSchema = NotifyConfigSchema.shape.webhooks.unwrap().element;
export type SlackSettings = z.output<typeof SlackSchema>;
export type EmailSettings = z.output<typeof EmailSchema>;
export type WebhookSettings = z.output<typeof WebhookSchema>;

/** Fields never answered once saved (shown as set / not set), per kind. */
export const SECRET_FIELDS: Record<ChannelKind, readonly string[]> = {
  slack: ['webhookUrl', 'botToken'],
  email: ['password'],
  // A webhook URL often carries a token in its path: write-only too (its host is shown).
  webhook: ['url', 'secret'],
};

export const CHANNEL_ID = /^(slack|email|webhook:[a-z0-9][a-z0-9_-]{0,40})$/;
export const kindOfId = (id: string): ChannelKind => (id.startsWith('webhook:') ? 'webhook' : id as ChannelKind);

/** A saved channel as stored. */
export type StoredChannel = { id: string; kind: ChannelKind; enabled: boolean; settings: Record<string, unknown>; updatedBy: string | null; updatedAt: Date };

/** The body of a save: settings as in the file; a secret left out keeps the one in effect, null clears it. */
export const ChannelSaveSchema = z.strictObject({
  enabled: z.boolean().default(true),
  settings: z.record(z.string(), z.unknown()).default({}),
});
export type ChannelSave = z.input<typeof ChannelSaveSchema>;

/** The settings a channel has in effect now (from the merged config), or null when it has none. */
export function settingsInEffect(cfg: NotifyConfig, id: string): Record<string, unknown> | null {
  const kind = kindOfId(id);
  if (kind === 'slack') return { ...cfg.slack };
  if (kind === 'email') return { ...cfg.email };
  const w = cfg.webhooks.find((h) => `webhook:${h.name}` === id);
  return w ? { ...w } : null;
}

export type SaveProblem = { path: string; message: string };

/**
 * The settings to store for a save: the new fields, secrets left out kept from what is in
 * effect, checked against the file's schema. Problems name the field (`settings.<field>`).
 */
export function settingsToStore(id: string, input: Record<string, unknown>, inEffect: Record<string, unknown> | null): { ok: true; settings: Record<string, unknown> } | { ok: false; problems: SaveProblem[] } {
  const kind = kindOfId(id);
  const merged: Record<string, unknown> = { ...input };
  for (const f of SECRET_FIELDS[kind]) if (!(f in input) && inEffect && inEffect[f] !== undefined && inEffect[f] !== null) merged[f] = inEffect[f];
  if (kind === 'webhook') {
    const name = id.slice('webhook:'.length);
    if (merged['name'] !== undefined && merged['name'] !== name) return { ok: false, problems: [{ path: 'settings.name', message: `must be ${name} (the channel id's name)` }] };
    merged['name'] = name;
  }
  const schema = kind === 'slack' ? SlackSchema : kind === 'email' ? EmailSchema : WebhookSchema;
  const r = schema.safeParse(merged);
  if (!r.success) return { ok: false, problems: r.error.issues.map((i) => ({ path: ['settings', ...i.path.map(String)].join('.'), message: i.message })) };
  return { ok: true, settings: r.data };
}

/** The file's notify section with the saved channels over it (see the precedence above). */
export function mergeChannels(cfg: NotifyConfig, saved: readonly StoredChannel[]): NotifyConfig {
  const out: NotifyConfig = { ...cfg, slack: { ...cfg.slack }, email: { ...cfg.email }, webhooks: [...cfg.webhooks] };
  for (const row of saved) {
    if (row.kind === 'slack') {
      const s = SlackSchema.safeParse(row.settings);
      out.slack = row.enabled && s.success ? s.data : { ...out.slack, webhookUrl: null, botToken: null };
    } else if (row.kind === 'email') {
      const e = EmailSchema.safeParse(row.settings);
      out.email = row.enabled && e.success ? e.data : { ...out.email, host: null };
    } else {
      const name = row.id.slice('webhook:'.length);
      const w = WebhookSchema.safeParse({ ...row.settings, name });
      out.webhooks = out.webhooks.filter((h) => h.name !== name);
      if (row.enabled && w.success) out.webhooks.push(w.data);
    }
  }
  return out;
}

/** A channel as the admin page sees it: settings without secrets, each secret only as set or not. */
export type ChannelSettingsView = {
  id: string; kind: ChannelKind; enabled: boolean;
  /** `admin`: saved from the admin page (wins over the file); `config`: from debrief.config.yaml. */
  source: 'admin' | 'config';
  settings: Record<string, unknown>;
  secrets: Record<string, 'set' | 'not set'>;
  /** A webhook's host (its URL is write-only). */
  host: string | null;
  updatedBy: string | null; updatedAt: string | null;
};

function view(id: string, enabled: boolean, source: 'admin' | 'config', settings: Record<string, unknown>, row: StoredChannel | null): ChannelSettingsView {
  const kind = kindOfId(id);
  const secrets: Record<string, 'set' | 'not set'> = {};
  const shown: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(settings)) {
    if (SECRET_FIELDS[kind].includes(k)) secrets[k] = v === null || v === undefined || v === '' ? 'not set' : 'set';
    else shown[k] = v;
  }
  for (const f of SECRET_FIELDS[kind]) secrets[f] ??= 'not set';
  let host: string | null = null;
  if (kind === 'webhook' && typeof settings['url'] === 'string') {
    try { host = new URL(settings['url']).host; } catch { host = null; }
  }
  return { id, kind, enabled, source, settings: shown, secrets, host, updatedBy: row?.updatedBy ?? null, updatedAt: row?.updatedAt.toISOString() ?? null };
}

/** Every channel the file or the admin page defines, in a stable order: slack, email, then webhooks by name. */
export function channelSettingsViews(file: NotifyConfig, saved: readonly StoredChannel[]): ChannelSettingsView[] {
  const byId = new Map(saved.map((r) => [r.id, r]));
  const ids = ['slack', 'email', ...new Set([...file.webhooks.map((w) => `webhook:${w.name}`), ...saved.filter((r) => r.kind === 'webhook').map((r) => r.id)].sort())];
  return ids.map((id) => {
    const row = byId.get(id) ?? null;
    if (row) return view(id, row.enabled, 'admin', row.settings, row);
    return view(id, true, 'config', settingsInEffect(file, id) ?? {}, null);
  });
}
