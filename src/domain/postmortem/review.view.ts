/**
 * Review, publishing and the meeting as the API shows them: comments, the publish preview
 * and the published versions, the meeting. One zod schema each; the server's builders are
 * typed by them and the web app imports them.
 */
import { z } from 'zod';
import { PostmortemViewSchema } from './postmortem.view.ts';

const Audience = z.enum(['internal', 'external']);

/** A comment anchored to a section. */
export const CommentViewSchema = z.strictObject({
  id: z.string(), section: z.string(), body: z.string(), author: z.string(), kind: z.string(), createdAt: z.string(),
});
export type CommentView = z.infer<typeof CommentViewSchema>;

const RemovalShape = {
  /** Stable within one preview: the n-th removal. */
  id: z.number().int(),
  detector: z.string(),
  reason: z.string(),
  /** The section heading it is in (null before the first heading). */
  section: z.string().nullable(),
  line: z.number().int(),
  replacement: z.string(),
};
const Kept = z.strictObject({ text: z.string(), count: z.number().int() });

/** One removal an external publication would make, with the text it removes (previews only). */
export const RedactionViewSchema = z.strictObject({ ...RemovalShape, text: z.string() });
export type RedactionView = z.infer<typeof RedactionViewSchema>;

/** What publishing would do: blockers, the Markdown, every removal with its reason. */
export const PublishPreviewSchema = z.strictObject({
  canPublish: z.boolean(),
  blockers: z.array(z.string()),
  markdown: z.string(),
  redactions: z.array(RedactionViewSchema),
  kept: z.array(Kept),
  /** The approval publications come from, and what it has published already. */
  approval: z.strictObject({ version: z.number().int().nullable(), published: z.strictObject({ internal: z.number().int().optional(), external: z.number().int().optional() }) }),
  legalReview: z.strictObject({ required: z.boolean(), current: z.boolean(), by: z.string().nullable(), revision: z.number().int().nullable() }),
});
export type PublishPreview = z.infer<typeof PublishPreviewSchema>;

/** A published version (immutable); removals are listed without the removed text. */
export const PublicationViewSchema = z.strictObject({
  postmortemId: z.string(), number: z.number().int(), audience: Audience, markdown: z.string(),
  redactions: z.array(z.strictObject(RemovalShape)), kept: z.array(Kept),
  postmortemVersion: z.number().int(), approvedVersion: z.number().int().nullable(), publishedBy: z.string(), publishedAt: z.string(),
});
export type PublicationView = z.infer<typeof PublicationViewSchema>;

/** `POST /api/v1/postmortems/:id/publish`: the new version's number and where to read it, and the post-mortem after. */
export const PublishResultSchema = z.strictObject({
  number: z.number().int(), audience: Audience, publishedAt: z.string(), url: z.string(), postmortem: PostmortemViewSchema,
});
export type PublishResult = z.infer<typeof PublishResultSchema>;

/** One agenda item with its time box. */
export const AgendaItemSchema = z.strictObject({ topic: z.string(), minutes: z.number(), owner: z.string(), prompts: z.array(z.string()) });
export type AgendaItem = z.infer<typeof AgendaItemSchema>;

/** The post-mortem meeting: agenda, pre-read, participants, notes and attendance. */
export const MeetingViewSchema = z.strictObject({
  postmortemId: z.string(),
  title: z.string(),
  agenda: z.array(AgendaItemSchema),
  totalMinutes: z.number(),
  recommendedLength: z.strictObject({ minMinutes: z.number(), maxMinutes: z.number(), agendaMinutes: z.number(), seed: z.string() }).nullable(),
  scheduledAt: z.string().nullable(),
  /** The policy's deadline for holding the meeting. */
  dueBy: z.string().nullable(),
  preReadDue: z.string().nullable(),
  preRead: z.strictObject({ timelineEntries: z.number().int(), artifacts: z.array(z.string()), questions: z.array(z.string()) }),
  participants: z.array(z.strictObject({ name: z.string(), role: z.string(), email: z.string().nullable().optional() })),
  participantNotes: z.array(z.string()),
  location: z.string().nullable(),
  notes: z.string(),
  attendance: z.array(z.string()),
  version: z.number().int(),
});
export type MeetingView = z.infer<typeof MeetingViewSchema>;

/** `GET /api/v1/postmortems/:id/comments`. */
export const CommentListSchema = z.strictObject({ items: z.array(CommentViewSchema) });
export type CommentList = z.infer<typeof CommentListSchema>;
