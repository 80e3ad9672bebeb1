import { slackMemberPlaceholder } from '../../domain/timeline/member-names.ts';

/** Names Slack ids stand for, from users.json and channels.json. */
export type SlackDirectory = { users: Map<string, string>; channels: Map<string, string> };

const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'" };

function decode(text: string): string {
  return text.replace(/&(amp|lt|gt|quot|#39);/g, (e) => ENTITIES[e] ?? e);
}

/** One `<…>` token of Slack markup as plain text. */
function renderToken(body: string, dir: SlackDirectory, unresolved: Set<string> | undefined): string {
  const bar = body.indexOf('|');
  const target = bar === -1 ? body : body.slice(0, bar);
  const label = bar === -1 ? null : body.slice(bar + 1);
  if (target.startsWith('@')) {
    const id = target.slice(1);
    const name = label ?? dir.users.get(id);
    if (name !== undefined) return `@${name}`;
    unresolved?.add(id);
    return `@${slackMemberPlaceholder(id)}`;
  }
  if (target.startsWith('#')) return `#${label ?? dir.channels.get(target.slice(1)) ?? target.slice(1)}`;
  if (target.startsWith('!')) {
    const special = target.slice(1);
    if (label !== null) return label.startsWith('@') || special.startsWith('date') ? label : `@${label}`;
    return `@${special.replace(/^subteam\^/, '')}`;
  }
  const url = decode(target);
  if (label === null) return url;
  const shown = decode(label);
  if (url.startsWith('mailto:') || url.replace(/^https?:\/\//, '') === shown) return shown;
  return `${shown} (${url})`;
}

/**
 * Turns Slack message markup into readable text: `<@U123>` becomes `@name` (from
 * users.json), or `@Slack member U123` when no name is known (the id is added to
 * `unresolved`); `<#C1|general>` `#general`, `<!here>` `@here`, `<url|label>` `label (url)`,
 * and HTML entities are decoded.
 */
export function renderSlackText(text: string, dir: SlackDirectory, unresolved?: Set<string>): string {
  return decode(text.replace(/<([^<>]+)>/g, (_m, body: string) => renderToken(body, dir, unresolved)));
}
