/**
 * The database schema (Drizzle, PostgreSQL dialect: runs on PGlite 0.5 / PG 18 and
 * on PostgreSQL 15). Migrations in drizzle/ are generated from this file.
 */
import { sql } from 'drizzle-orm';
import {
  pgTable, text, integer, bigint, boolean, timestamp, jsonb, date, uniqueIndex, index, bigserial, customType, doublePrecision, primaryKey,
} from 'drizzle-orm/pg-core';

const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

export const users = pgTable('users', {
  id: text('id').primaryKey(),
  username: text('username').notNull(),
  displayName: text('display_name').notNull(),
  role: text('role').notNull(),
  passwordHash: text('password_hash'),
  createdAt: ts('created_at').notNull().defaultNow(),
  /** Set while the account is deactivated: no sign-in, and its sessions and tokens are refused. */
  deactivatedAt: ts('deactivated_at'),
}, (t) => [uniqueIndex('users_username_idx').on(t.username)]);

export const apiTokens = pgTable('api_tokens', {
  id: text('id').primaryKey(),
  name: text('name').notNull(),
  tokenHash: text('token_hash').notNull(),
  role: text('role').notNull(),
  userId: text('user_id'),
  createdAt: ts('created_at').notNull().defaultNow(),
  lastUsedAt: ts('last_used_at'),
  revokedAt: ts('revoked_at'),
  /** Optional expiry: the token is refused from this instant on. */
  expiresAt: ts('expires_at'),
}, (t) => [uniqueIndex('api_tokens_hash_idx').on(t.tokenHash)]);

export const sessions = pgTable('sessions', {
  idHash: text('id_hash').primaryKey(),
  userId: text('user_id').notNull(),
  csrfToken: text('csrf_token').notNull(),
  createdAt: ts('created_at').notNull().defaultNow(),
  expiresAt: ts('expires_at').notNull(),
});

/** Per-day counter behind INC-YYYY-MM-DD-NNN; an upsert makes concurrent declarations distinct. */
export const incidentDayCounters = pgTable('incident_day_counters', {
  day: date('day', { mode: 'string' }).primaryKey(),
  lastNo: integer('last_no').notNull(),
});

export const incidents = pgTable('incidents', {
  id: text('id').primaryKey(),
  title: text('title').notNull(),
  summary: text('summary').notNull().default(''),
  severity: text('severity').notNull(),
  type: text('type').notNull().default('other'),
  status: text('status').notNull(),
  primaryService: text('primary_service'),
  services: jsonb('services').$type<string[]>().notNull().default(sql`'[]'::jsonb`),
  environments: jsonb('environments').$type<string[]>().notNull().default(sql`'[]'::jsonb`),
  /** Policy flags (customerVisible, dataLoss, security…): null = not known. */
  flags: jsonb('flags').$type<Record<string, boolean | number | null>>().notNull().default(sql`'{}'::jsonb`),
  commander: text('commander'),
  declaredAt: ts('declared_at').notNull(),
  startedAt: ts('started_at'),
  detectedAt: ts('detected_at'),
  acknowledgedAt: ts('acknowledged_at'),
  mitigatedAt: ts('mitigated_at'),
  resolvedAt: ts('resolved_at'),
  closedAt: ts('closed_at'),
  /** Who set each key time: 'human' or an adapter name. A human's edit always wins. */
  timeSources: jsonb('time_sources').$type<Record<string, string>>().notNull().default(sql`'{}'::jsonb`),
  /** Correlation key of the alert group or page that declared it, when automatic. */
  groupKey: text('group_key'),
  /** The service level objective the incident is measured against, when known. */
  slo: jsonb('slo').$type<{ target: number; windowDays: number } | null>(),
  /** Earlier response cycles of a reopened incident: the times each reopen took back. */
  cycles: jsonb('cycles').$type<{ mitigatedAt: string | null; resolvedAt: string | null; reopenedAt: string; reopenedBy: string }[]>().notNull().default(sql`'[]'::jsonb`),
  createdBy: text('created_by').notNull(),
  version: integer('version').notNull().default(1),
  createdAt: ts('created_at').notNull().defaultNow(),
  updatedAt: ts('updated_at').notNull().defaultNow(),
  /** Id of the incident in the tool it was imported from (`debrief import history`), unique when set. */
  externalId: text('external_id'),
}, (t) => [
  uniqueIndex('incidents_external_id_idx').on(t.externalId),
  index('incidents_started_idx').on(t.startedAt),
  index('incidents_declared_idx').on(t.declaredAt, t.id),
  index('incidents_status_idx').on(t.status),
  index('incidents_group_idx').on(t.groupKey),
  // Reports and search filters: the time an incident began (start, else declaration).
  index('incidents_began_idx').on(sql`coalesce(${t.startedAt}, ${t.declaredAt})`),
  // Similar incidents and filters: incidents on any of these services (jsonb ?|).
  index('incidents_services_idx').using('gin', t.services),
]);

