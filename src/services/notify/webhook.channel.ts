/**
 * Outbound webhooks: JSON body signed with HMAC-SHA256 over `<timestamp>.<body>`
 * (docs/follow-through.md). Every attempt at a message carries the same delivery id
 * (`Debrief-Delivery`, `Idempotency-Key` and the body's `id`): receivers drop repeats by it,
 * which makes a resend after a kill harmless (`Debrief-Redelivery: 1` marks such a resend).
 */
import { webhookBody, webhookSignature } from '../../domain/notify/message.ts';
import { PermanentJobError } from '../../jobs/job-errors.ts';
import { post, throwForStatus, type Channel } from './channel.ts';

export const webhookChannel: Channel = {
  name: 'webhook',
  unconfigured: (cfg) => (cfg.webhooks.length ? null : 'notify.webhooks is empty'),
  async send(cfg, n, target, d) {
    const { id, now } = d;
    const hooks = cfg.webhooks.filter((w) => target.to.includes(w.name));
    if (hooks.length === 0) throw new PermanentJobError(`no webhook named ${target.to.join(', ')} in notify.webhooks`);
    for (const w of hooks) {
      const body = webhookBody(n, id);
      const ts = Math.floor(now.getTime() / 1000);
      const res = await post(w.url, body, {
        'content-type': 'application/json', 'debrief-timestamp': String(ts), 'debrief-signature': webhookSignature(w.secret, ts, body), 'debrief-delivery': id,
        'idempotency-key': id, ...(d.uncertain ? { 'debrief-redelivery': '1' } : {}),
      });
      await throwForStatus(res, `webhook ${w.name}`, now);
    }
  },
};
