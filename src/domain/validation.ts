import type { z } from 'zod';
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
