/** Registers declared routes on Fastify: content type, authentication, validation, handler. */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { requireRole } from '../services/access.ts';
import { AppError } from '../domain/errors.ts';
import type { Principal } from '../domain/access/roles.ts';
import { parseWith } from '../domain/validation.ts';
import type { RouteDef } from './route.ts';
import { checkResponse, isJsonValue } from './response-contract.ts';

export type Authenticate = (req: FastifyRequest) => Promise<Principal | null>;

export type RegisterOptions = {
  /**
   * Parse every JSON 2xx answer with its route's declared `response` schema and fail
   * the request (500, the zod issues logged) on a mismatch. Set by the test harness so
   * the whole API suite checks the contract; off in production (the cost is a parse per answer).
   */
  checkResponses?: boolean;
};

function mediaType(req: FastifyRequest): string {
  return (req.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
}

function accepts(consumes: string[], type: string): boolean {
  return consumes.some((c) => c === type || (c === 'application/json' && /^application\/[\w.+-]*\+json$/.test(type)));
}

/** The path of the first string holding a NUL character (PostgreSQL text cannot store one), or null. */
export function findNul(value: unknown, path: string, depth = 0): string | null {
  if (typeof value === 'string') return value.includes('\u0000') ? path : null;
  if (depth > 20 || value === null || typeof value !== 'object') return null;
  for (const [k, v] of Object.entries(value)) {
    const found = findNul(v, path ? `${path}.${k}` : k, depth + 1);
    if (found !== null) return found;
  }
  return null;
}

/** Registers every route; the handler sees validated input and an authenticated actor. */
export function registerRoutes(app: FastifyInstance, routes: RouteDef[], authenticate: Authenticate, options: RegisterOptions = {}): void {
  const streamed = routes.filter((d) => d.stream === true);
  addRoutes(app, routes.filter((d) => d.stream !== true), authenticate, options);
  if (streamed.length === 0) return;
  // Streamed bodies: a parser that reads nothing, so the handler checks access before a byte is read.
  void app.register(async (child) => {
    child.removeAllContentTypeParsers();
    child.addContentTypeParser('*', (_req, _payload, done) => done(null, undefined));
    addRoutes(child, streamed, authenticate, options);
  });
}

/** The principal each request authenticated as (set in onRequest, read by the handler). */
const actors = new WeakMap<FastifyRequest, Principal>();

function addRoutes(app: FastifyInstance, routes: RouteDef[], authenticate: Authenticate, options: RegisterOptions): void {
  for (const def of routes) {
    const consumes = def.consumes ?? ['application/json'];
    app.route({
      method: def.method,
      url: def.url,
      // Who is asking, and whether their role could ever be allowed here, before the body is parsed.
      onRequest: async (req: FastifyRequest) => {
        if (def.auth !== 'token') return;
        const actor = await authenticate(req);
        if (!actor) throw new AppError('unauthorized', 'send an API token as "Authorization: Bearer <token>" (create one with `debrief token create`) or sign in');
        if (def.role) requireRole(actor, def.role, `${def.method} ${def.url}`);
        actors.set(req, actor);
      },
      handler: async (req: FastifyRequest, reply: FastifyReply) => {
        const hasBody = req.body !== undefined && req.body !== null;
        if (def.body && hasBody && !accepts(consumes, mediaType(req))) {
          throw new AppError('unsupported_media_type', `send the body as ${consumes.join(' or ')}, not ${mediaType(req) || 'no content type'}`);
        }
        if (!def.body && hasBody && def.method !== 'GET' && def.method !== 'DELETE' && mediaType(req) !== '' && def.auth !== 'webhook') {
          // A body where none is expected is ignored, as long as it is well-formed.
        }
        const actor: Principal | null = actors.get(req) ?? null;
        for (const [where, value] of [['params', req.params], ['query', req.query], ['body', req.body]] as const) {
          // Webhook bodies are stored raw and never refused for their content.
          const skip = Buffer.isBuffer(value) || (where === 'body' && def.auth === 'webhook');
          const at = skip ? null : findNul(value, where === 'body' ? '' : where);
          if (at !== null) throw new AppError('validation_failed', 'text may not contain NUL characters', { errors: [{ path: at || 'body', message: 'contains a NUL (\\u0000) character' }] });
        }
        const params = def.params ? parseWith(def.params, req.params, 'params', 'invalid path') : req.params;
        const query = def.query ? parseWith(def.query, req.query, 'query', 'invalid query') : req.query;
        if (def.body && !hasBody) throw new AppError('validation_failed', 'a request body is required', { errors: [{ path: 'body', message: 'required' }] });
        const body = def.body ? parseWith(def.body, req.body, '', 'the request body is not valid') : req.body;
        const result = await def.handler({ body, query, params, actor: actor as Principal, req, reply });
        if (reply.sent) return reply;
        reply.status(def.status ?? 200);
        if (result === undefined) return reply.send();
        if (options.checkResponses === true) checkResponse(def, result);
        return sendAnswer(reply, result);
      },
    });
  }
}

/**
 * Sends a handler's answer. A JSON answer is serialised here and encoded into Node's buffer pool, outside the
 * JavaScript heap: Fastify's own path (a string, made flat again to measure its length, copied again for the
 * socket) allocated about 60 kB of heap per list page of fifty incidents, twice the page's size. Anything else
 * (text, bytes, streams, or an answer whose handler chose its own type) goes to Fastify as it is.
 */
function sendAnswer(reply: FastifyReply, result: unknown): FastifyReply {
  const type = reply.getHeader('content-type');
  if (!isJsonValue(result) || (type !== undefined && !/^application\/json\b/.test(String(type)))) return reply.send(result);
  if (type === undefined) reply.type('application/json; charset=utf-8');
  return reply.send(Buffer.from(JSON.stringify(result)));
}
