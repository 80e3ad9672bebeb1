/**
 * Routes are declared as data: method, path, zod schemas, required authentication
 * and a thin handler. The same declarations register the Fastify routes and build
 * the OpenAPI document, so the two cannot drift apart.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { z } from 'zod';
import type { Principal, Role } from '../domain/access/roles.ts';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export type RouteInput<B, Q, P> = {
  body: B;
  query: Q;
  params: P;
  /** The authenticated principal (routes with auth 'none' or 'webhook' get null). */
  actor: Principal;
  req: FastifyRequest;
  reply: FastifyReply;
};

export type RouteDef<B = unknown, Q = unknown, P = unknown> = {
  method: HttpMethod;
  /** Path under the server root, Fastify style (`/api/v1/incidents/:id`). */
  url: string;
  summary: string;
  tag: string;
  /** `token`: a bearer token or session is required; `none`: public; `webhook`: the handler authenticates (signatures). */
  auth: 'token' | 'none' | 'webhook';
  /**
   * The least role that can ever succeed here (ownership can let a lower role in, never a
   * role below this). Checked right after authentication, before the body, query or
   * If-Match is read, so a viewer learns nothing about a request it may not make. The
   * service still makes the exact check.
   */
  role?: Role;
  body?: z.ZodType<B>;
  query?: z.ZodType<Q>;
  params?: z.ZodType<P>;
  /** Media types accepted for the body (default application/json). */
  consumes?: string[];
  /**
   * The body is not read before the handler: it gets the raw request stream (`req.raw`)
   * and reads it only after its access check (streamed uploads of any media type).
   */
  stream?: boolean;
  /** Success status (default 200). */
  status?: number;
  /** Response description for the docs. */
  responseDescription?: string;
  /**
   * The JSON answer's schema: the contract the web app and CLI import. It documents the
   * operation in OpenAPI and is enforced when the app is built with `checkResponses`
   * (the test harness), so the view builder and the schema cannot drift unnoticed.
   * Routes that answer text, bytes or HTML leave it out and say so in `produces`.
   */
  response?: z.ZodType;
  /** Extra OpenAPI fields for the operation. */
  produces?: string;
  handler: (input: RouteInput<B, Q, P>) => Promise<unknown>;
};

/** Declares a route with its types inferred from the schemas. */
export function route<B = undefined, Q = undefined, P = undefined>(def: RouteDef<B, Q, P>): RouteDef {
  return def as unknown as RouteDef;
}

/** The If-Match header of a request (first value when repeated). */
export function ifMatch(h: string | string[] | undefined): string | undefined {
  return Array.isArray(h) ? h[0] : h;
}
