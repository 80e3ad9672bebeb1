/**
 * The browser's client for /api/v1: sends the session cookie and the CSRF header on
 * writes, and turns problem+json answers into typed ApiErrors.
 */

/** A field problem of a validation error. */
export type FieldProblem = { path: string; message: string };

/** An RFC 9457 problem answered by the API (or built here for network failures). */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly errors: FieldProblem[];
  /** The whole problem document (a 409 carries `currentVersion` and `current`). */
  readonly problem: Record<string, unknown>;

  constructor(status: number, problem: Record<string, unknown>) {
    const detail = typeof problem.detail === 'string' ? problem.detail : typeof problem.title === 'string' ? problem.title : `HTTP ${status}`;
    super(detail);
    this.name = 'ApiError';
    this.status = status;
    this.code = typeof problem.code === 'string' ? problem.code : `http_${status}`;
    this.errors = Array.isArray(problem.errors) ? (problem.errors as FieldProblem[]) : [];
    this.problem = problem;
  }

  /** True for a stale-version refusal. */
  get isConflict(): boolean {
    return this.status === 409;
  }

  /** The other person's version of the resource carried by a 409, if any. */
  current<T>(): T | null {
    return (this.problem.current as T | undefined) ?? null;
  }
}

let csrfToken: string | null = null;

/** Remembers the CSRF token of the signed-in session (sent as X-CSRF-Token on writes). */
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

/** Called when any request answers 401, so the app can show the sign-in page. */
let onUnauthorized: (() => void) | null = null;
export function setUnauthorizedHandler(fn: (() => void) | null): void {
  onUnauthorized = fn;
}

export type RequestOptions = {
  /** A raw body (a dropped file) instead of JSON. */
  raw?: Blob | ArrayBuffer | string;
  contentType?: string;
  signal?: AbortSignal;
  /** Do not call the unauthorized handler (the session probe itself). */
  quiet401?: boolean;
};

/** Sends a request to the API and returns the parsed JSON (or text for non-JSON answers). */
export async function request<T>(method: string, path: string, body?: unknown, options: RequestOptions = {}): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json, application/problem+json, text/plain' };
  let payload: BodyInit | undefined;
  if (options.raw !== undefined) {
    payload = options.raw;
    headers['content-type'] = options.contentType ?? 'application/octet-stream';
  } else if (body !== undefined) {
    payload = JSON.stringify(body);
    headers['content-type'] = 'application/json';
  }
  if (method !== 'GET' && method !== 'HEAD' && csrfToken) headers['x-csrf-token'] = csrfToken;
  let res: Response;
  try {
    res = await fetch(path, { method, headers, body: payload, credentials: 'same-origin', ...(options.signal ? { signal: options.signal } : {}) });
  } catch (e) {
    if (e instanceof DOMException && e.name === 'AbortError') throw e;
    throw new ApiError(0, { code: 'network', detail: 'The server could not be reached. Check your connection; nothing you typed is lost.' });
  }
  const type = res.headers.get('content-type') ?? '';
  const parsed: unknown = res.status === 204 ? null : type.includes('json') ? await res.json().catch(() => null) : await res.text();
  if (!res.ok) {
    if (res.status === 401 && !options.quiet401) onUnauthorized?.();
    const problem = parsed && typeof parsed === 'object' ? (parsed as Record<string, unknown>) : { detail: typeof parsed === 'string' && parsed ? parsed.slice(0, 300) : `HTTP ${res.status} ${res.statusText}` };
    throw new ApiError(res.status, problem);
  }
  return parsed as T;
}

/** Shorthands for the usual verbs. */
export const api = {
  get: <T>(path: string, options?: RequestOptions) => request<T>('GET', path, undefined, options),
  post: <T>(path: string, body?: unknown, options?: RequestOptions) => request<T>('POST', path, body ?? {}, options),
  patch: <T>(path: string, body: unknown) => request<T>('PATCH', path, body),
  put: <T>(path: string, body: unknown) => request<T>('PUT', path, body),
  del: <T>(path: string) => request<T>('DELETE', path),
};

/** Builds a query string from the defined, non-empty values. */
export function query(params: Record<string, string | number | boolean | null | undefined>): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== null && v !== '') q.set(k, String(v));
  const s = q.toString();
  return s ? `?${s}` : '';
}

/** A readable message for any error (field problems listed). */
export function errorMessage(e: unknown): string {
  if (e instanceof ApiError) {
    const fields = e.errors.map((f) => `${f.path || 'body'}: ${f.message}`).join('; ');
    return fields ? `${e.message} (${fields})` : e.message;
  }
  return e instanceof Error ? e.message : String(e);
}
