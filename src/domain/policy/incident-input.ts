/**
 * The incident as the policy reads it: the zod schema of `debrief policy check` input
 * (and of what the server passes). Missing or null fields mean "not known"; unknown
 * extra fields are ignored; a known field with the wrong type is an error naming it.
 */
import { z } from 'zod';
import { AppError } from '../errors.ts';
import { parseWith } from '../validation.ts';
import { INCIDENT_TYPES, parseIncidentType } from './incident-types.ts';

const Time = z.iso
  .datetime({ offset: true, message: 'expected an ISO 8601 date-time with offset, e.g. 2026-03-01T14:05:00Z' })
  .transform((s) => new Date(s));

const Flag = z.boolean().nullish();

const IncidentTypeSchema = z.string().transform((name, ctx) => {
  const type = parseIncidentType(name);
  if (type === undefined) {
    ctx.addIssue({ code: 'custom', message: `unknown incident type "${name}"; expected one of ${INCIDENT_TYPES.join(', ')}` });
    return z.NEVER;
  }
  return type;
});

/** Services as a list of names, of `{ name }`, or `{ primary, secondary }` (seed 002); always a list of names out. */
const ServicesSchema = z.union([
  z.array(z.union([z.string(), z.object({ name: z.string() }).transform((s) => s.name)])),
  z
    .object({ primary: z.array(z.string()).default([]), secondary: z.array(z.string()).default([]) })
    .transform((s) => [...s.primary, ...s.secondary]),
]);

const TimelineEventSchema = z.object({
  at: Time.nullable(),
  kind: z.string().default(''),
  phase: z.enum(['detection', 'investigation', 'mitigation', 'resolution']).nullish(),
});

/** An SLO target as a fraction (0.999), a percentage (99.9) or text ("99.9%"). */
const TargetSchema = z.union([z.number(), z.string()]).transform((v, ctx) => {
  const text = typeof v === 'string' ? v.trim().replace(/%$/, '') : String(v);
  const n = Number(text);
  const fraction = typeof v === 'number' && n > 0 && n < 1 ? n : n >= 50 && n < 100 ? n / 100 : NaN;
  if (!Number.isFinite(fraction)) {
    ctx.addIssue({ code: 'custom', message: `"${v}" is not an SLO target; write 0.999, 99.9 or "99.9%"` });
    return z.NEVER;
  }
  return fraction;
});

const SloInputSchema = z.object({
  target: TargetSchema,
  /** Window of the budget; the policy's `slo.windowDays` (30) when absent. */
  windowDays: z.number().positive().optional(),
  /** Minutes of full unavailability; the customer-impact window when absent. */
  badMinutes: z.number().nonnegative().optional(),
  totalRequests: z.number().nonnegative().optional(),
  failedRequests: z.number().nonnegative().optional(),
  /** Budget already consumed this window before the incident, in percent. */
  consumedBeforePercent: z.number().min(0).optional(),
});

export const PolicyIncidentSchema = z.object({
  id: z.union([z.string(), z.number()]).nullish(),
  title: z.string().nullish(),
  status: z.string().nullish(),
  severity: z.string().min(1).nullish(),
  type: IncidentTypeSchema.nullish(),
  startedAt: Time.nullish(),
  detectedAt: Time.nullish(),
  acknowledgedAt: Time.nullish(),
  mitigatedAt: Time.nullish(),
  resolvedAt: Time.nullish(),
  closedAt: Time.nullish(),
  customerVisible: Flag,
  dataLoss: Flag,
  dataAffected: Flag,
  security: Flag,
  cascading: Flag,
  manualIntervention: Flag,
  sloBreached: Flag,
  errorBudgetConsumedPercent: z.number().min(0).nullish(),
  externalComplaints: z.number().int().min(0).nullish(),
  environments: z.array(z.string()).nullish(),
  services: ServicesSchema.nullish(),
  nearMiss: Flag,
  processFailure: Flag,
  recurring: Flag,
  complex: Flag,
  timeline: z.array(TimelineEventSchema).nullish(),
  slo: SloInputSchema.nullish(),
});

/** The incident fields the policy reads (all optional: absent means not known). */
export type PolicyIncident = z.output<typeof PolicyIncidentSchema>;
export type PolicyIncidentInput = z.input<typeof PolicyIncidentSchema>;
export type TimelineEventInput = z.output<typeof TimelineEventSchema>;
export type SloInput = z.output<typeof SloInputSchema>;

/** Validates an incident value, listing every field problem at once. */
export function parsePolicyIncident(value: unknown): PolicyIncident {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new AppError('validation_failed', 'the incident must be a JSON object');
  }
  return parseWith(PolicyIncidentSchema, value, '', 'the incident is not valid');
}

/** Line and column (1-based) of a character offset in a text. */
function lineColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset).split('\n');
  return { line: before.length, column: (before.at(-1)?.length ?? 0) + 1 };
}

/** Parses JSON text, turning a syntax error into a message with its line and column. */
export function parseJsonText(text: string, source = 'input'): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch (e) {
    const message = (e as Error).message;
    const pos = /position (\d+)/.exec(message);
    const lineCol = /line (\d+) column (\d+)/.exec(message);
    let where = '';
    if (lineCol !== null) where = ` at line ${lineCol[1]}, column ${lineCol[2]}`;
    else if (pos !== null) {
      const { line, column } = lineColumn(text, Number(pos[1]));
      where = ` at line ${line}, column ${column}`;
    } else if (text.trim() === '') where = ': it is empty';
    throw new AppError('malformed_json', `${source} is not valid JSON${where}: ${message.replace(/ in JSON at position \d+.*$/, '')}`);
  }
}

/** Reads one incident from JSON text. */
export function parseIncidentJson(text: string, source = 'input'): PolicyIncident {
  return parsePolicyIncident(parseJsonText(text, source));
}
