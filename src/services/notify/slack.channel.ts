/** Slack through an incoming webhook: Block Kit message, mentions of the owners' Slack ids. */
import { slackMessage } from '../../domain/notify/message.ts';
import { post, throwForStatus, type Channel } from './channel.ts';

export const slackChannel: Channel = {
  name: 'slack',
  unconfigured: (cfg) => (cfg.slack.webhookUrl ? null : 'notify.slack.webhookUrl is not set'),
  async send(cfg, n, target, _id, now) {
    const url = cfg.slack.webhookUrl;
    if (!url) throw new Error('notify.slack.webhookUrl is not set');
    const res = await post(url, JSON.stringify(slackMessage(n, target.mention ?? [])), { 'content-type': 'application/json' });
    await throwForStatus(res, 'Slack', now);
  },
};
