/** Background work and links outward: jobs, notification channels, tracker links, evidence. */
import { sql } from 'drizzle-orm';
import { pgTable, text, integer, bigint, boolean, jsonb, uniqueIndex, index, bigserial } from 'drizzle-orm/pg-core';
import { ts } from './columns.ts';
import { incidents } from './incidents.ts';

/**
 * Durable background jobs (notifications, tracker calls): the database is the queue.
 * A worker claims due `pending` jobs (and `running` ones whose lease ran out: a killed
 * server's) with FOR UPDATE SKIP LOCKED; failures back off exponentially and become
 * `dead` after `max_attempts`. The idempotency key makes queueing a job twice a no-op.
 */
export const jobs = pgTable('jobs', {
  id: bigserial('id', { mode: 'number' }).primaryKey(),
  kind: text('kind').notNull(),
  payload: jsonb('payload').$type<Record<string, unknown>>().notNull().default(sql`'{}'::jsonb`),
  idempotencyKey: text('idempotency_key').notNull(),
  /** pending | running | done | dead */
  state: text('state').notNull().default('pending'),
  scheduledAt: ts('scheduled_at').notNull().defaultNow(),
  attempts: integer('attempts').notNull().default(0),
  maxAttempts: integer('max_attempts').notNull().default(8),
  lastError: text('last_error'),
  lockedBy: text('locked_by'),
  /** While running: the claim's lease; after it a worker may claim the job again. */
  lockedUntil: ts('locked_until'),
  /**
   * Attempts that reached the peer: counted (and committed) just before each send, so a job
   * run again after a kill knows its last attempt may have been received (an uncertain retry).
   */
  startedAttempts: integer('started_attempts').notNull().default(0),
  /** When the latest attempt started sending (an uncertain retry looks for what it sent from then). */
  attemptStartedAt: ts('attempt_started_at'),
  createdAt: ts('created_at').notNull().defaultNow(),
  updatedAt: ts('updated_at').notNull().defaultNow(),
  doneAt: ts('done_at'),
}, (t) => [
  uniqueIndex('jobs_idempotency_idx').on(t.idempotencyKey),
  index('jobs_due_idx').on(t.state, t.scheduledAt),
]);
/**
 * Notification channels saved from the admin page (`id`: `slack`, `email` or
 * `webhook:<name>`). A row replaces the channel of the same id in debrief.config.yaml
 * (the database wins); `enabled` false turns the channel off even when the file sets it.
 * `settings` holds the channel's fields, secrets included: the API never answers them.
 */
export const notifyChannels = pgTable('notify_channels', {
  id: text('id').primaryKey(),
  kind: text('kind').notNull(),
  enabled: boolean('enabled').notNull().default(true),
  settings: jsonb('settings').$type<Record<string, unknown>>().notNull().default(sql`'{}'::jsonb`),
  updatedBy: text('updated_by'),
  updatedAt: ts('updated_at').notNull().defaultNow(),
});

/**
 * Tracker issues made for action items (GitHub, Jira): one per item and tracker. The
 * external id (`owner/repo#12`, `OPS-12`) finds the item again when the tracker reports
 * the issue closed or reopened (closure by evidence).
 */
export const trackerLinks = pgTable('tracker_links', {
  postmortemId: text('postmortem_id').notNull(),
  key: text('key').notNull(),
  /** github | jira */
  tracker: text('tracker').notNull(),
  externalId: text('external_id').notNull(),
  url: text('url').notNull(),
  /** open | closed, as the tracker last reported it. */
  state: text('state').notNull().default('open'),
  createdAt: ts('created_at').notNull().defaultNow(),
  updatedAt: ts('updated_at').notNull().defaultNow(),
}, (t) => [
  uniqueIndex('tracker_links_item_idx').on(t.postmortemId, t.key, t.tracker),
  uniqueIndex('tracker_links_external_idx').on(t.tracker, t.externalId),
]);

/**
 * Evidence kept with an incident: its bytes live in the blob store under their SHA-256
 * (content-addressed, so the same bytes are stored once); the row says what they show.
 * Rows are never edited in place: a new version is a new row (`supersedes`), a deletion
 * a tombstone (deleted_at, deleted_by, delete_reason).
 */
export const evidenceItems = pgTable('evidence_items', {
  id: text('id').primaryKey(),
  incidentId: text('incident_id').notNull().references(() => incidents.id),
  /** file | text | link */
  kind: text('kind').notNull(),
  caption: text('caption').notNull(),
  name: text('name'),
  coversFrom: ts('covers_from'),
  coversTo: ts('covers_to'),
  source: text('source'),
  tool: text('tool'),
  exitCode: integer('exit_code'),
  url: text('url'),
  title: text('title'),
  sha256: text('sha256').notNull(),
  size: bigint('size', { mode: 'number' }).notNull(),
  contentType: text('content_type').notNull(),
  public: boolean('public').notNull().default(false),
  supersedes: text('supersedes'),
  addedBy: text('added_by').notNull(),
  addedAt: ts('added_at').notNull(),
  deletedAt: ts('deleted_at'),
  deletedBy: text('deleted_by'),
  deleteReason: text('delete_reason'),
}, (t) => [
  index('evidence_items_incident_idx').on(t.incidentId, t.addedAt),
  index('evidence_items_sha_idx').on(t.sha256),
]);