export const timelineEvents = pgTable('timeline_events', {
  id: text('id').primaryKey(),
  incidentId: text('incident_id').notNull().references(() => incidents.id),
  at: ts('at'),
  precision: text('precision').notNull(),
  source: text('source').notNull(),
  kind: text('kind').notNull(),
  text: text('text').notNull(),
  actor: text('actor'),
  phase: text('phase'),
  link: text('link'),
  decisionPoint: boolean('decision_point').notNull().default(false),
  idempotencyKey: text('idempotency_key').notNull(),
  inboxId: text('inbox_id'),
  /** Commit the event is about (git commit, deployment sha), to fold duplicates across sources. */
  sha: text('sha'),
  editedByHuman: boolean('edited_by_human').notNull().default(false),
  /** Kept and shown, but left out of gaps, numbers, the policy and the chart (a person's choice, revisioned). */
  excluded: boolean('excluded').notNull().default(false),
  /** Deleted by a person (revisioned); the row stays so a re-import of the same file does not bring it back. */
  deletedAt: ts('deleted_at'),
  createdBy: text('created_by').notNull(),
  version: integer('version').notNull().default(1),
  createdAt: ts('created_at').notNull().defaultNow(),
  updatedAt: ts('updated_at').notNull().defaultNow(),
}, (t) => [
  uniqueIndex('timeline_events_key_idx').on(t.incidentId, t.source, t.idempotencyKey),
  index('timeline_events_incident_idx').on(t.incidentId, t.at),
]);

/** Raw webhook payloads, stored before the 2xx answer; processing state kept beside them. */
export const ingestInbox = pgTable('ingest_inbox', {
  id: text('id').primaryKey(),
  source: text('source').notNull(),
  deliveryKey: text('delivery_key').notNull(),
  receivedAt: ts('received_at').notNull().defaultNow(),
  headers: jsonb('headers').$type<Record<string, string>>().notNull(),
  body: text('body').notNull(),
  status: text('status').notNull(),
  error: text('error'),
  attempts: integer('attempts').notNull().default(0),
  processedAt: ts('processed_at'),
  incidentId: text('incident_id'),
  /** Incident named by the sender (`?incident=`): attach there, no correlation (kept for retries). */
  targetIncidentId: text('target_incident_id'),
  eventCount: integer('event_count').notNull().default(0),
}, (t) => [uniqueIndex('ingest_inbox_delivery_idx').on(t.source, t.deliveryKey), index('ingest_inbox_status_idx').on(t.status)]);

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

const tsvector = customType<{ data: string }>({ dataType: () => 'tsvector' });

/**
 * The compact verdict of an incident as the list last computed it, kept until its inputs
 * change or the time it holds until (`valid_until`: the next deadline it is not overdue on;
 * null while nothing but an input change can move it). Triggers (migration 0021) bump
 * `epoch` and clear `verdict` when the incident, its timeline, its post-mortem, a review
 * request, its meeting or a publication changes; a write-back only lands at the epoch it
 * read, so a verdict computed from inputs a concurrent change replaced is never kept.
 * `policy_key` names the policy it was computed under: after a policy change it is not used.
 */
export const incidentVerdicts = pgTable('incident_verdicts', {
  incidentId: text('incident_id').primaryKey().references(() => incidents.id, { onDelete: 'cascade' }),
  epoch: bigint('epoch', { mode: 'number' }).notNull().default(0),
  verdict: jsonb('verdict'),
  policyKey: text('policy_key'),
  validUntil: ts('valid_until'),
});

