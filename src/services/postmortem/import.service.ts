/** Importing post-mortems a team already wrote: each file becomes an incident with its post-mortem. */
import { AppError } from '../../domain/errors.ts';
import type { Principal } from '../../domain/access/roles.ts';
import { importMismatches } from '../../domain/lifecycle/import-match.ts';
import { requiredReviewers } from '../../domain/lifecycle/reviewers.ts';
import { findSeverity } from '../../domain/policy/index.ts';
import { statedServices, statedSummary } from '../../domain/learning/imported.ts';
import { isTemplateOnly } from '../../domain/learning/template-only.ts';
import type { PostmortemDoc } from '../../domain/postmortem/document.types.ts';
import { parsePostmortem } from '../../formats/postmortem/index.ts';
import { checkMarkdownSize } from './postmortem-doc.ts';
import { findIncident } from '../../store/repositories/incident-read.repository.ts';
import { findPostmortem, insertPostmortem, insertPublication } from '../../store/repositories/postmortem.repository.ts';
import { insertRevision } from '../../store/repositories/revision.repository.ts';
import { requireRole } from '../access.ts';
import type { ServiceContext } from '../context.ts';
import { inTransaction } from '../transaction.ts';
import { declareIncident, getIncident } from '../incident.service.ts';
import { importActionItems } from './markdown.service.ts';
import { viewPostmortem } from './postmortem.service.ts';
import type { PostmortemView } from './postmortem.view.ts';

/**
 * How an imported document enters the lifecycle: as its front matter says, or, when it
 * says nothing, as the team's published record once the incident's publication deadline
 * had already passed when it was imported (a post-mortem written before Debrief), else as
 * a draft still to be reviewed.
 */
export function importedStatus(stated: string | null, publishDue: string | null, now: Date): 'draft' | 'published' {
  if (stated && /publish|final|complete|closed|done|approved/i.test(stated)) return 'published';
  if (stated && /draft|review|progress|wip|open|todo/i.test(stated)) return 'draft';
  return publishDue !== null && Date.parse(publishDue) < now.getTime() ? 'published' : 'draft';
}

/**
 * Imports one Markdown post-mortem. When it names an existing incident without a
 * post-mortem it is attached there; otherwise an incident is declared from its
 * metadata (date, title, severity) and the document attached to it.
 */
export async function importPostmortem(ctx: ServiceContext, actor: Principal, text: string, fileName = 'upload.md', force = false): Promise<{ postmortem: PostmortemView; warnings: { line: number; message: string }[]; createdIncident: boolean }> {
  return inTransaction(ctx, (tx) => importPostmortemInTransaction(tx, actor, text, fileName, force));
}

