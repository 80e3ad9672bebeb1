/**
 * The one place errors become HTTP answers: RFC 9457 problem details with a
 * stable `code`, and for validation the field path of each problem.
 */
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { AppError, isAppError, type ErrorCode } from '../domain/errors.ts';
import { isTransientDbError } from '../store/transient.ts';

export const PROBLEM_BASE = 'https://debrief.dev/problems/';

const TITLES: Record<ErrorCode, string> = {
  bad_request: 'Bad request',
  validation_failed: 'Validation failed',
  malformed_json: 'Malformed JSON',
  unauthorized: 'Authentication required',
  forbidden: 'Forbidden',
  not_found: 'Not found',
  method_not_allowed: 'Method not allowed',
  version_conflict: 'Version conflict',
  conflict: 'Conflict',
  precondition_required: 'Version required',
  payload_too_large: 'Payload too large',
  unsupported_media_type: 'Unsupported media type',
  rule_violation: 'Rule violated',
  rate_limited: 'Too many requests',
  data_dir_locked: 'Data directory in use',
  unavailable: 'Service unavailable',
};

/** Maps Fastify's own client errors onto Debrief's codes. */
function fromFastify(err: FastifyError): AppError | null {
  switch (err.code) {
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return new AppError('unsupported_media_type', `this endpoint does not accept that content type; send application/json`);
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return new AppError('payload_too_large', 'the request body is larger than this server accepts');
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return new AppError('malformed_json', 'the body is empty; send a JSON document');
    case 'FST_ERR_CTP_INVALID_CONTENT_LENGTH':
      return new AppError('bad_request', 'the Content-Length header does not match the body');
    default:
      break;
  }
  if (err instanceof SyntaxError || err.code === 'FST_ERR_CTP_INVALID_JSON_BODY') {
    return new AppError('malformed_json', `the body is not valid JSON: ${err.message}`);
  }
  // PostgreSQL "data exception" class (22xxx): a value the database cannot store is bad input, not a crash.
  const pgCode = (err as { code?: unknown }).code ?? ((err as { cause?: { code?: unknown } }).cause)?.code;
  if (typeof pgCode === 'string' && /^22[0-9A-Z]{3}$/.test(pgCode)) {
    return new AppError('bad_request', 'a value in the request cannot be stored (out of range or not valid text)');
  }
  const status = err.statusCode ?? 500;
  if (status >= 400 && status < 500) {
    const code: ErrorCode = status === 404 ? 'not_found' : status === 413 ? 'payload_too_large' : status === 415 ? 'unsupported_media_type' : 'bad_request';
    return new AppError(code, err.message);
  }
  return null;
}

/** Builds the problem document for an error. */
export function toProblem(error: AppError, instance: string): Record<string, unknown> {
  return {
    type: PROBLEM_BASE + error.code,
    title: TITLES[error.code],
    status: error.status,
    detail: error.message,
    code: error.code,
    instance,
    ...error.details,
  };
}

/** Sends a problem document. */
export function sendProblem(reply: FastifyReply, error: AppError, instance: string): FastifyReply {
  if (error.code === 'unauthorized') reply.header('www-authenticate', 'Bearer realm="debrief"');
  const retryAfter = error.details['retryAfterSeconds'];
  if ((error.code === 'rate_limited' || error.code === 'unavailable') && typeof retryAfter === 'number') reply.header('retry-after', String(retryAfter));
  return reply.status(error.status).type('application/problem+json').send({ ...toProblem(error, instance), requestId: reply.request.id });
}

/** Fastify error handler: every error becomes a problem; unexpected ones are logged and hidden. */
export function errorHandler(err: unknown, req: FastifyRequest, reply: FastifyReply): FastifyReply {
  const path = req.url.split('?')[0] ?? req.url;
  if (isAppError(err)) return sendProblem(reply, err, path);
  const mapped = err instanceof Error ? fromFastify(err as FastifyError) : null;
  if (mapped) return sendProblem(reply, mapped, path);
  // The database gave up for a reason that passes: a deadlock or serialization failure that outlasted
  // the use case's retries (nothing was committed), or a lost connection (a versioned change that did
  // land is refused with 409 when sent again). A 503 the client may retry, not a 500.
  if (isTransientDbError(err)) {
    req.log.warn({ err }, 'transient database error');
    return sendProblem(reply, new AppError('unavailable', 'the database could not complete this request just now (a conflict with concurrent changes, or the connection to it): send it again', { retryAfterSeconds: 1 }), path);
  }
  req.log.error({ err }, 'unexpected error');
  return reply.status(500).type('application/problem+json').send({
    type: `${PROBLEM_BASE}internal`, title: 'Internal error', status: 500, code: 'internal',
    detail: 'Something went wrong on the server; it has been logged.', instance: path,
  });
}
