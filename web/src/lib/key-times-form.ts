/** The key times form's values (datetime-local text) checked by the server's own order rules, with messages in the labels people see. */
import { z } from 'zod';
import { keyTimeProblems, type KeyTimes } from '../../../src/domain/incident/key-times.ts';
import { KEY_TIMES, type KeyTime } from '../contract.ts';
import { formatTime, fromLocalInput } from './format.ts';

export type KeyTimesValues = Record<KeyTime, string>;
export const KEY_TIME_FIELDS: readonly KeyTime[] = KEY_TIMES.map(([k]) => k);

const LABELS = new Map<string, string>(KEY_TIMES);

/** A key-time problem as people read it: labels for field names ("Acknowledged", not "acknowledgedAt"), local times for ISO ones. */
export function plainKeyTimeMessage(message: string): string {
  return message
    .replace(/\b(startedAt|detectedAt|acknowledgedAt|mitigatedAt|resolvedAt|closedAt)\b/g, (k) => LABELS.get(k) ?? k)
    .replace(/\d{4}-\d\d-\d\dT\d\d:\d\d(?::\d\d(?:\.\d+)?)?(?:Z|[+-]\d\d:\d\d)/g, (iso) => formatTime(iso));
}

/**
 * Every time the form holds, checked as the server checks them (`keyTimeProblems`: none in
 * the future, detected before acknowledged and resolved, and so on). `now` is read when
 * the form is checked: the browser is the shell around the pure rule.
 */
export const KeyTimesFormSchema = z.strictObject(
  Object.fromEntries(KEY_TIME_FIELDS.map((k) => [k, z.string()])) as Record<KeyTime, z.ZodString>,
).superRefine((v, ctx) => {
  const times: KeyTimes = {};
  for (const k of KEY_TIME_FIELDS) {
    const iso = fromLocalInput(v[k]);
    times[k] = iso ? new Date(iso) : null;
  }
  for (const p of keyTimeProblems(times, new Date())) ctx.addIssue({ code: 'custom', path: [p.path], message: plainKeyTimeMessage(p.message) });
});
