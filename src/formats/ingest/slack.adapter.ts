import { z } from 'zod';
import type { IncidentHint, IngestedEvent, IngestResult, Warning } from '../../domain/timeline/event.types.ts';
import { emptyHint, makeEvent } from './event-builder.ts';
import { arr, at, firstStr, obj, str, type JsonObject } from './json-shape.ts';
import type { AdapterContext } from './ingest.types.ts';
import { recognise, refuse } from './recognise.ts';
import { slackMemberPlaceholder } from '../../domain/timeline/member-names.ts';
import { renderSlackText, type SlackDirectory } from './slack-markup.ts';
import { readEpoch } from './time.ts';

/** A Slack workspace export held in memory: what the export's JSON files contain. */
export type SlackExport = {
  channels: unknown[];
  users: unknown[];
  /** One entry per daily file `<channel>/<YYYY-MM-DD>.json`; channel is the folder name (or null when unknown). */
  files: { channel: string | null; date: string | null; messages: unknown[] }[];
};

const ExportShape = z.looseObject(
  {
    channels: z.array(z.unknown(), { error: '"channels" must be an array' }).optional(),
    users: z.array(z.unknown(), { error: '"users" must be an array' }).optional(),
    files: z.array(
      z.looseObject({ channel: z.string().nullable(), date: z.string().nullable().optional(), messages: z.array(z.unknown(), { error: '"files[].messages" must be an array' }) }),
      { error: '"files" must be an array' },
    ),
  },
  { error: 'expected an export {channels, users, files}, or a daily file (an array of messages with "ts")' },
);

// Subtypes that are ordinary speech in the channel; the others are kept as message.<subtype>.
const SPEECH = new Set(['bot_message', 'thread_broadcast', 'file_share', 'me_message', 'reply_broadcast']);

function isChannelList(items: unknown[]): boolean {
  return items.length > 0 && items.every((i) => str(obj(i)?.['id']) !== null && str(obj(i)?.['name']) !== null && obj(i)?.['ts'] === undefined);
}

/** Accepts the export object, a bare daily file, channels.json or users.json. */
function toExport(payload: unknown, warnings: Warning[]): SlackExport {
  if (Array.isArray(payload)) {
    if (payload.length === 0) {
      warnings.push({ message: 'empty list: no messages' });
      return { channels: [], users: [], files: [] };
    }
    if (payload.some((m) => typeof obj(m)?.['ts'] === 'string')) return { channels: [], users: [], files: [{ channel: null, date: null, messages: payload }] };
    if (isChannelList(payload) && payload.some((u) => obj(u)?.['profile'] !== undefined || obj(u)?.['real_name'] !== undefined)) {
      warnings.push({ message: `users.json holds ${payload.length} user name(s), no messages: pass the export folder or .zip` });
      return { channels: [], users: payload, files: [] };
    }
    if (isChannelList(payload)) return { channels: payload, users: [], files: [] };
    return refuse('slack', '[0].ts', 'must be a string: expected a daily export file (messages with "ts"), channels.json or users.json');
  }
  const o = obj(payload);
  if (o !== null && Array.isArray(o['messages']) && o['files'] === undefined) {
    return { channels: [], users: [], files: [{ channel: firstStr(o['channel'], o['name']), date: null, messages: o['messages'] as unknown[] }] };
  }
  const e = recognise('slack', ExportShape, payload);
  return { channels: e.channels ?? [], users: e.users ?? [], files: e.files.map((f) => ({ channel: f.channel, date: f.date ?? null, messages: f.messages })) };
}

function directory(exp: SlackExport): SlackDirectory {
  const users = new Map<string, string>();
  for (const u of exp.users) {
    const id = str(obj(u)?.['id']);
    const name = firstStr(at(u, 'profile', 'display_name'), at(u, 'profile', 'real_name'), obj(u)?.['real_name'], obj(u)?.['name']);
    if (id !== null && name !== null) users.set(id, name);
  }
  // Without users.json, a member who spoke in the export is still named by the profile their messages carry.
  for (const file of exp.files) {
    for (const m of file.messages) {
      const id = str(obj(m)?.['user']);
      const name = firstStr(at(m, 'user_profile', 'display_name'), at(m, 'user_profile', 'real_name'), at(m, 'user_profile', 'name'));
      if (id !== null && name !== null && !users.has(id)) users.set(id, name);
    }
  }
  const channels = new Map<string, string>();
  for (const c of exp.channels) {
    const id = str(obj(c)?.['id']);
    const name = str(obj(c)?.['name']);
    if (id !== null && name !== null) channels.set(id, name);
  }
  return { users, channels };
}