/**
 * One denormalized search row per incident (title, summary, post-mortem, action items,
 * timeline) with a weighted tsvector. Triggers mark a row dirty when its sources change;
 * the reindex step (before a search, and on a timer) rebuilds dirty rows in batches.
 */
export const searchDocs = pgTable('search_docs', {
  incidentId: text('incident_id').primaryKey(),
  dirty: boolean('dirty').notNull().default(true),
  doc: tsvector('doc'),
  title: text('title').notNull().default(''),
  summary: text('summary').notNull().default(''),
  /** Root cause, impact and contributing factors (weight B, and the similarity failure terms). */
  causeText: text('cause_text').notNull().default(''),
  postmortemText: text('postmortem_text').notNull().default(''),
  actionsText: text('actions_text').notNull().default(''),
  timelineText: text('timeline_text').notNull().default(''),
}, (t) => [
  index('search_docs_doc_idx').using('gin', t.doc),
  // The reindex step's "which rows are dirty": only the few dirty rows are in this index.
  index('search_docs_dirty_rows_idx').on(t.incidentId).where(sql`${t.dirty}`),
]);

/**
 * Postings of the cause terms: for each indexed incident, the lexemes (its 256 most frequent at
 * most) of weights A and B of its search document (title, summary, impact, root cause,
 * contributing factors, 5 whys), with when it began. Kept by the reindex step, so the candidates
 * for similar incidents are the incidents sharing the most of those terms, read from the most
 * recent postings of each term (an index range per term), not from whole documents.
 */
export const searchPostings = pgTable('search_postings', {
  term: text('term').notNull(),
  incidentId: text('incident_id').notNull(),
  began: ts('began'),
}, (t) => [
  primaryKey({ columns: [t.incidentId, t.term] }),
  index('search_postings_term_idx').on(t.term, t.began.desc(), t.incidentId),
]);

/** Counters kept by the reindex step (`documents`: search rows with a document), so IDF needs no count(*) over the index. */
export const searchStats = pgTable('search_stats', {
  key: text('key').primaryKey(),
  value: integer('value').notNull().default(0),
});

/**
 * Repeats, as reports found them: for each checked incident, the earlier incident it repeats
 * (null: none) and its distinctive failure terms. A row goes when the incident, or an incident
 * that began up to a year before it, is reindexed; reports recompute the missing rows.
 */
export const incidentRepeats = pgTable('incident_repeats', {
  incidentId: text('incident_id').primaryKey(),
  repeatOf: text('repeat_of'),
  score: doublePrecision('score'),
  earlierStartedAt: ts('earlier_started_at'),
  terms: jsonb('terms').$type<string[]>().notNull().default(sql`'[]'::jsonb`),
  /** Contributing-factor categories of the incident's summary and cause text (null: a check from before they were stored, done again). */
  factors: text('factors').array(),
  checkedAt: ts('checked_at').notNull().defaultNow(),
});

/** The indexed vocabulary (stemmed lexemes) with document frequencies: typo expansion and IDF. */
export const searchVocab = pgTable('search_vocab', {
  word: text('word').primaryKey(),
  df: integer('df').notNull().default(0),
}, (t) => [index('search_vocab_trgm_idx').using('gin', sql`${t.word} gin_trgm_ops`)]);

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

/** Where a user is reached: e-mail, Slack, GitHub login, team (a user id, one row each). */
export const userAddresses = pgTable('user_addresses', {
  userId: text('user_id').primaryKey(),
  email: text('email'),
  slackId: text('slack_id'),
  slackHandle: text('slack_handle'),
  githubLogin: text('github_login'),
  team: text('team'),
  /** Notification rules this user does not want (rule names). */
  mutes: jsonb('mutes').$type<string[]>().notNull().default(sql`'[]'::jsonb`),
  updatedAt: ts('updated_at').notNull().defaultNow(),
});

/** Teams: where their notifications go and who leads them (escalations). */
export const teams = pgTable('teams', {
  name: text('name').primaryKey(),
  slackChannel: text('slack_channel'),
  email: text('email'),
  lead: text('lead'),
  updatedAt: ts('updated_at').notNull().defaultNow(),
});

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
