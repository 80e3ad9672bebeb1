/**
 * E-mail over SMTP (nodemailer): text and HTML parts. SMTP has no idempotency: a message is
 * delivered at least once, but every attempt carries the same Message-ID (and
 * X-Debrief-Notification), so a resent copy after a kill is recognisably the same message.
 */
import { emailMessage, emailMessageId } from '../../domain/notify/message.ts';
import { PermanentJobError } from '../../jobs/job-errors.ts';
import type { Channel } from './channel.ts';

export const emailChannel: Channel = {
  name: 'email',
  unconfigured: (cfg) => (cfg.email.host ? null : 'notify.email.host is not set'),
  async send(cfg, n, target, d) {
    const e = cfg.email;
    if (!e.host) throw new Error('notify.email.host is not set');
    if (target.to.length === 0) throw new PermanentJobError('no e-mail address to send to');
    // nodemailer is loaded on the first e-mail, not at start (start time and memory of servers that send none).
    const { default: nodemailer } = await import('nodemailer');
    const transport = nodemailer.createTransport({
      host: e.host, port: e.port, secure: e.secure,
      auth: e.user ? { user: e.user, pass: e.password ?? '' } : undefined,
      connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 20_000,
    });
    try {
      const m = emailMessage(n);
      await transport.sendMail({
        from: e.from, to: target.to, subject: m.subject, text: m.text, html: m.html, messageId: emailMessageId(d.id, d.key, e.from),
        headers: { 'X-Debrief-Notification': d.id, ...(d.uncertain ? { 'X-Debrief-Redelivery': '1' } : {}) },
        ...(n.attachments?.length ? { attachments: n.attachments.map((a) => ({ filename: a.filename, contentType: a.contentType, content: a.content })) } : {}),
      });
    } catch (err) {
      const code = (err as { responseCode?: number }).responseCode;
      // 5xx SMTP replies are permanent (no such mailbox, refused); 4xx and network errors are retried.
      if (typeof code === 'number' && code >= 500) throw new PermanentJobError(`SMTP ${code}: ${(err as Error).message}`);
      throw err;
    } finally {
      transport.close();
    }
  },
};
