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

const LEVELS: ReadonlySet<unknown> = new Set(VERDICT_LEVELS);
const MILESTONE_SET: ReadonlySet<unknown> = new Set(MILESTONES);
/** What `Instant` accepts: an ISO date and time with seconds, an optional fraction, and Z or an offset. */
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,9})?(?:Z|[+-]\d{2}:\d{2})$/;
const keyCount = (o: object): number => {
  let n = 0;
  for (const k in o) if (Object.hasOwn(o, k)) n++;
  return n;
};

/**
 * A verdict the server kept (`incident_verdicts`, decoded from JSON), if it has the shape of
 * `CompactVerdictSchema` (these keys and no others, these values); null when anything is off, and the
 * verdict is computed again. The same constraints as the schema, checked without building a parse result:
 * a list page reads fifty kept verdicts, and the schema's parse allocated about 1 kB for each.
 */
export function keptCompactVerdict(value: unknown): CompactVerdict | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
  const v = value as Record<string, unknown>;
  if (!LEVELS.has(v['level']) || typeof v['required'] !== 'boolean' || !('nextDeadline' in v) || keyCount(v) !== 3) return null;
  const d = v['nextDeadline'];
  if (d === null) return v as CompactVerdict;
  if (typeof d !== 'object' || Array.isArray(d)) return null;
  const n = d as Record<string, unknown>;
  const at = n['at'];
  const ok = MILESTONE_SET.has(n['milestone']) && typeof n['label'] === 'string' && typeof at === 'string' && INSTANT.test(at)
    && typeof n['provisional'] === 'boolean' && typeof n['overdue'] === 'boolean' && keyCount(n) === 5;
  return ok ? (v as CompactVerdict) : null;
}

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
