/**
 * Incident shapes at the edge (HTTP and CLI), in the field names the policy reads.
 * Types are inferred from the schemas.
 */
import { WebUrl } from '../validation.ts';
import { z } from 'zod';
import { INCIDENT_STATUSES } from './incident-status.ts';
import { INCIDENT_TYPES } from '../policy/incident-types.ts';

export { INCIDENT_TYPES };

const isoDateTime = z.iso.datetime({ offset: true });
const optionalTime = isoDateTime.nullable().optional();
const flag = z.boolean().nullable().optional();
const name = z.string().trim().min(1).max(200);

/** The policy flags of an incident; null or absent means "not known". */
export const IncidentFlagsShape = {
  customerVisible: flag,
  dataLoss: flag,
  dataAffected: flag,
  security: flag,
  cascading: flag,
  manualIntervention: flag,
  sloBreached: flag,
  nearMiss: flag,
  processFailure: flag,
  recurring: flag,
  complex: flag,
  errorBudgetConsumedPercent: z.number().min(0).max(100_000).nullable().optional(),
  externalComplaints: z.number().int().min(0).nullable().optional(),
};
export const FLAG_KEYS = Object.keys(IncidentFlagsShape) as (keyof typeof IncidentFlagsShape)[];

export const KEY_TIME_KEYS = ['startedAt', 'detectedAt', 'acknowledgedAt', 'mitigatedAt', 'resolvedAt', 'closedAt'] as const;
export type KeyTimeKey = (typeof KEY_TIME_KEYS)[number];

/** The SLO an incident is measured against: target in percent (99.9) or as a fraction (0.999). */
export const IncidentSloSchema = z.strictObject({
  target: z.number().gt(0).lt(100).refine((t) => t < 1 || t >= 50, { message: 'write the target as 0.999 or 99.9 (percent, 50 or more)' }),
  windowDays: z.number().int().min(1).max(366).default(30),
});
export type IncidentSlo = z.infer<typeof IncidentSloSchema>;

const editable = {
  title: z.string().trim().min(1).max(300),
  summary: z.string().max(20_000).optional(),
  severity: z.string().trim().min(1).max(40),
  type: z.enum(INCIDENT_TYPES).optional(),
  primaryService: name.nullable().optional(),
  services: z.array(name).max(100).optional(),
  environments: z.array(name).max(50).optional(),
  commander: name.nullable().optional(),
  startedAt: optionalTime,
  detectedAt: optionalTime,
  acknowledgedAt: optionalTime,
  mitigatedAt: optionalTime,
  resolvedAt: optionalTime,
  closedAt: optionalTime,
  slo: IncidentSloSchema.nullable().optional(),
  ...IncidentFlagsShape,
};

export const DeclareIncidentSchema = z.strictObject({
  ...editable,
  /** When the declaration happened, if not now (back-filling an incident). */
  declaredAt: isoDateTime.optional(),
});
export type DeclareIncident = z.infer<typeof DeclareIncidentSchema>;

export const UpdateIncidentSchema = z.strictObject({
  ...Object.fromEntries(Object.entries(editable).map(([k, v]) => [k, v.optional()])) as {
    [K in keyof typeof editable]: z.ZodOptional<(typeof editable)[K]>;
  },
  version: z.number().int().positive().optional(),
});
export type UpdateIncident = z.infer<typeof UpdateIncidentSchema>;

export const ChangeStatusSchema = z.strictObject({
  status: z.enum(INCIDENT_STATUSES),
  /** When it happened, if not now. */
  at: isoDateTime.optional(),
  note: z.string().max(2000).optional(),
  version: z.number().int().positive().optional(),
});
export type ChangeStatus = z.infer<typeof ChangeStatusSchema>;

export const ListIncidentsQuerySchema = z.strictObject({
  status: z.union([z.enum(INCIDENT_STATUSES), z.array(z.enum(INCIDENT_STATUSES))]).optional(),
  severity: z.union([z.string(), z.array(z.string())]).optional(),
  service: z.string().optional(),
  type: z.enum(INCIDENT_TYPES).optional(),
  q: z.string().max(200).optional(),
  from: isoDateTime.optional(),
  to: isoDateTime.optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().max(500).optional(),
});
export type ListIncidentsQuery = z.infer<typeof ListIncidentsQuerySchema>;

const PHASE = z.enum(['detection', 'investigation', 'mitigation', 'resolution']);
const PRECISION = z.enum(['exact', 'minute', 'approximate', 'date', 'unknown']);

export const AddEventSchema = z.strictObject({
  at: isoDateTime.nullable(),
  precision: PRECISION.optional(),
  kind: z.string().trim().min(1).max(80).default('note'),
  text: z.string().trim().min(1).max(10_000),
  actor: name.nullable().optional(),
  phase: PHASE.nullable().optional(),
  link: WebUrl.nullable().optional(),
  decisionPoint: z.boolean().optional(),
});
export type AddEvent = z.infer<typeof AddEventSchema>;

export const EditEventSchema = z.strictObject({
  at: isoDateTime.nullable().optional(),
  precision: PRECISION.optional(),
  kind: z.string().trim().min(1).max(80).optional(),
  text: z.string().trim().min(1).max(10_000).optional(),
  actor: name.nullable().optional(),
  phase: PHASE.nullable().optional(),
  link: WebUrl.nullable().optional(),
  decisionPoint: z.boolean().optional(),
  version: z.number().int().positive().optional(),
});
export type EditEvent = z.infer<typeof EditEventSchema>;