function messageText(m: JsonObject, dir: SlackDirectory, unresolved: Set<string>): string {
  const own = renderSlackText(str(m['text']) ?? '', dir, unresolved).trim();
  if (own !== '') return own;
  const parts: string[] = [];
  for (const a of arr(m['attachments'])) {
    const pieces = [str(at(a, 'pretext')), str(at(a, 'title')), str(at(a, 'text'))].filter((p) => p !== null);
    const chosen = pieces.length > 0 ? pieces : [str(at(a, 'fallback'))].filter((p) => p !== null);
    parts.push(...chosen.map((p) => renderSlackText(p, dir, unresolved)));
  }
  for (const f of arr(m['files'])) {
    const name = firstStr(at(f, 'title'), at(f, 'name'));
    if (name !== null) parts.push(`[file] ${name}`);
  }
  return parts.join(' ').trim();
}

const MEMBER_ID = /^[UW][A-Z0-9]+$/;

function actorOf(m: JsonObject, dir: SlackDirectory, unresolved: Set<string>): string | null {
  const user = str(m['user']);
  const known = user === null ? undefined : dir.users.get(user);
  if (known !== undefined) return known;
  const named = firstStr(m['username'], at(m, 'bot_profile', 'name'), at(arr(m['attachments'])[0], 'author_name'));
  if (named !== null) return named;
  if (user !== null && MEMBER_ID.test(user)) {
    unresolved.add(user);
    return slackMemberPlaceholder(user);
  }
  return firstStr(user, m['bot_id']);
}

/** The warning for member ids no name was found for, and what fixes it. */
function unresolvedWarning(ids: ReadonlySet<string>, hasUsersFile: boolean, channelUnknown: boolean): Warning {
  // A daily file's events are keyed under no channel: the export would key them under theirs and add them again.
  const why = hasUsersFile
    ? 'users.json does not list them (deleted or external accounts?)'
    : channelUnknown
      ? 'a daily file alone has no users.json; import the export folder or .zip (it has users.json) instead, after deleting these events, to put the names in'
      : 'the export has no users.json; add it (it is in the workspace export .zip) and import again to put the names in';
  return { field: 'users.json', message: `${ids.size} Slack member id(s) could not be named (written "@Slack member U…"): ${why}` };
}

/**
 * Reads a Slack export: one event per message (bot messages included), mentions resolved to
 * names (users.json, else the profile a member's own messages carry); an id without a name
 * reads "Slack member U…" and is listed in `unresolvedMembers`. Keys never depend on names,
 * so the same export imported again with users.json adds no event.
 */
export function slackAdapter(payload: unknown, _ctx: AdapterContext = {}): IngestResult {
  const warnings: Warning[] = [];
  const exp = toExport(payload, warnings);
  const dir = directory(exp);
  const unresolved = new Set<string>();
  const events: IngestedEvent[] = [];
  const hints: IncidentHint[] = [];
  if (exp.files.length === 0 && exp.channels.length > 0) {
    const names = [...dir.channels].map(([id, name]) => `${id} = #${name}`).join(', ');
    warnings.push({ field: 'channels', message: `channel metadata only (${names}): pass the export folder or .zip to read the messages` });
  }
  for (const file of exp.files) {
    const channel = file.channel ?? 'unknown-channel';
    if (file.channel === null) warnings.push({ field: 'channel', message: 'channel unknown (pass the export folder, or the daily file inside its channel folder)' });
    file.messages.forEach((raw, i) => {
      const m = obj(raw);
      const ts = str(m?.['ts']);
      const time = ts === null ? null : readEpoch(ts);
      if (m === null || ts === null || time === null) {
        warnings.push({ field: `${channel}/${file.date ?? '?'}[${i}].ts`, message: 'message without a readable "ts"; skipped' });
        return;
      }
      const subtype = str(m['subtype']);
      const text = messageText(m, dir, unresolved);
      events.push(
        makeEvent({
          time,
          source: 'slack',
          kind: subtype === null || SPEECH.has(subtype) ? 'message' : `message.${subtype}`,
          text,
          actor: actorOf(m, dir, unresolved),
          link: firstStr(m['permalink']),
          idempotencyKey: `slack:${channel}:${ts}`,
        }),
      );
    });
    if (file.channel !== null && !hints.some((h) => h.groupKey === `slack:#${channel}`)) hints.push({ ...emptyHint(), groupKey: `slack:#${channel}`, title: `#${channel}` });
  }
  if (unresolved.size > 0) warnings.push(unresolvedWarning(unresolved, exp.users.length > 0, exp.files.some((f) => f.channel === null)));
  return { events, hints, warnings, unresolvedMembers: [...unresolved].sort() };
}