async function importPostmortemInTransaction(ctx: ServiceContext, actor: Principal, text: string, fileName: string, force: boolean): Promise<{ postmortem: PostmortemView; warnings: { line: number; message: string }[]; createdIncident: boolean }> {
  requireRole(actor, 'editor', 'importing post-mortems');
  checkMarkdownSize(ctx, text, fileName);
  const { doc, warnings } = parsePostmortem(text);
  if (!force && isTemplateOnly(doc, fileName)) throw new AppError('rule_violation', `${fileName} is only a template (headings, prompts and placeholders, or named a template with no incident date): skipped; import it with --force (?force=true) to keep it`, { skipped: 'template' });
  if (!doc.meta.title && doc.sections.length === 0) throw new AppError('rule_violation', `${fileName} has no title and no sections: it does not look like a post-mortem`);
  const title = doc.meta.title ?? fileName.replace(/\.md$/i, '');
  let incidentId = doc.meta.incidentId;
  let createdIncident = false;
  if (incidentId && (await findPostmortem(ctx.db, incidentId))) {
    throw new AppError('conflict', `${incidentId} already has a post-mortem; use PUT /api/v1/postmortems/${incidentId}.md (or debrief sync) to update it`);
  }
  let incident = incidentId ? await findIncident(ctx.db, incidentId) : null;
  if (incident) {
    const day = (incident.startedAt ?? incident.detectedAt ?? incident.declaredAt).toISOString().slice(0, 10);
    const reasons = importMismatches({ title: doc.meta.title, incidentDate: doc.meta.incidentDate }, { id: incident.id, title: incident.title, day });
    if (reasons.length > 0 && !force) {
      throw new AppError('conflict', `${fileName} names ${incident.id} but does not describe it: ${reasons.join('; ')}. Remove the id to import it as a new incident, or force the attachment (debrief import --force, ?force=true)`, { incidentId: incident.id, reasons });
    }
    if (reasons.length > 0) warnings.push({ line: 0, message: `attached to ${incident.id} although ${reasons.join('; ')}` });
  }
  if (!incident) {
    const level = doc.meta.severity ? findSeverity(ctx.config.policy.scale, doc.meta.severity) : undefined;
    if (!level) warnings.push({ line: 0, message: `severity ${doc.meta.severity ? `"${doc.meta.severity}" is not on the scale` : 'not stated'}; the incident was declared as SEV-3` });
    const times = doc.timeline.entries.map((e) => e.at).filter((a): a is string => a !== null).sort();
    const declaredAt = times[0] ?? (doc.meta.incidentDate ? `${doc.meta.incidentDate}T00:00:00Z` : undefined);
    const view = await declareIncident(ctx, actor, {
      title, severity: level?.id ?? 'SEV-3', summary: statedSummary(doc),
      ...(statedServices(doc).length > 0 ? { services: statedServices(doc), primaryService: statedServices(doc)[0]! } : {}),
      ...(declaredAt ? { declaredAt, startedAt: declaredAt } : {}),
      ...(times.length > 1 ? { resolvedAt: times[times.length - 1] } : {}),
    });
    incidentId = view.id;
    incident = await findIncident(ctx.db, incidentId);
    createdIncident = true;
    if (doc.meta.incidentId && doc.meta.incidentId !== incidentId) warnings.push({ line: 0, message: `the file says ${doc.meta.incidentId}; it was imported as ${incidentId}` });
  }
  if (!incident || !incidentId) throw new AppError('not_found', 'the incident could not be created');
  const stored: PostmortemDoc = {
    ...doc,
    meta: { ...doc.meta, title, incidentId },
    sections: doc.sections.map((s) => ({ ...s, line: 0 })),
    timeline: { ...doc.timeline, entries: doc.timeline.entries.map((e) => ({ ...e, line: 0 })) },
    actionItems: [],
  };
  const now = ctx.now();
  const { policy } = await getIncident(ctx, actor, incidentId);
  const status = importedStatus(doc.meta.status, policy.deadlines.published?.at ?? null, now);
  // The incident's end (or start) stands for the times the file does not state.
  const ended = incident.resolvedAt ?? incident.mitigatedAt ?? incident.startedAt ?? incident.declaredAt;
  // A document that brought its own incident was written back then, not at the import: its owner
  // was assigned by the incident's end at the latest, so the owner milestone is not read as years
  // late. One attached to an incident Debrief already holds is being written now.
  const writtenAt = createdIncident && ended.getTime() < now.getTime() ? ended : now;
  const owner = doc.meta.authors[0] ?? null;
  if (owner !== null && writtenAt !== now) warnings.push({ line: 0, message: `the owner (${owner}) is taken as assigned by the incident's end, ${ended.toISOString()} (the file does not say when)` });
  const row = await insertPostmortem(ctx.db, {
    id: incidentId, incidentId, title, template: doc.meta.template ?? 'imported', status,
    owner, facilitator: null, doc: stored, due: {},
    reviewers: requiredReviewers(ctx.config.postmortem.reviewScheme, { commander: incident.commander, customerVisible: null }),
    createdBy: actor.name, createdAt: writtenAt, updatedAt: now,
  });
  if (!row) throw new AppError('conflict', `${incidentId} already has a post-mortem`);
  await importActionItems(ctx, row, doc.actionItems);
  await insertRevision(ctx.db, { entityType: 'postmortem', entityId: incidentId, version: 1, actor: actor.name, action: 'import', at: now, changes: { file: { from: null, to: fileName } } });
  if (status === 'published') {
    // The document as the team published it is publication 1. Its time is not stated in the
    // file: the incident's end (or start) stands for it, and the publisher says so.
    await insertPublication(ctx.db, {
      postmortemId: incidentId, audience: 'internal', markdown: text, postmortemVersion: 1, approvedVersion: null,
      publishedBy: `${actor.name} (imported from ${fileName}; publication time not stated)`, publishedAt: ended,
    });
    warnings.push({ line: 0, message: doc.meta.status ? `imported as published (status: ${doc.meta.status})` : `imported as published: the incident's publication deadline had passed (state "status: draft" in the front matter to import it as a draft)` });
  }
  return { postmortem: await viewPostmortem(ctx, row), warnings, createdIncident };
}
