/** Incidents, their timeline events, the ingest inbox of raw webhook payloads, and the verdicts the list keeps. */
import { sql } from 'drizzle-orm';
import { pgTable, text, integer, bigint, boolean, jsonb, date, uniqueIndex, index } from 'drizzle-orm/pg-core';
import { ts } from './columns.ts';

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
