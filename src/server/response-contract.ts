/**
 * The response half of the contract: a route's declared `response` schema is what its
 * JSON answers must look like. Checked on every answer when the app is built for tests,
 * so a view builder that drifts from its schema fails the API suite loudly.
 */
import { z } from 'zod';
import type { RouteDef } from './route.ts';

/** Thrown when an answer does not match its route's schema: the error handler makes it a 500. */
export class ResponseContractError extends Error {
  override name = 'ResponseContractError';
}

/** True for a value Fastify serializes as JSON (not text, bytes or a stream). */
export function isJsonValue(value: unknown): boolean {
  if (value === null || typeof value !== 'object') return false;
  if (Buffer.isBuffer(value) || value instanceof Uint8Array) return false;
  return typeof (value as { pipe?: unknown }).pipe !== 'function';
}

/**
 * Parses the answer as the client will see it (after JSON serialization) with the route's
 * schema; throws a ResponseContractError listing the issues on a mismatch.
 */
export function checkResponse(def: RouteDef, result: unknown): void {
  if (!def.response || !isJsonValue(result)) return;
  const wire: unknown = JSON.parse(JSON.stringify(result));
  const parsed = def.response.safeParse(wire);
  if (parsed.success) return;
  const message = `${def.method} ${def.url} answered a body that does not match its response schema:\n${z.prettifyError(parsed.error)}`;
  console.error(message);
  throw new ResponseContractError(message);
}
