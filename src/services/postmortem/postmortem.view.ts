/** The JSON shape of post-mortems and action items, built in one place. */
import type { PostmortemDoc } from '../../domain/postmortem/document.types.ts';
import { actionLabels, isOverdue } from '../../domain/lifecycle/action-item.ts';
import { milestonesMet } from '../../domain/lifecycle/milestones.ts';
import { currentLegalSignOff, type Reviewer } from '../../domain/lifecycle/postmortem-status.ts';
import type { ActionItemRow } from '../../store/repositories/action-item.repository.ts';
import type { PostmortemRow, PublicationRow } from '../../store/repositories/postmortem.repository.ts';
import type { ServiceContext } from '../context.ts';
import { contentDigest } from './content-digest.ts';
import type { ActionStatus } from '../../domain/lifecycle/action-item.ts';
import type { PostmortemStatus } from '../../domain/lifecycle/postmortem-status.ts';
import type { ActionItemView, PostmortemSummary, PostmortemView } from '../../domain/postmortem/postmortem.view.ts';

export type { ActionItemView, PostmortemSummary, PostmortemView };
import { lintMarkdown, markdownOf, templateOf } from './postmortem-doc.ts';

/** An action item as the API shows it. */
export function presentActionItem(a: ActionItemRow, now: Date): ActionItemView {
  return {
    postmortemId: a.postmortemId, key: a.key, title: a.title, category: a.category, horizon: a.horizon, priority: a.priority,
    owner: a.owner, team: a.team, dueDate: a.dueDate, dueReason: a.dueReason, status: a.status as ActionStatus, wontDoReason: a.wontDoReason,
    checklist: a.checklist, trackerUrl: a.trackerUrl, labels: actionLabels(a.postmortemId), overdue: isOverdue(a, now),
    completedAt: a.completedAt?.toISOString() ?? null, version: a.version,
    createdAt: a.createdAt.toISOString(), updatedAt: a.updatedAt.toISOString(),
  };
}

/** A post-mortem as the list shows it. */
export function presentPostmortemSummary(row: PostmortemRow): PostmortemSummary {
  return {
    id: row.id, incidentId: row.incidentId, title: row.title, template: row.template, status: row.status as PostmortemStatus,
    owner: row.owner, facilitator: row.facilitator, due: row.due, version: row.version,
    createdAt: row.createdAt.toISOString(), updatedAt: row.updatedAt.toISOString(),
  };
}

/** A post-mortem with its sections, action items, reviewers, findings and score. */
export async function presentPostmortem(ctx: ServiceContext, row: PostmortemRow, items: readonly ActionItemRow[], pubs: readonly PublicationRow[], timelineBehind = 0): Promise<PostmortemView> {
  const doc = row.doc as unknown as PostmortemDoc;
  const template = templateOf(ctx, row.template);
  const prompts = new Map(template?.sections.map((s) => [s.key, s]) ?? []);
  const lint = await lintMarkdown(ctx, markdownOf(row, items), row.template);
  const now = ctx.now();
  return {
    ...presentPostmortemSummary(row),
    severity: doc.meta.severity,
    incidentDate: doc.meta.incidentDate,
    sections: doc.sections.map((s) => ({
      key: s.key, heading: s.heading, prompt: (s.key && prompts.get(s.key)?.prompt) ?? '',
      required: (s.key && prompts.get(s.key)?.required) ?? false, body: s.body,
    })),
    timeline: doc.timeline,
    /** Incident events (status changes, alerts, deploys…) the timeline does not hold yet: refresh to add them. */
    timelineBehind,
    actionItems: items.map((a) => presentActionItem(a, now)),
    reviewers: row.reviewers as Reviewer[],
    // True only while the legal sign-off covers the current content.
    legalReviewed: currentLegalSignOff(row.reviewers as Reviewer[], contentDigest(row, items)) !== null,
    deadlines: row.due,
    /** Milestones already met (ISO time): the header shows them as done rather than due. */
    deadlinesMet: milestonesMet({
      ownerAssignedAt: row.owner ? row.createdAt.toISOString() : null, reviewRequestedAt: null, meetingHeldAt: null,
      firstPublishedAt: pubs[0]?.publishedAt.toISOString() ?? null,
    }),
    findings: lint.findings,
    score: lint.score,
    publishedVersions: pubs.map((p) => ({ number: p.number, audience: p.audience, publishedAt: p.publishedAt.toISOString(), publishedBy: p.publishedBy })),
  };
}
