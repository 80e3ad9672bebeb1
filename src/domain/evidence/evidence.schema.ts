/**
 * Evidence kept with an incident: a file (log archive, screenshot, export), pasted text
 * (a log excerpt, a query with the tool it ran in, a command and its output) or a link
 * with its captured title. Items are never edited in place: a new version is a new item
 * that `supersedes` the old one; deleting leaves a tombstone (who, when, why).
 */
import { z } from 'zod';
import { WebUrl } from '../validation.ts';

export const EVIDENCE_KINDS = ['file', 'text', 'link'] as const;
export type EvidenceKind = (typeof EVIDENCE_KINDS)[number];

/** Evidence ids: `ev_` and 16 lower-case hex digits (stable: cited from Markdown). */
export const EVIDENCE_ID = /^ev_[0-9a-f]{16}$/;
export const EvidenceId = z.string().regex(EVIDENCE_ID, 'an evidence id looks like ev_0123456789abcdef');

const Instant = z.iso.datetime({ offset: true });

/** The time range an item covers (either end may be open). */
export const CoversSchema = z.object({ from: Instant.nullable(), to: Instant.nullable() });
export type Covers = z.infer<typeof CoversSchema>;

/** Metadata sent with an upload (query string of `POST /api/v1/incidents/:id/evidence`). */
export const AddEvidenceQuery = z.strictObject({
  kind: z.enum(EVIDENCE_KINDS).default('file'),
  caption: z.string().trim().min(1, 'say what the item shows').max(1000),
  /** File name as uploaded (files only). */
  name: z.string().trim().min(1).max(300).optional(),
  /** Start and end of the time range shown (ISO 8601). */
  from: Instant.optional(),
  to: Instant.optional(),
  /** Which system it comes from (grafana, kubectl, psql, the load balancer's logs…). */
  source: z.string().trim().min(1).max(200).optional(),
  /** The tool or command the text (or captured output) came from (`psql`, `kubectl describe pod x`). */
  tool: z.string().trim().min(1).max(2000).optional(),
  /** Captured command output: the exit code of the command. */
  exitCode: z.coerce.number().int().min(-1).max(255).optional(),
  /** Link only: the URL and its captured title. */
  url: WebUrl.optional(),
  title: z.string().trim().min(1).max(500).optional(),
  /** May appear in an external publication (still subject to the redaction preview). */
  public: z.enum(['true', 'false']).transform((v) => v === 'true').optional(),
  /** The item this one replaces (a new version; the old one stays). */
  supersedes: EvidenceId.optional(),
}).superRefine((q, zctx) => {
  if (q.kind === 'link' && q.url === undefined) zctx.addIssue({ code: 'custom', path: ['url'], message: 'a link needs its url' });
  if (q.kind !== 'link' && q.url !== undefined) zctx.addIssue({ code: 'custom', path: ['url'], message: 'only a link has a url (send kind=link)' });
  if (q.kind === 'link' && q.tool !== undefined) zctx.addIssue({ code: 'custom', path: ['tool'], message: 'a link has no tool (send kind=text or kind=file)' });
  if (q.from && q.to && Date.parse(q.from) > Date.parse(q.to)) zctx.addIssue({ code: 'custom', path: ['to'], message: 'the range ends before it starts' });
});
export type AddEvidenceInput = z.output<typeof AddEvidenceQuery>;

/** How an item is shown over the API and in the web app. */
export const EvidenceItemSchema = z.object({
  id: EvidenceId,
  incidentId: z.string(),
  kind: z.enum(EVIDENCE_KINDS),
  caption: z.string(),
  name: z.string().nullable(),
  covers: CoversSchema,
  source: z.string().nullable(),
  tool: z.string().nullable(),
  exitCode: z.number().int().nullable(),
  url: z.string().nullable(),
  title: z.string().nullable(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  size: z.number().int().nonnegative(),
  contentType: z.string(),
  /** True for PNG, JPEG, GIF and WebP: the only types previewed inline. */
  preview: z.boolean(),
  public: z.boolean(),
  supersedes: EvidenceId.nullable(),
  addedBy: z.string(),
  addedAt: z.string(),
  deletedAt: z.string().nullable(),
  deletedBy: z.string().nullable(),
  deleteReason: z.string().nullable(),
  /** Where the item is shown (web app) and where its bytes are (API). */
  links: z.object({ self: z.string(), content: z.string(), page: z.string() }),
  /** The Markdown citation to paste into a section. */
  citation: z.string(),
  /** The newer version of this item, when one was added. */
  supersededBy: EvidenceId.nullable().optional(),
});
export type EvidenceItem = z.infer<typeof EvidenceItemSchema>;

export const DeleteEvidenceBody = z.strictObject({ reason: z.string().trim().min(3, 'say why the item is deleted').max(1000) });

/** The result of checking stored bytes against their recorded hash. */
export const VerifyResultSchema = z.object({
  checked: z.number().int(),
  ok: z.number().int(),
  failed: z.array(z.object({ id: EvidenceId, incidentId: z.string(), sha256: z.string(), problem: z.string() })),
});
export type VerifyResult = z.infer<typeof VerifyResultSchema>;

/** What a citation made through the API points from: a timeline event, or an action item's "effectiveness verified". */
export const CiteEvidenceBody = z.discriminatedUnion('target', [
  z.strictObject({ target: z.literal('event'), eventId: z.string().min(1).max(100) }),
  z.strictObject({ target: z.literal('action'), key: z.string().regex(/^A\d{1,6}$/, 'an action item key looks like A1') }),
]);
export type CiteEvidence = z.infer<typeof CiteEvidenceBody>;

/** A new version of an item's description (the bytes stay; the old item stays, superseded). */
export const ReviseEvidenceBody = z.strictObject({
  caption: z.string().trim().min(1).max(1000).optional(),
  from: Instant.nullable().optional(),
  to: Instant.nullable().optional(),
  source: z.string().trim().min(1).max(200).nullable().optional(),
  public: z.boolean().optional(),
}).refine((b) => Object.keys(b).length > 0, { message: 'say what changes: caption, from, to, source or public' });
export type ReviseEvidence = z.infer<typeof ReviseEvidenceBody>;
