/**
 * Slack: Block Kit messages through a bot token (chat.postMessage: to a team's channel or
 * the default one) or an incoming webhook (its one channel); owners mentioned by Slack id.
 *
 * With a bot token every message carries `metadata` (event `debrief_notification`, its
 * delivery id); a retry after an uncertain attempt first reads the channel's recent history
 * (conversations.history with include_all_metadata, from just before that attempt) and sends
 * nothing when the message is there: once, when the channel is given by id (C…/G…/D…) and the
 * bot may read it (channels:history / groups:history). A channel given by #name, a bot that
 * cannot read the history, and incoming webhooks (which cannot be asked) stay at-least-once.
 */
import { slackMessage, slackMetadata, SLACK_METADATA_EVENT } from '../../domain/notify/message.ts';
import type { NotifyConfig } from '../../domain/notify/config.ts';
import { PermanentJobError, RetryLaterError } from '../../jobs/job-errors.ts';
import { post, throwForStatus, type Channel, type Delivery } from './channel.ts';

/** chat.postMessage errors worth trying again (Slack answers 200 with ok:false). */
const TRANSIENT = new Set(['internal_error', 'fatal_error', 'service_unavailable', 'request_timeout', 'ratelimited', 'team_added_to_org']);

/** How far before the uncertain attempt's start the history is read (clocks differ). */
const HISTORY_MARGIN_MS = 5 * 60_000;

type HistoryAnswer = { ok?: boolean; error?: string; messages?: { metadata?: { event_type?: string; event_payload?: { delivery?: unknown } } }[] };

/**
 * Whether the channel already shows the message (null: Slack cannot tell, e.g. a #name or a
 * missing scope, and the message is sent: at least once rather than lost).
 */
async function alreadyPosted(s: NotifyConfig['slack'], channel: string, d: Delivery): Promise<boolean | null> {
  if (!/^[CGD][A-Z0-9]{2,}$/.test(channel) || !s.botToken) return null;
  const q = new URLSearchParams({ channel, include_all_metadata: 'true', limit: '200' });
  if (d.since) q.set('oldest', ((d.since.getTime() - HISTORY_MARGIN_MS) / 1000).toFixed(6));
  const res = await fetch(`${s.apiBaseUrl.replace(/\/$/, '')}/conversations.history?${q.toString()}`, {
    headers: { authorization: `Bearer ${s.botToken}` }, signal: AbortSignal.timeout(10_000), redirect: 'error',
  });
  if (res.status === 429 || res.status >= 500) await throwForStatus(res, 'Slack conversations.history', d.now);
  if (!res.ok) return null;
  const body = (await res.json().catch(() => ({}))) as HistoryAnswer;
  if (body.ok !== true) {
    if (body.error === 'ratelimited') throw new RetryLaterError('Slack conversations.history answered ratelimited', 60_000);
    if (body.error && TRANSIENT.has(body.error)) throw new Error(`Slack conversations.history answered ${body.error}`);
    return null;
  }
  return (body.messages ?? []).some((m) => m.metadata?.event_type === SLACK_METADATA_EVENT && m.metadata.event_payload?.delivery === d.id);
}

export const slackChannel: Channel = {
  name: 'slack',
  unconfigured: (cfg) => (cfg.slack.botToken || cfg.slack.webhookUrl ? null : 'notify.slack.webhookUrl or notify.slack.botToken is not set'),
  async send(cfg, n, target, d) {
    const s = cfg.slack;
    const message = slackMessage(n, target.mention ?? []);
    if (s.botToken) {
      const channel = target.to[0] ?? s.defaultChannel;
      if (!channel) throw new PermanentJobError('no Slack channel for this message: set notify.slack.defaultChannel');
      if (d.uncertain && (await alreadyPosted(s, channel, d)) === true) return;
      const res = await post(`${s.apiBaseUrl.replace(/\/$/, '')}/chat.postMessage`, JSON.stringify({ channel, ...message, unfurl_links: false, metadata: slackMetadata(d.id) }), {
        'content-type': 'application/json; charset=utf-8', authorization: `Bearer ${s.botToken}`,
      });
      await throwForStatus(res, 'Slack', d.now);
      const body = (await res.json().catch(() => ({}))) as { ok?: boolean; error?: string };
      if (body.ok === true) return;
      const error = body.error ?? 'no answer';
      if (error === 'ratelimited') throw new RetryLaterError(`Slack answered ${error}`, 60_000);
      if (TRANSIENT.has(error)) throw new Error(`Slack answered ${error}`);
      throw new PermanentJobError(`Slack answered ${error}`);
    }
    if (!s.webhookUrl) throw new Error('notify.slack.webhookUrl is not set');
    const res = await post(s.webhookUrl, JSON.stringify(message), { 'content-type': 'application/json' });
    await throwForStatus(res, 'Slack', d.now);
  },
};
