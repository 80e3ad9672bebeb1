/**
 * The closed set of errors Debrief raises on purpose. Each has a stable code and
 * an HTTP status; the server maps them to RFC 9457 problem details in one place
 * and the CLI prints their message.
 */
export const ERROR_CODES = {
  bad_request: 400,
  validation_failed: 400,
  malformed_json: 400,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  method_not_allowed: 405,
  version_conflict: 409,
  conflict: 409,
  precondition_required: 428,
  payload_too_large: 413,
  unsupported_media_type: 415,
  rule_violation: 422,
  rate_limited: 429,
  data_dir_locked: 503,
  unavailable: 503,
} as const;

export type ErrorCode = keyof typeof ERROR_CODES;

/** One problem with one field of the input. */
export type FieldProblem = { path: string; message: string };

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly status: number;
  /** Extra members for the problem document (field problems, current version…). */
  readonly details: Record<string, unknown>;

  constructor(code: ErrorCode, message: string, details: Record<string, unknown> = {}) {
    super(message);
    this.name = 'AppError';
    this.code = code;
    this.status = ERROR_CODES[code];
    this.details = details;
  }
}

/** Shorthand for a validation error listing every field problem. */
export function validationError(problems: FieldProblem[], message = 'The input is not valid.'): AppError {
  return new AppError('validation_failed', message, { errors: problems });
}

export function isAppError(e: unknown): e is AppError {
  return e instanceof AppError;
}
