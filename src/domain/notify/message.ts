/**
 * A notification and how each channel renders it: Slack Block Kit, e-mail text + HTML,
 * webhook JSON. Pure: the caller passes everything (no clock, no I/O).
 */
import { createHash, createHmac } from 'node:crypto';

/** Every rule that sends messages (a user mutes them by these names), and `test`. */
export const NOTIFICATION_RULES = [
  'action-due-soon', 'action-overdue', 'action-escalation', 'postmortem-published', 'postmortem-owner-assigned', 'meeting-scheduled',
  'deadline-approaching', 'deadline-missed', 'review-requested', 'review-decided', 'weekly-review', 'monthly-digest', 'communication', 'test',
] as const;
export type NotificationRule = (typeof NOTIFICATION_RULES)[number];

export type Notification = {
  rule: NotificationRule;
  /** One line: the subject of an e-mail, the header of a Slack message. */
  title: string;
  /** Plain text paragraphs. */
  text: string;
  /** Link to the thing in Debrief, when the base URL is known. */
  url: string | null;
  /** Structured facts (ids, due dates), sent as is to webhooks and listed in e-mails. */
  facts: Record<string, string>;
  /** Files attached to e-mails (the meeting's .ics); other channels ignore them. */
  attachments?: Attachment[] | undefined;
};

export type Attachment = { filename: string; contentType: string; content: string };

export type EmailContent = { subject: string; text: string; html: string };

const escapeHtml = (s: string): string => s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
/** Slack mrkdwn: only &, < and > are special. */
const escapeSlack = (s: string): string => s.replace(/[&<>]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;' })[c]!);

/** Slack Block Kit payload (incoming webhook or chat.postMessage), with `text` as the fallback. */
export function slackMessage(n: Notification, mention: string[] = []): Record<string, unknown> {
  const who = mention.length ? `${mention.map((m) => (/^[UW][A-Z0-9]+$/.test(m) ? `<@${m}>` : `@${escapeSlack(m)}`)).join(' ')} ` : '';
  const facts = Object.entries(n.facts);
  const blocks: Record<string, unknown>[] = [
    { type: 'header', text: { type: 'plain_text', text: n.title.slice(0, 150), emoji: false } },
    { type: 'section', text: { type: 'mrkdwn', text: `${who}${escapeSlack(n.text)}`.slice(0, 3000) } },
  ];
  if (facts.length) blocks.push({ type: 'section', fields: facts.slice(0, 10).map(([k, v]) => ({ type: 'mrkdwn', text: `*${escapeSlack(k)}*\n${escapeSlack(v)}`.slice(0, 2000) })) });
  if (n.url) blocks.push({ type: 'actions', elements: [{ type: 'button', text: { type: 'plain_text', text: 'Open in Debrief' }, url: n.url }] });
  return { text: `${n.title}: ${n.text}`.slice(0, 3000), blocks };
}

/** E-mail subject, plain text and HTML (every value escaped). */
export function emailMessage(n: Notification): EmailContent {
  const facts = Object.entries(n.facts);
  const text = [n.text, '', ...facts.map(([k, v]) => `${k}: ${v}`), ...(n.url ? ['', n.url] : [])].join('\n').trimEnd() + '\n';
  const html = [
    `<h2>${escapeHtml(n.title)}</h2>`,
    ...n.text.split(/\n{2,}/).map((p) => `<p>${escapeHtml(p)}</p>`),
    facts.length ? `<table>${facts.map(([k, v]) => `<tr><th align="left">${escapeHtml(k)}</th><td>${escapeHtml(v)}</td></tr>`).join('')}</table>` : '',
    n.url ? `<p><a href="${escapeHtml(n.url)}">Open in Debrief</a></p>` : '',
  ].filter(Boolean).join('\n');
  return { subject: n.title.replace(/[\r\n]+/g, ' ').slice(0, 200), text, html };
}

/**
 * The Message-ID of a message's e-mail: the same on every attempt (`id` is the job's delivery
 * id, `key` its idempotency key), so a resent copy is the same message to mail systems and
 * to a receiver that drops repeats. The domain is the sender address's.
 */
export function emailMessageId(id: string, key: string, from: string): string {
  const domain = /@([A-Za-z0-9.-]+)>?\s*$/.exec(from)?.[1] ?? 'debrief.invalid';
  return `<debrief.${id.replace(/[^A-Za-z0-9-]/g, '')}.${createHash('sha256').update(key).digest('hex').slice(0, 16)}@${domain}>`;
}

/** What a Slack message carries so that a retry can find it again (chat.postMessage `metadata`). */
export const SLACK_METADATA_EVENT = 'debrief_notification';
export const slackMetadata = (id: string): { event_type: string; event_payload: { delivery: string } } => ({ event_type: SLACK_METADATA_EVENT, event_payload: { delivery: id } });

/** The outbound webhook body. */
export function webhookBody(n: Notification, id: string): string {
  return JSON.stringify({ id, type: n.rule, title: n.title, text: n.text, url: n.url, facts: n.facts });
}

/** Signature header value: `v1=` + hex HMAC-SHA256 over `<timestamp>.<raw body>` (timestamp: Unix seconds, sent in `Debrief-Timestamp`). */
export function webhookSignature(secret: string, timestamp: number, body: string): string {
  return `v1=${createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')}`;
}
