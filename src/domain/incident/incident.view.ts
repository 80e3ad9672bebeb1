/**
 * Incidents, timeline events and revisions as the API shows them: one zod schema per
 * shape. The server's view builders are typed by the inferred types and the web app
 * imports them, so the two cannot drift (the API tests parse every answer with them).
 */
import { z } from 'zod';
import { IncidentPolicySchema } from '../policy/evaluation.view.ts';
import { INCIDENT_STATUSES } from './incident-status.ts';

export { FLAG_LABELS, INCIDENT_FLAGS, INCIDENT_NUMBERS, KEY_TIMES, type IncidentFlag, type IncidentNumber, type KeyTime } from './incident-fields.ts';

const time = z.string().nullable();
const flag = z.boolean().nullable();

/** The stored fields of an incident. */
export const IncidentBaseViewSchema = z.strictObject({
  id: z.string(),
  title: z.string(),
  summary: z.string(),
  severity: z.string(),
  type: z.string(),
  status: z.enum(INCIDENT_STATUSES),
  nextStatuses: z.array(z.enum(INCIDENT_STATUSES)),
  primaryService: z.string().nullable(),
  services: z.array(z.string()),
  environments: z.array(z.string()),
  commander: z.string().nullable(),
  customerVisible: flag, dataLoss: flag, dataAffected: flag, security: flag, cascading: flag, manualIntervention: flag,
  sloBreached: flag, nearMiss: flag, processFailure: flag, recurring: flag, complex: flag,
  errorBudgetConsumedPercent: z.number().nullable(),
  externalComplaints: z.number().nullable(),
  declaredAt: z.string(),
  startedAt: time, detectedAt: time, acknowledgedAt: time, mitigatedAt: time, resolvedAt: time, closedAt: time,
  /** Where each key time came from (input, an alert, a status change…). */
  timeSources: z.record(z.string(), z.string()),
  slo: z.strictObject({ target: z.number(), windowDays: z.number() }).nullable(),
  /** Earlier response cycles of a reopened incident: the times each reopen took back. */
  cycles: z.array(z.strictObject({ mitigatedAt: time, resolvedAt: time, reopenedAt: z.string(), reopenedBy: z.string() })),
  groupKey: z.string().nullable(),
  createdBy: z.string(),
  version: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type IncidentBaseView = z.infer<typeof IncidentBaseViewSchema>;

/** An incident with its policy verdict, deadlines and numbers (every incident read). */
export const IncidentViewSchema = IncidentBaseViewSchema.extend({ policy: IncidentPolicySchema });
export type IncidentView = z.infer<typeof IncidentViewSchema>;

/** One timeline event as stored. */
export const EventViewSchema = z.strictObject({
  id: z.string(),
  incidentId: z.string(),
  at: time,
  precision: z.string(),
  source: z.string(),
  kind: z.string(),
  text: z.string(),
  actor: z.string().nullable(),
  phase: z.string().nullable(),
  link: z.string().nullable(),
  decisionPoint: z.boolean(),
  idempotencyKey: z.string(),
  inboxId: z.string().nullable(),
  editedByHuman: z.boolean(),
  /** Kept and listed, left out of gaps, numbers and the chart. */
  excluded: z.boolean(),
  createdBy: z.string(),
  version: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type EventView = z.infer<typeof EventViewSchema>;

/** `DELETE …/events/:eventId`: which event left the timeline. */
export const DeletedEventSchema = z.strictObject({ id: z.string(), deleted: z.literal(true) });

/** One change of a versioned record: who, when, what, each field's before and after. */
export const RevisionViewSchema = z.strictObject({
  version: z.number().int(),
  actor: z.string(),
  at: z.string(),
  action: z.string(),
  changes: z.record(z.string(), z.strictObject({ from: z.unknown(), to: z.unknown() })),
});
export type RevisionView = z.infer<typeof RevisionViewSchema>;

/** A list of revisions, oldest first. */
export const RevisionListSchema = z.strictObject({ items: z.array(RevisionViewSchema) });
export type RevisionList = z.infer<typeof RevisionListSchema>;

/** `GET /api/v1/incidents/:id/events`: every stored event, excluded ones included. */
export const EventListSchema = z.strictObject({ items: z.array(EventViewSchema) });
export type EventList = z.infer<typeof EventListSchema>;

/** `POST /api/v1/incidents/:id/events/delete`: how many events were deleted, and the ids not found. */
export const DeletedEventsSchema = z.strictObject({ deleted: z.number().int(), missing: z.array(z.string()) });
export type DeletedEvents = z.infer<typeof DeletedEventsSchema>;
