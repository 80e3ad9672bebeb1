/**
 * The incident forms' values (declare, edit the details) checked by the server's own
 * schema (DeclareIncidentSchema, field by field): text as typed, lists as comma-separated text, numbers as text; the
 * body is built from them by `bodyOf`.
 */
import { z } from 'zod';
import { DeclareIncidentSchema } from '../../../src/domain/incident/incident.schema.ts';
import { INCIDENT_FLAGS, INCIDENT_NUMBERS, type IncidentFlag, type IncidentNumber } from '../contract.ts';
import { splitList, type FormKey, type IncidentForm } from './incident-form.ts';

const S = DeclareIncidentSchema.shape;
/** Empty text in an optional field means "not given". */
const orEmpty = <T extends z.ZodType>(schema: T) => z.union([z.literal(''), schema]);
/** Comma-separated text whose items (and their count) pass the server's list schema. */
const list = (schema: z.ZodType) => z.string().refine((s) => schema.safeParse(splitList(s)).success, { message: 'each item 1 to 200 characters, separated by commas' });
/** A number as typed: empty (not known) or what the server's number schema accepts (a count: a whole number). */
const number = (schema: z.ZodType, whole: boolean) => z.string().superRefine((text, ctx) => {
  const s = text.trim();
  if (s === '') return;
  const n = Number(s);
  if (!Number.isFinite(n) || n < 0) ctx.addIssue({ code: 'custom', message: 'enter a number of 0 or more, or leave it empty when not known' });
  else if (whole && !Number.isInteger(n)) ctx.addIssue({ code: 'custom', message: 'enter a whole number' });
  else if (!schema.safeParse(n).success) ctx.addIssue({ code: 'custom', message: 'this number is out of range' });
});

/** An incident's editable fields as the forms hold them (declare and edit), each checked by the server's rule for it. */
export const IncidentFormSchema = z.strictObject({
  title: S.title,
  summary: S.summary.unwrap(),
  severity: S.severity,
  // The team's types come from its policy (the select offers only those); the server names a wrong one.
  type: z.string(),
  primaryService: orEmpty(S.primaryService.unwrap().unwrap()),
  services: list(S.services.unwrap()),
  environments: list(S.environments.unwrap()),
  commander: orEmpty(S.commander.unwrap().unwrap()),
  ...(Object.fromEntries(INCIDENT_FLAGS.map((k) => [k, z.boolean().nullable()])) as Record<IncidentFlag, z.ZodNullable<z.ZodBoolean>>),
  ...(Object.fromEntries(INCIDENT_NUMBERS.map((k) => [k, number(S[k].unwrap().unwrap(), k === 'externalComplaints')])) as Record<IncidentNumber, z.ZodString>),
});

export const DeclareFormSchema = IncidentFormSchema.extend({
  /** When it started, if before now (a datetime-local value; empty: now). */
  startedAt: z.string(),
});
export type DeclareValues = z.input<typeof DeclareFormSchema> & IncidentForm;

/** The fields of an incident in the order the form shows them (the first invalid one takes focus). */
export const INCIDENT_FIELDS: readonly FormKey[] = [
  'title', 'severity', 'type', 'commander', 'services', 'primaryService', 'environments', 'summary', ...INCIDENT_FLAGS, ...INCIDENT_NUMBERS,
];

/** Puts keyboard focus on the first of the named fields of the form `id` (controlled inputs: found by id, a flag by its radio group). */
export function focusFirst(id: string, order: readonly string[], names: readonly string[]): void {
  const key = order.find((k) => names.includes(k));
  if (!key) return;
  (document.getElementById(`${id}-${key}`) ?? document.querySelector<HTMLElement>(`[name="${id}-${key}"]`))?.focus();
}

/** The fields a server's field problem may name, in the order the form shows them (the first invalid one takes focus). */
export const DECLARE_FIELDS: readonly (keyof DeclareValues)[] = [
  'title', 'severity', 'type', 'commander', 'startedAt', 'services', 'primaryService', 'environments', 'summary', ...INCIDENT_FLAGS, ...INCIDENT_NUMBERS,
];
