/** Creating the draft post-mortem of an incident, on demand or when it resolves. */
import { AppError } from '../../domain/errors.ts';
import type { Principal } from '../../domain/access/roles.ts';
import { buildDraft } from '../../domain/lifecycle/draft.ts';
import { requiredReviewers } from '../../domain/lifecycle/reviewers.ts';
import { focusQuestions } from '../../domain/templates/index.ts';
import { findIncident } from '../../store/repositories/incident-read.repository.ts';
import { findPostmortem, insertPostmortem, type PostmortemRow } from '../../store/repositories/postmortem.repository.ts';
import { insertRevision } from '../../store/repositories/revision.repository.ts';
import { requireRole } from '../access.ts';
import type { ServiceContext } from '../context.ts';
import { inTransaction } from '../transaction.ts';
import { evaluateIncident } from '../incident-policy.ts';
import { presentIncidentBase } from '../incident.view.ts';
import { incidentTimelineEvents } from './incident-events.ts';
import { templateOf } from './postmortem-doc.ts';

export type DraftOptions = { template?: string | undefined; owner?: string | undefined };

/** Creates the draft for an incident; 409 when it already has one. */
export async function createDraft(ctx: ServiceContext, actor: Principal, incidentId: string, opts: DraftOptions = {}): Promise<PostmortemRow> {
  requireRole(actor, 'responder', 'starting a post-mortem');
  const row = await findIncident(ctx.db, incidentId);
  if (!row) throw new AppError('not_found', `no incident ${incidentId}`);
  if (await findPostmortem(ctx.db, incidentId)) throw new AppError('conflict', `incident ${incidentId} already has a post-mortem`, { postmortemId: incidentId });
  const cfg = ctx.config.postmortem;
  const templateId = opts.template ?? cfg.templateBySeverity[row.severity] ?? cfg.defaultTemplate;
  const template = templateOf(ctx, templateId);
  if (!template) throw new AppError('validation_failed', `unknown template "${templateId}"`, { errors: [{ path: 'template', message: 'unknown template' }] });
  const evaluation = await evaluateIncident(ctx, row);
  const events = await incidentTimelineEvents(ctx, incidentId);
  // Owner assigned immediately (seed 001): the one asked for, else the commander, else whoever starts it.
  const owner = opts.owner ?? row.commander ?? (actor.kind === 'system' ? null : actor.name);
  const incident = presentIncidentBase(row);
  const doc = buildDraft({
    template,
    incident: { ...incident, summary: incident.summary },
    events,
    metrics: evaluation.metrics,
    focusQuestions: focusQuestions((evaluation.type ?? 'other')),
    owner,
  });
  const due: Record<string, string | null> = {};
  for (const [k, d] of Object.entries(evaluation.deadlines)) due[k] = d?.at ?? null;
  const now = ctx.now();
  return inTransaction(ctx, async (tx) => {
    const created = await insertPostmortem(tx.db, {
      id: incidentId, incidentId, title: row.title, template: template.id, status: 'draft', owner, facilitator: null,
      doc: doc, due,
      reviewers: requiredReviewers(cfg.reviewScheme, { commander: row.commander, customerVisible: typeof row.flags['customerVisible'] === 'boolean' ? row.flags['customerVisible'] : null }),
      createdBy: actor.name, createdAt: now, updatedAt: now,
    });
    if (!created) throw new AppError('conflict', `incident ${incidentId} already has a post-mortem`, { postmortemId: incidentId });
    await insertRevision(tx.db, { entityType: 'postmortem', entityId: incidentId, version: 1, actor: actor.name, action: 'draft', at: now, changes: { template: { from: null, to: template.id }, owner: { from: null, to: owner } } });
    return created;
  });
}

/** When an incident resolves: create the draft if policy requires or recommends one and none exists. */
export async function ensureDraftOnResolve(ctx: ServiceContext, actor: Principal, incidentId: string): Promise<boolean> {
  if (!ctx.config.postmortem.autoDraft) return false;
  if (await findPostmortem(ctx.db, incidentId)) return false;
  const row = await findIncident(ctx.db, incidentId);
  if (!row) return false;
  const level = (await evaluateIncident(ctx, row)).verdict.level;
  if (level !== 'required' && level !== 'recommended') return false;
  try {
    await createDraft(ctx, { ...actor, role: actor.role === 'viewer' ? 'responder' : actor.role }, incidentId);
    return true;
  } catch (e) {
    if (e instanceof AppError && e.code === 'conflict') return false;
    throw e;
  }
}
