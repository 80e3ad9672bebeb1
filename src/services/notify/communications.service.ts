/**
 * Communication documents from a published post-mortem: the leadership summary (from the
 * post-mortem) and the customer summary (from its latest external publication only, so
 * it carries nothing the external redaction removed); sent through a channel as a job;
 * and the public status page of externally published post-mortems.
 */
import { createHash } from 'node:crypto';
import MarkdownIt from 'markdown-it';
import type { Principal } from '../../domain/access/roles.ts';
import { AppError } from '../../domain/errors.ts';
import { customerSummary, leadershipSummary, type CommunicationInput, type CommunicationKind } from '../../domain/notify/communications.ts';
import type { Notification } from '../../domain/notify/message.ts';
import type { PostmortemDoc } from '../../domain/postmortem/document.types.ts';
import { parsePostmortem } from '../../formats/postmortem/index.ts';
import { listActionItemsOf } from '../../store/repositories/action-item.repository.ts';
import { findPostmortem, listPublications, type PublicationRow } from '../../store/repositories/postmortem.repository.ts';
import { listPublicationsSince } from '../../store/repositories/address.repository.ts';
import { requireRole } from '../access.ts';
import type { ServiceContext } from '../context.ts';
import { jobView, type JobView } from '../jobs/job.service.ts';
import type { ChannelName } from './channel.ts';
import { queueNotification } from './notify.service.ts';
import { CHANNELS } from './registry.ts';
import { notifyConfig } from './channel-settings.service.ts';

export type Communication = { postmortemId: string; kind: CommunicationKind; basedOn: { publication: number; audience: string }; markdown: string };

const latest = (pubs: readonly PublicationRow[], audience?: string): PublicationRow | null =>
  [...pubs].filter((p) => audience === undefined || p.audience === audience).sort((a, b) => b.number - a.number)[0] ?? null;

async function build(ctx: ServiceContext, id: string, kind: CommunicationKind): Promise<Communication> {
  const pm = await findPostmortem(ctx.db, id);
  if (!pm) throw new AppError('not_found', `no post-mortem ${id}`);
  const pubs = await listPublications(ctx.db, id);
  const pub = kind === 'customer' ? latest(pubs, 'external') : latest(pubs);
  if (!pub) {
    throw new AppError('conflict', kind === 'customer'
      ? `the customer summary is made from the external publication: publish ${id} externally first (POST /api/v1/postmortems/${id}/publish with audience external)`
      : `publish ${id} first: communications are made from a published post-mortem`, { postmortemId: id });
  }
  const doc: PostmortemDoc = kind === 'customer' ? parsePostmortem(pub.markdown).doc : (pm.doc as unknown as PostmortemDoc);
  const base = ctx.config.notify.baseUrl;
  const input: CommunicationInput = {
    postmortemId: id, title: kind === 'customer' ? (doc.meta.title ?? pm.title) : pm.title, severity: doc.meta.severity, incidentDate: doc.meta.incidentDate,
    doc, publishedAt: pub.publishedAt.toISOString(),
    url: kind === 'customer' ? null : base ? `${base.replace(/\/$/, '')}/postmortems/${encodeURIComponent(id)}` : null,
    actions: kind === 'customer'
      ? doc.actionItems.map((a) => ({ key: a.key, title: a.text, owner: null, priority: null, dueDate: null, status: null }))
      : (await listActionItemsOf(ctx.db, id)).map((a) => ({ key: a.key, title: a.title, owner: a.owner, priority: a.priority, dueDate: a.dueDate, status: a.status })),
  };
  return { postmortemId: id, kind, basedOn: { publication: pub.number, audience: pub.audience }, markdown: kind === 'customer' ? customerSummary(input) : leadershipSummary(input) };
}

/** The document as Markdown (viewer). */
export async function communication(ctx: ServiceContext, actor: Principal, id: string, kind: CommunicationKind): Promise<Communication> {
  requireRole(actor, 'viewer', 'reading a communication');
  return build(ctx, id, kind);
}

