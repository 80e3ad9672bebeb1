/** Post-mortems and what hangs off them: revisions, action items, comments, publications, meetings. */
import { sql } from 'drizzle-orm';
import { pgTable, text, integer, boolean, jsonb, date, uniqueIndex, index, bigserial } from 'drizzle-orm/pg-core';
import { ts } from './columns.ts';
import { incidents } from './incidents.ts';

/** Every change to a resource: who, when, what (a field diff). */
export const revisions = pgTable('revisions', {
  id: bigserial('id', { mode: 'number' }).primaryKey(),
  entityType: text('entity_type').notNull(),
  entityId: text('entity_id').notNull(),
  version: integer('version').notNull(),
  actor: text('actor').notNull(),
  at: ts('at').notNull().defaultNow(),
  action: text('action').notNull(),
  changes: jsonb('changes').$type<Record<string, { from: unknown; to: unknown }>>().notNull(),
}, (t) => [index('revisions_entity_idx').on(t.entityType, t.entityId, t.version)]);



/** One post-mortem per incident (id = incident id); the document itself is stored as data. */
export const postmortems = pgTable('postmortems', {
  id: text('id').primaryKey(),
  incidentId: text('incident_id').notNull().references(() => incidents.id),
  title: text('title').notNull(),
  template: text('template').notNull(),
  status: text('status').notNull(),
  owner: text('owner'),
  facilitator: text('facilitator'),
  /** The PostmortemDoc without its action items (those live in action_items). */
  doc: jsonb('doc').$type<Record<string, unknown>>().notNull(),
  /** Due dates from policy at creation: milestone → ISO time. */
  due: jsonb('due').$type<Record<string, string | null>>().notNull().default(sql`'{}'::jsonb`),
  reviewers: jsonb('reviewers').$type<{ role: string; user: string | null; decision: string; comment: string | null; decidedAt: string | null; required: boolean }[]>().notNull().default(sql`'[]'::jsonb`),
  legalReviewed: boolean('legal_reviewed').notNull().default(false),
  /** The version at which the post-mortem was last approved: publications from one approval share it. */
  approvedVersion: integer('approved_version'),
  nextActionNo: integer('next_action_no').notNull().default(1),
  createdBy: text('created_by').notNull(),
  version: integer('version').notNull().default(1),
  createdAt: ts('created_at').notNull().defaultNow(),
  updatedAt: ts('updated_at').notNull().defaultNow(),
}, (t) => [index('postmortems_status_idx').on(t.status), index('postmortems_owner_idx').on(t.owner), index('postmortems_incident_idx').on(t.incidentId)]);

export const actionItems = pgTable('action_items', {
  postmortemId: text('postmortem_id').notNull().references(() => postmortems.id),
  key: text('key').notNull(),
  title: text('title').notNull(),
  category: text('category').notNull(),
  horizon: text('horizon').notNull(),
  priority: text('priority').notNull(),
  owner: text('owner'),
  team: text('team'),
  dueDate: date('due_date', { mode: 'string' }),
  dueReason: text('due_reason'),
  status: text('status').notNull(),
  wontDoReason: text('wont_do_reason'),
  checklist: jsonb('checklist').$type<Record<string, boolean>>().notNull().default(sql`'{}'::jsonb`),
  trackerUrl: text('tracker_url'),
  completedAt: ts('completed_at'),
  version: integer('version').notNull().default(1),
  createdAt: ts('created_at').notNull().defaultNow(),
  updatedAt: ts('updated_at').notNull().defaultNow(),
}, (t) => [
  uniqueIndex('action_items_key_idx').on(t.postmortemId, t.key),
  index('action_items_owner_idx').on(t.owner, t.status),
  index('action_items_due_idx').on(t.status, t.dueDate),
  // Reports: the action items due in a period.
  index('action_items_due_date_idx').on(t.dueDate),
]);

export const postmortemComments = pgTable('postmortem_comments', {
  id: text('id').primaryKey(),
  postmortemId: text('postmortem_id').notNull().references(() => postmortems.id),
  section: text('section').notNull(),
  body: text('body').notNull(),
  author: text('author').notNull(),
  kind: text('kind').notNull().default('comment'),
  createdAt: ts('created_at').notNull().defaultNow(),
}, (t) => [index('postmortem_comments_pm_idx').on(t.postmortemId, t.createdAt)]);

/** Published versions: written once, never updated. */
export const publications = pgTable('publications', {
  postmortemId: text('postmortem_id').notNull().references(() => postmortems.id),
  number: integer('number').notNull(),
  audience: text('audience').notNull(),
  markdown: text('markdown').notNull(),
  redactions: jsonb('redactions').$type<unknown[]>().notNull().default(sql`'[]'::jsonb`),
  postmortemVersion: integer('postmortem_version').notNull(),
  publishedBy: text('published_by').notNull(),
  publishedAt: ts('published_at').notNull().defaultNow(),
  /** The approval this publication was made from; one publication per approval and audience. */
  approvedVersion: integer('approved_version'),
  /** Texts the publisher chose to keep although a detector proposed removing them (published anyway). */
  kept: jsonb('kept').$type<{ text: string; count: number }[]>().notNull().default(sql`'[]'::jsonb`),
}, (t) => [
  uniqueIndex('publications_number_idx').on(t.postmortemId, t.number),
  uniqueIndex('publications_approval_idx').on(t.postmortemId, t.approvedVersion, t.audience),
]);

export const meetings = pgTable('meetings', {
  postmortemId: text('postmortem_id').primaryKey().references(() => postmortems.id),
  scheduledAt: ts('scheduled_at'),
  durationMinutes: integer('duration_minutes'),
  location: text('location'),
  notes: text('notes').notNull().default(''),
  attendance: jsonb('attendance').$type<string[]>().notNull().default(sql`'[]'::jsonb`),
  participants: jsonb('participants').$type<{ name: string; role: string; email?: string | null }[]>().notNull().default(sql`'[]'::jsonb`),
  version: integer('version').notNull().default(1),
  updatedAt: ts('updated_at').notNull().defaultNow(),
});
