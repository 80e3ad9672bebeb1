/**
 * Slack: Block Kit messages through a bot token (chat.postMessage: to a team's channel or
 * the default one) or an incoming webhook (its one channel); owners mentioned by Slack id.
 */
import { slackMessage } from '../../domain/notify/message.ts';
import { PermanentJobError, RetryLaterError } from '../../jobs/job-errors.ts';
import { post, throwForStatus, type Channel } from './channel.ts';

/** chat.postMessage errors worth trying again (Slack answers 200 with ok:false). */
const TRANSIENT = new Set(['internal_error', 'fatal_error', 'service_unavailable', 'request_timeout', 'ratelimited', 'team_added_to_org']);

export const slackChannel: Channel = {
  name: 'slack',
  unconfigured: (cfg) => (cfg.slack.botToken || cfg.slack.webhookUrl ? null : 'notify.slack.webhookUrl or notify.slack.botToken is not set'),
  async send(cfg, n, target, _id, now) {
    const s = cfg.slack;
    const message = slackMessage(n, target.mention ?? []);
    if (s.botToken) {
      const channel = target.to[0] ?? s.defaultChannel;
      if (!channel) throw new PermanentJobError('no Slack channel for this message: set notify.slack.defaultChannel');
      const res = await post(`${s.apiBaseUrl.replace(/\/$/, '')}/chat.postMessage`, JSON.stringify({ channel, ...message, unfurl_links: false }), {
        'content-type': 'application/json; charset=utf-8', authorization: `Bearer ${s.botToken}`,
      });
      await throwForStatus(res, 'Slack', now);
      const body = (await res.json().catch(() => ({}))) as { ok?: boolean; error?: string };
      if (body.ok === true) return;
      const error = body.error ?? 'no answer';
      if (error === 'ratelimited') throw new RetryLaterError(`Slack answered ${error}`, 60_000);
      if (TRANSIENT.has(error)) throw new Error(`Slack answered ${error}`);
      throw new PermanentJobError(`Slack answered ${error}`);
    }
    if (!s.webhookUrl) throw new Error('notify.slack.webhookUrl is not set');
    const res = await post(s.webhookUrl, JSON.stringify(message), { 'content-type': 'application/json' });
    await throwForStatus(res, 'Slack', now);
  },
};
