import type { z } from 'zod';
import { AppError } from '../../domain/errors.ts';
import { zodProblems } from '../../domain/validation.ts';

/**
 * Checks the minimal shape that tells a source's payload apart, with a zod schema
 * whose messages name the field; refuses anything else with a message such as
 * `alertmanager: "alerts" must be an array`.
 */
export function recognise<S extends z.ZodType>(source: string, schema: S, payload: unknown): z.output<S> {
  const result = schema.safeParse(payload);
  if (result.success) return result.data;
  const problems = zodProblems(result.error);
  const first = result.error.issues[0];
  throw new AppError('validation_failed', `${source}: ${first?.message ?? 'not a payload of this source'}`, { errors: problems });
}

/** Refuses a payload with a message naming the field. */
export function refuse(source: string, field: string, message: string): never {
  throw new AppError('validation_failed', `${source}: "${field}" ${message}`, { errors: [{ path: field, message }] });
}