/** Sends the document (or the edited Markdown) through a channel, once per text and target (editor). */
export async function sendCommunication(ctx: ServiceContext, actor: Principal, id: string, kind: CommunicationKind, input: { channel: ChannelName; to?: string[] | undefined; markdown?: string | undefined }): Promise<JobView> {
  requireRole(actor, 'editor', 'sending a communication');
  const doc = await build(ctx, id, kind);
  const cfg = await notifyConfig(ctx);
  const problem = CHANNELS.get(input.channel)!.unconfigured(cfg);
  if (problem) throw new AppError('conflict', `The ${input.channel} channel cannot send: ${problem}.`, { channel: input.channel });
  const to = input.to ?? [];
  if (input.channel === 'email' && to.length === 0) throw new AppError('validation_failed', 'an e-mail needs `to` (addresses)', { errors: [{ path: 'to', message: 'required for email' }] });
  if (input.channel === 'webhook' && !to.every((w) => cfg.webhooks.some((h) => h.name === w))) throw new AppError('validation_failed', 'no such webhook', { errors: [{ path: 'to', message: 'not a configured webhook name' }] });
  const markdown = input.markdown ?? doc.markdown;
  const title = markdown.match(/^# (.+)$/m)?.[1]?.trim() ?? `${kind === 'customer' ? 'Post-incident summary' : 'Incident summary'}: ${id}`;
  const n: Notification = { rule: 'communication', title: title.slice(0, 200), text: markdown, url: kind === 'customer' ? null : cfg.baseUrl, facts: { postmortem: id, kind } };
  const digest = createHash('sha256').update(markdown).digest('hex').slice(0, 16);
  const key = `communication:${id}:${kind}:${input.channel}:${[...to].sort().join(',')}:${digest}`;
  const [row] = await queueNotification(ctx, input.channel, { to: input.channel === 'webhook' && to.length === 0 ? [cfg.webhooks[0]?.name ?? ''] : to }, n, key);
  if (!row) throw new AppError('conflict', 'this text was already sent to these recipients', { key });
  return jobView(row);
}

const md = new MarkdownIt({ html: false, linkify: false, typographer: false });
const esc = (s: string): string => s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
const page = (title: string, body: string): string => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(title)}</title>
<style>body{font:16px/1.5 system-ui,sans-serif;max-width:46rem;margin:2rem auto;padding:0 1rem;color:#1d2330}a{color:#1a56db}h1{font-size:1.6rem}.muted{color:#5b6474}li{margin:.2rem 0}</style>
</head><body>
${body}
</body></html>
`;

/** The public status page of one externally published post-mortem (latest external publication only); 404 for anything else. */
export async function publicStatusPage(ctx: ServiceContext, id: string): Promise<string> {
  const pubs = await listPublications(ctx.db, id).catch(() => []);
  const pub = latest(pubs, 'external');
  if (!pub) throw new AppError('not_found', 'no such public post-incident report');
  const doc = await build(ctx, id, 'customer');
  // markdown-it with html:false escapes any HTML in the text; link schemes such as javascript: are refused.
  return page(doc.markdown.match(/^# (.+)$/m)?.[1] ?? 'Post-incident report', `${md.render(doc.markdown)}\n<p class="muted">Published ${esc(pub.publishedAt.toISOString().slice(0, 10))}. <a href="../status">All reports</a></p>`);
}

/** The list of externally published post-mortems (the status page index). */
export async function publicStatusIndex(ctx: ServiceContext): Promise<string> {
  const seen = new Map<string, { title: string; at: Date }>();
  for (const p of await listPublicationsSince(ctx.db, new Date(0))) {
    if (p.audience !== 'external') continue;
    const cur = seen.get(p.postmortemId);
    if (!cur || cur.at < p.publishedAt) seen.set(p.postmortemId, { title: p.title, at: p.publishedAt });
  }
  const rows = [...seen].sort((a, b) => b[1].at.getTime() - a[1].at.getTime());
  const items = await Promise.all(rows.map(async ([id, v]) => {
    const title = (await build(ctx, id, 'customer')).markdown.match(/^# (.+)$/m)?.[1] ?? v.title;
    return `<li><a href="status/${encodeURIComponent(id)}">${esc(title)}</a> <span class="muted">${esc(v.at.toISOString().slice(0, 10))}</span></li>`;
  }));
  return page('Post-incident reports', `<h1>Post-incident reports</h1>\n${items.length ? `<ul>\n${items.join('\n')}\n</ul>` : '<p>No reports published.</p>'}`);
}
