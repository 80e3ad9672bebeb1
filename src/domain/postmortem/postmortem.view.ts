/**
 * Post-mortems, action items, findings and the score as the API shows them: one zod
 * schema per shape, imported by the server's view builders (typed by the inferred types)
 * and by the web app. The API tests parse every answer with them.
 */
import { z } from 'zod';
import { ACTION_STATUSES, CHECKLIST_ITEMS } from '../lifecycle/action-item.ts';
import { POSTMORTEM_STATUSES, REVIEW_DECISIONS } from '../lifecycle/postmortem-status.ts';
import { RULE_IDS } from '../quality/quality.types.ts';
import { PHASES, TIME_PRECISIONS, type Phase, type TimePrecision } from '../timeline/event.types.ts';
import { SECTION_KEYS } from './document.types.ts';

export { ACTION_STATUSES, CHECKLIST_ITEMS, POSTMORTEM_STATUSES, REVIEW_DECISIONS };

/** A quality finding with the heading of the section it is in. */
export const FindingViewSchema = z.strictObject({
  rule: z.enum(RULE_IDS),
  severity: z.enum(['error', 'warning', 'info']),
  /** What is wrong and what to write instead. */
  message: z.string(),
  /** 1-based line in the Markdown (1 for findings about the whole document). */
  line: z.number().int(),
  /** The offending text, cut short; empty when nothing can be quoted. */
  quote: z.string(),
  /** 1-based columns of the offending text on its line, when it can be placed (end exclusive). */
  column: z.number().int().optional(),
  endColumn: z.number().int().optional(),
  section: z.enum(SECTION_KEYS).optional(),
  sectionHeading: z.string().nullable(),
});
export type FindingView = z.infer<typeof FindingViewSchema>;

/** The quality score out of 100, category by category with the reason for each. */
export const QualityScoreSchema = z.strictObject({
  score: z.number(),
  breakdown: z.array(z.strictObject({
    category: z.enum(['blameless', 'rootCause', 'actionItems', 'timeline', 'completeness']),
    points: z.number(), max: z.number(), findings: z.number().int(), because: z.string(),
  })),
});
export type QualityScoreView = z.infer<typeof QualityScoreSchema>;

/** `POST /api/v1/lint`: findings and score of a Markdown text. */
export const LintResultSchema = z.strictObject({ findings: z.array(FindingViewSchema), score: QualityScoreSchema });
export type LintResult = z.infer<typeof LintResultSchema>;

/** The closure checklist (seed 000): each entry checked, or marked not applicable; absent keys are unchecked. */
export const ChecklistSchema = z.partialRecord(
  z.enum([...CHECKLIST_ITEMS, ...CHECKLIST_ITEMS.map((k) => `${k}NotApplicable` as const)]),
  z.boolean(),
);
export type ChecklistView = z.infer<typeof ChecklistSchema>;

