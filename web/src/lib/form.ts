/** Forms on react-hook-form: the server's field problems put beside the fields, and the a11y links of a field's error. */
import { get, type FieldError, type FieldErrors, type FieldValues, type Path, type UseFormSetError } from 'react-hook-form';
import { ApiError } from '../api.ts';

/**
 * Puts a 400 problem's field errors on the form's fields (a problem's `path` is the body's
 * field name). Returns true when at least one landed on a field; the rest stay in the
 * problem's message shown beside the form.
 */
export function applyServerErrors<T extends FieldValues>(error: unknown, fields: readonly Path<T>[], setError: UseFormSetError<T>): boolean {
  if (!(error instanceof ApiError)) return false;
  let placed = false;
  for (const p of error.errors) {
    const field = fields.find((f) => f === p.path || p.path.startsWith(`${f}.`));
    if (!field) continue;
    setError(field, { type: 'server', message: p.message }, { shouldFocus: !placed });
    placed = true;
  }
  return placed;
}

/** The attributes that tie a control to its error message: `aria-invalid` and `aria-describedby`. */
export function errorProps<T extends FieldValues>(formId: string, name: Path<T>, errors: FieldErrors<T>): { id: string; 'aria-invalid'?: true; 'aria-describedby'?: string } {
  const id = `${formId}-${name}`;
  return fieldError(name, errors) ? { id, 'aria-invalid': true, 'aria-describedby': `${id}-error` } : { id };
}

/** A field's error, a nested field's too (`settings.port`). */
const fieldError = <T extends FieldValues>(name: Path<T>, errors: FieldErrors<T>): FieldError | undefined => get<FieldErrors<T>>(errors, name) as FieldError | undefined;

/** The message of a field's error, if any. */
export function errorOf<T extends FieldValues>(name: Path<T>, errors: FieldErrors<T>): string | undefined {
  const e = fieldError(name, errors);
  return e && typeof e.message === 'string' ? e.message : undefined;
}
