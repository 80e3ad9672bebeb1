import { z } from 'zod';
import { validationError, type FieldProblem } from './errors.ts';

/** Turns zod issues into field problems with dotted paths (`policy.rules.severity.enabled`). */
export function zodProblems(error: z.ZodError, prefix = ''): FieldProblem[] {
  return error.issues.map((issue) => {
    const path = [prefix, ...issue.path.map(String)].filter((p) => p !== '').join('.');
    return { path: path === '' ? '(root)' : path, message: issue.message };
  });
}

/** Parses a value with a schema, throwing one validation error that lists every problem. */
export function parseWith<S extends z.ZodType>(schema: S, value: unknown, prefix = '', message?: string): z.output<S> {
  const result = schema.safeParse(value);
  if (!result.success) throw validationError(zodProblems(result.error, prefix), message);
  return result.data;
}

/**
 * A link a browser may follow: http or https only. `javascript:`, `data:`, `vbscript:` and
 * every other scheme are refused at the edge (a stored link is rendered as an href).
 */
export const WebUrl = z.url({ protocol: /^https?$/, error: 'must be an http:// or https:// URL' }).max(2000);

/** True when a link read from a payload is safe to keep (http or https). */
export function isWebUrl(value: string): boolean {
  return /^https?:\/\//i.test(value.trim());
}