/** An action item. */
export const ActionItemViewSchema = z.strictObject({
  postmortemId: z.string(),
  key: z.string(),
  title: z.string(),
  category: z.string(),
  horizon: z.string().nullable(),
  priority: z.string(),
  owner: z.string().nullable(),
  team: z.string().nullable(),
  dueDate: z.string().nullable(),
  dueReason: z.string().nullable(),
  status: z.enum(ACTION_STATUSES),
  wontDoReason: z.string().nullable(),
  checklist: ChecklistSchema,
  trackerUrl: z.string().nullable(),
  labels: z.array(z.string()),
  overdue: z.boolean(),
  completedAt: z.string().nullable(),
  version: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type ActionItemView = z.infer<typeof ActionItemViewSchema>;

/** One sign-off slot. */
export const ReviewerViewSchema = z.strictObject({
  role: z.string(),
  user: z.string().nullable(),
  decision: z.enum(REVIEW_DECISIONS),
  comment: z.string().nullable(),
  decidedAt: z.string().nullable(),
  required: z.boolean(),
  /** Who decided (`user:<id>`, or `token:<id>`): one person fills one slot. */
  signedBy: z.string().nullable().optional(),
  /** The post-mortem version the decision was made on. */
  revision: z.number().int().nullable().optional(),
  /** Digest of the content decided on (a legal sign-off holds only while it is unchanged). */
  contentDigest: z.string().nullable().optional(),
  /** `external`: needed before external publication only. */
  scope: z.enum(['all', 'external']).optional(),
});
export type ReviewerView = z.infer<typeof ReviewerViewSchema>;

/** A line of the post-mortem's Timeline section. */
export const TimelineEntryViewSchema = z.strictObject({
  asWritten: z.string(),
  at: z.string().nullable(),
  precision: z.enum(TIME_PRECISIONS as [TimePrecision, ...TimePrecision[]]),
  text: z.string(),
  line: z.number().int(),
  phase: z.enum(PHASES as [Phase, ...Phase[]]).nullable().optional(),
  source: z.string().nullable().optional(),
  decisionPoint: z.boolean().optional(),
});

/** A section with the template's prompt. */
export const SectionViewSchema = z.strictObject({
  key: z.string().nullable(), heading: z.string(), prompt: z.string(), required: z.boolean(), body: z.string(),
});
export type SectionView = z.infer<typeof SectionViewSchema>;

/** A post-mortem as a list shows it. */
export const PostmortemSummarySchema = z.strictObject({
  id: z.string(),
  incidentId: z.string(),
  title: z.string(),
  template: z.string(),
  status: z.enum(POSTMORTEM_STATUSES),
  owner: z.string().nullable(),
  facilitator: z.string().nullable(),
  /** Deadline of each milestone (ISO time, null when not known yet). */
  due: z.record(z.string(), z.string().nullable()),
  version: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type PostmortemSummary = z.infer<typeof PostmortemSummarySchema>;

/** A post-mortem with its sections, action items, reviewers, findings and score. */
export const PostmortemViewSchema = PostmortemSummarySchema.extend({
  severity: z.string().nullable(),
  incidentDate: z.string().nullable(),
  sections: z.array(SectionViewSchema),
  timeline: z.strictObject({ entries: z.array(TimelineEntryViewSchema), outOfOrder: z.boolean() }),
  /** Incident events the timeline does not hold yet: refresh to add them. */
  timelineBehind: z.number().int(),
  actionItems: z.array(ActionItemViewSchema),
  reviewers: z.array(ReviewerViewSchema),
  /** True only while the legal sign-off covers the current content. */
  legalReviewed: z.boolean(),
  deadlines: z.record(z.string(), z.string().nullable()),
  /** Milestones already met (ISO time): shown as done rather than due. */
  deadlinesMet: z.record(z.string(), z.string()),
  findings: z.array(FindingViewSchema),
  score: QualityScoreSchema,
  publishedVersions: z.array(z.strictObject({ number: z.number().int(), audience: z.string(), publishedAt: z.string(), publishedBy: z.string() })),
});
export type PostmortemView = z.infer<typeof PostmortemViewSchema>;

/** `POST …/timeline/refresh`: the post-mortem and how many incident events were added beside the author's kept entries. */
export const RefreshedPostmortemSchema = PostmortemViewSchema.extend({ refresh: z.strictObject({ added: z.number().int(), kept: z.number().int() }) });

/** A line the Markdown reader could not place, and why. */
export const ParseWarningSchema = z.strictObject({ line: z.number().int(), message: z.string() });

/** `PUT /api/v1/postmortems/:id.md`: the post-mortem as saved and what the reader warned about. */
export const MarkdownReplaceResultSchema = z.strictObject({ postmortem: PostmortemViewSchema, warnings: z.array(ParseWarningSchema) });

/** `POST /api/v1/postmortems/import`: as replace, and whether the incident was declared for it. */
export const ImportResultSchema = MarkdownReplaceResultSchema.extend({ createdIncident: z.boolean() });
export type ImportResult = z.infer<typeof ImportResultSchema>;

/** `GET /api/v1/postmortems`: a page, newest first, and the cursor of the next (null on the last). */
export const PostmortemListSchema = z.strictObject({ items: z.array(PostmortemSummarySchema), nextCursor: z.string().nullable() });
export type PostmortemList = z.infer<typeof PostmortemListSchema>;

export { sectionRef } from './section-ref.ts';

/** `GET /api/v1/incidents/:id/postmortem`: the incident's post-mortem, or null when none was started. */
export const IncidentPostmortemLinkSchema = z.strictObject({
  incidentId: z.string(),
  postmortem: z.strictObject({ id: z.string(), title: z.string(), status: z.string(), version: z.number().int() }).nullable(),
});
export type IncidentPostmortemLink = z.infer<typeof IncidentPostmortemLinkSchema>;
