/**
 * The editable fields of an incident as form state (text the person typed), and the
 * way back to an API body: only changed fields, numbers checked, lists split on commas.
 */
import type { FieldProblem } from '../api.ts';
import { FLAG_LABELS, INCIDENT_FLAGS, INCIDENT_NUMBERS, type Incident, type IncidentFlag, type IncidentNumber } from '../contract.ts';

/** Labels of the flags, in the order they are asked (the domain's, also served by the policy). */
export { FLAG_LABELS };

export const NUMBER_LABELS: Record<IncidentNumber, string> = {
  errorBudgetConsumedPercent: 'Error budget consumed (%)',
  externalComplaints: 'External complaints',
};


/** What the form holds: text as typed, flags as true / false / null. */
export type IncidentForm = {
  title: string; summary: string; severity: string; type: string;
  primaryService: string; services: string; environments: string; commander: string;
} & Record<IncidentFlag, boolean | null> & Record<IncidentNumber, string>;

export type FormKey = keyof IncidentForm;
export const TEXT_KEYS = ['title', 'summary', 'severity', 'type', 'primaryService', 'services', 'environments', 'commander'] as const;
export const FORM_KEYS: readonly FormKey[] = [...TEXT_KEYS, ...INCIDENT_FLAGS, ...INCIDENT_NUMBERS];

/** Field labels, for messages that name a field. */
export const FIELD_LABELS: Record<FormKey, string> = {
  title: 'Title', summary: 'Summary', severity: 'Severity', type: 'Type', primaryService: 'Primary service',
  services: 'Services', environments: 'Environments', commander: 'Incident commander', ...FLAG_LABELS, ...NUMBER_LABELS,
};

export const splitList = (s: string): string[] => s.split(',').map((x) => x.trim()).filter(Boolean);

/** The form of a new incident. */
export function emptyForm(): IncidentForm {
  return {
    title: '', summary: '', severity: 'SEV-2', type: 'other', primaryService: '', services: '', environments: '', commander: '',
    ...(Object.fromEntries(INCIDENT_FLAGS.map((k) => [k, null])) as Record<IncidentFlag, null>),
    ...(Object.fromEntries(INCIDENT_NUMBERS.map((k) => [k, ''])) as Record<IncidentNumber, string>),
  };
}

/** The form showing an incident's stored fields. */
export function formOf(incident: Incident): IncidentForm {
  return {
    title: incident.title, summary: incident.summary ?? '', severity: incident.severity, type: incident.type,
    primaryService: incident.primaryService ?? '', services: (incident.services ?? []).join(', '),
    environments: (incident.environments ?? []).join(', '), commander: incident.commander ?? '',
    ...(Object.fromEntries(INCIDENT_FLAGS.map((k) => [k, incident[k] ?? null])) as Record<IncidentFlag, boolean | null>),
    ...(Object.fromEntries(INCIDENT_NUMBERS.map((k) => [k, incident[k] === null || incident[k] === undefined ? '' : String(incident[k])])) as Record<IncidentNumber, string>),
  };
}

/** True when two form values mean the same (lists compared item by item, text trimmed). */
export function sameValue(key: FormKey, a: IncidentForm[FormKey], b: IncidentForm[FormKey]): boolean {
  if (key === 'services' || key === 'environments') return splitList(String(a)).join('\n') === splitList(String(b)).join('\n');
  if (typeof a === 'string' && typeof b === 'string' && key !== 'summary') return a.trim() === b.trim();
  return a === b;
}

/** The API value of one field, or a problem with what was typed. */
function apiValue(form: IncidentForm, key: FormKey): { value: unknown } | { problem: string } {
  if (key === 'services' || key === 'environments') return { value: splitList(form[key]) };
  if (key === 'primaryService' || key === 'commander') return { value: form[key].trim() || null };
  if (key === 'summary') return { value: form.summary };
  if (key === 'errorBudgetConsumedPercent' || key === 'externalComplaints') {
    const text = form[key].trim();
    if (!text) return { value: null };
    const n = Number(text);
    if (!Number.isFinite(n) || n < 0) return { problem: 'enter a number of 0 or more, or leave it empty when not known' };
    if (key === 'externalComplaints' && !Number.isInteger(n)) return { problem: 'enter a whole number' };
    return { value: n };
  }
  const v = form[key];
  return { value: typeof v === 'string' ? v.trim() : v };
}

/**
 * The body for the fields that differ from `base` (all fields set when there is no base),
 * and the problems found before sending (keyed by field).
 */
export function bodyOf(form: IncidentForm, base: IncidentForm | null): { body: Record<string, unknown>; problems: FieldProblem[] } {
  const body: Record<string, unknown> = {};
  const problems: FieldProblem[] = [];
  for (const key of FORM_KEYS) {
    if (base && sameValue(key, form[key], base[key])) continue;
    const out = apiValue(form, key);
    if ('problem' in out) problems.push({ path: key, message: out.problem });
    else if (base || (out.value !== null && !(Array.isArray(out.value) && out.value.length === 0) && out.value !== '')) body[key] = out.value;
  }
  return { body, problems };
}

/** Field problems grouped by the form field they belong to (`services.0` → services); the rest under ''. */
export function problemsByField(problems: readonly FieldProblem[]): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const p of problems) {
    const head = (p.path ?? '').split('.')[0] ?? '';
    const key = (FORM_KEYS as readonly string[]).includes(head) ? head : '';
    (out[key] ??= []).push(key ? p.message : `${p.path}: ${p.message}`);
  }
  return out;
}

/** Shows a form value for people: yes / no / not known, lists, or "—". */
export function display(key: FormKey, value: IncidentForm[FormKey]): string {
  if (value === true) return 'yes';
  if (value === false) return 'no';
  if (value === null) return 'not known';
  if (key === 'services' || key === 'environments') return splitList(value).join(', ') || '—';
  return value.trim() ? value : '—';
}

/**
 * After a stale save: their changes to fields I did not touch are taken in, and the fields
 * we both changed (differently) are listed. My typed values stay for those.
 */
export function mergeStale(mine: IncidentForm, base: IncidentForm, theirs: IncidentForm): { form: IncidentForm; clashes: FormKey[]; theirChanges: FormKey[] } {
  const form = { ...mine } as Record<FormKey, unknown>;
  const clashes: FormKey[] = [];
  const theirChanges: FormKey[] = [];
  for (const key of FORM_KEYS) {
    const touched = !sameValue(key, mine[key], base[key]);
    const theyChanged = !sameValue(key, theirs[key], base[key]);
    if (theyChanged) theirChanges.push(key);
    if (!touched) form[key] = theirs[key];
    else if (theyChanged && !sameValue(key, mine[key], theirs[key])) clashes.push(key);
  }
  return { form: form as IncidentForm, clashes, theirChanges };
}
