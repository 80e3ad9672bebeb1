/**
 * The list view of incidents (`GET /api/v1/incidents`): what a list shows of each incident
 * and a compact verdict (level, required or not, the next post-mortem deadline), not the
 * full policy evaluation that `GET /api/v1/incidents/:id` carries. The route declares
 * these schemas; the web list page and the CLI read the same shapes.
 */
import { z } from 'zod';
import { MILESTONES } from '../policy/deadline-sources.ts';
import { INCIDENT_TYPES } from '../policy/incident-types.ts';
import { VERDICT_LEVELS } from '../policy/policy-config.ts';
import { INCIDENT_STATUSES } from './incident-status.ts';

const Instant = z.iso.datetime({ offset: true });

/** The earliest post-mortem deadline not met yet. */
export const NextDeadlineSchema = z.strictObject({
  milestone: z.enum(MILESTONES),
  label: z.string(),
  at: Instant,
  /** A key time or the severity is missing: the deadline may still move earlier. */
  provisional: z.boolean(),
  /** Past the deadline and not met. */
  overdue: z.boolean(),
});
export type NextDeadline = z.infer<typeof NextDeadlineSchema>;

/** The policy verdict as a list shows it. */
export const CompactVerdictSchema = z.strictObject({
  level: z.enum(VERDICT_LEVELS),
  /** The level is `required`. */
  required: z.boolean(),
  /** Null when every post-mortem deadline is met or none is set yet. */
  nextDeadline: NextDeadlineSchema.nullable(),
});
export type CompactVerdict = z.infer<typeof CompactVerdictSchema>;

/** One incident in a list. */
export const IncidentListItemSchema = z.strictObject({
  id: z.string(),
  title: z.string(),
  severity: z.string(),
  status: z.enum(INCIDENT_STATUSES),
  type: z.enum(INCIDENT_TYPES),
  primaryService: z.string().nullable(),
  services: z.array(z.string()),
  commander: z.string().nullable(),
  declaredAt: Instant,
  startedAt: Instant.nullable(),
  detectedAt: Instant.nullable(),
  mitigatedAt: Instant.nullable(),
  resolvedAt: Instant.nullable(),
  closedAt: Instant.nullable(),
  version: z.number().int(),
  verdict: CompactVerdictSchema,
});
export type IncidentListItem = z.infer<typeof IncidentListItemSchema>;

/** A page of incidents, newest first; `nextCursor` continues it. */
export const IncidentListPageSchema = z.strictObject({
  items: z.array(IncidentListItemSchema),
  nextCursor: z.string().nullable(),
});
export type IncidentListPage = z.infer<typeof IncidentListPageSchema>;
