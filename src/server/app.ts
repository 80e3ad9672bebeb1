/**
 * Builds the HTTP server: content types, authentication, routes, OpenAPI and docs,
 * error mapping and one log line per request. Used by `debrief serve`, by the CLI
 * in-process (app.inject) and by the API tests.
 */
import { randomUUID } from 'node:crypto';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import Fastify, { LogController, type FastifyInstance, type FastifyRequest } from 'fastify';
import fastifyStatic from '@fastify/static';
import fastifyCookie from '@fastify/cookie';
import { principalForSession } from '../services/user.service.ts';
import { SESSION_COOKIE } from './routes/session.routes.ts';
import { AppError } from '../domain/errors.ts';
import type { Principal } from '../domain/access/roles.ts';
import type { ServiceContext } from '../services/context.ts';
import { principalForToken } from '../services/token.service.ts';
import { stopInboxProcessing } from '../services/ingest/inbox.service.ts';
import { buildOpenApi } from './openapi.ts';
import { errorHandler, sendProblem } from './problem.ts';
import { registerRoutes } from './register-routes.ts';
import { allRoutes } from './routes/index.ts';
import { DOCS_CSP, docsPage, DOCS_INIT } from './docs-page.ts';
import { registerWebApp } from './web-app.ts';
import { isLoopbackHost, registerOperations } from './operations.ts';
import type { Logger } from 'pino';
import { accessLogger } from './logger.ts';
import type { Activity } from '../jobs/activity.ts';

export const API_VERSION = '0.1.0';

export type AppOptions = {
  ctx: ServiceContext;
  logger?: Logger | false;
  /** Secret of the local CLI (from the lock file): acts as admin from this machine. */
  localToken?: string;
  /** PostgreSQL pool use, for /metrics. */
  poolStats?: (() => { total: number; idle: number; waiting: number }) | undefined;
  /** Check every JSON answer against its route's response schema (the test harness sets it; see response-contract.ts). */
  checkResponses?: boolean;
  /** Told when each request starts and ends, so background work waits for a quiet moment (the server's). */
  activity?: Activity;
};

declare module 'fastify' {
  interface FastifyRequest {
    rawBody?: string;
    /** The body's bytes exactly as received (webhook signatures are checked over these). */
    rawBytes?: Buffer;
    actor?: Principal | null;
  }
}

/** Creates the Fastify app (not listening). */
export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const { ctx } = options;
  const app = Fastify({
    ...(options.logger ? { loggerInstance: options.logger } : { logger: false }),
    // One line per request comes from the onResponse hook below.
    logController: new LogController({ disableRequestLogging: true }),
    bodyLimit: ctx.config.bodyLimitBytes,
    // Behind a TLS-terminating proxy: X-Forwarded-Proto makes the session cookie Secure, X-Forwarded-For the client address.
    trustProxy: ctx.config.trustProxy,
    return503OnClosing: true,
    // A caller's request id is kept when it is a plain token; otherwise a new one is made.
    genReqId: (req) => {
      const given = req.headers['x-request-id'];
      return typeof given === 'string' && /^[\w.:-]{1,100}$/.test(given) ? given : randomUUID();
    },
    routerOptions: { ignoreTrailingSlash: true, maxParamLength: 1000 },
    // Bad URLs and other router-level errors are problems too.
    frameworkErrors: (error, req, reply) => { errorHandler(error, req, reply); },
  }) as unknown as FastifyInstance;

  // JSON is parsed here so the raw bytes stay available (webhook signatures are checked over them).
  app.removeAllContentTypeParsers();
  app.addContentTypeParser(/^application\/([\w.-]+\+)?json$/, { parseAs: 'buffer' }, (req, body, done) => {
    const bytes = body as Buffer;
    const text = bytes.toString('utf8');
    req.rawBytes = bytes;
    req.rawBody = text;
    if (text.trim() === '') return done(new AppError('malformed_json', 'the body is empty; send a JSON document'));
    try {
      done(null, JSON.parse(text));
    } catch (e) {
      done(new AppError('malformed_json', `the body is not valid JSON: ${(e as Error).message}`));
    }
  });
  app.addContentTypeParser(/^text\/(markdown|plain|x-markdown)$/, { parseAs: 'string' }, (req, body, done) => {
    req.rawBody = body as string;
    done(null, body);
  });
  app.addContentTypeParser(/^application\/(zip|octet-stream)$/, { parseAs: 'buffer' }, (_req, body, done) => done(null, body));

  await app.register(fastifyCookie);
  app.setErrorHandler(errorHandler);
  app.setNotFoundHandler((req, reply) => sendProblem(reply, new AppError('not_found', `no route ${req.method} ${req.url.split('?')[0]}`), req.url.split('?')[0] ?? '/'));

  // Background inbox processing ends before the database closes (what is left stays pending, safe).
  app.addHook('onClose', async () => { await stopInboxProcessing(ctx); });

  // Security headers on every answer: no framing, no sniffing, and a content security policy
  // (the web app and the docs page set their own; anything else may load nothing).
  app.addHook('onSend', async (req, reply, payload) => {
    reply.header('x-frame-options', 'DENY');
    reply.header('x-content-type-options', 'nosniff');
    if (!reply.hasHeader('referrer-policy')) reply.header('referrer-policy', 'same-origin');
    if (!reply.hasHeader('content-security-policy')) {
      const docs = req.url === '/api/docs' || req.url.startsWith('/api/docs/') || req.url.startsWith('/api/docs?');
      reply.header('content-security-policy', docs ? DOCS_CSP : "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'");
    }
    return payload;
  });

  const activity = options.activity;
  if (activity) {
    // Each request ends once: answered (onResponse) or given up by its client first (onRequestAbort).
    const open = new WeakSet<FastifyRequest>();
    const end = async (req: FastifyRequest) => { if (open.delete(req)) activity.ended(); };
    app.addHook('onRequest', async (req) => { open.add(req); activity.started(); });
    app.addHook('onResponse', end);
    app.addHook('onRequestAbort', end);
  }

  // The access line, without a redaction pass (nothing in it can be secret: see `accessLogger`).
  const access = options.logger ? accessLogger(options.logger) : null;
  if (access) {
    app.addHook('onResponse', async (req, reply) => {
      access({ reqId: req.id, method: req.method, url: req.url.split('?')[0]!, status: reply.statusCode, ms: Math.round(reply.elapsedTime), actor: req.actor?.name });
    });
  }

  const authenticate = async (req: FastifyRequest): Promise<Principal | null> => {
    const header = req.headers.authorization;
    let actor: Principal | null = null;
    if (header) {
      const m = /^Bearer\s+(\S+)$/i.exec(header);
      if (!m) throw new AppError('unauthorized', 'the Authorization header must be "Bearer <token>"');
      const secret = m[1]!;
      if (options.localToken && secret === options.localToken) {
        actor = { kind: 'local', id: 'local', name: 'local-cli', role: 'admin', userId: null };
      } else {
        actor = await principalForToken(ctx, secret);
        if (!actor) throw new AppError('unauthorized', 'this token is unknown or revoked');
      }
    } else {
      const cookie = req.cookies[SESSION_COOKIE];
      const session = cookie ? await principalForSession(ctx, cookie) : null;
      if (session) {
        // Cookies ride along with cross-site requests: unsafe methods must also prove they come from our page.
        const unsafe = !['GET', 'HEAD', 'OPTIONS'].includes(req.method);
        if (unsafe && req.headers['x-csrf-token'] !== session.csrfToken) {
          throw new AppError('forbidden', 'missing or wrong X-CSRF-Token header for a signed-in request');
        }
        actor = session.actor;
      }
    }
    req.actor = actor;
    return actor;
  };

  const routes = allRoutes(ctx);
  registerRoutes(app, routes, authenticate, { checkResponses: options.checkResponses === true });
  registerOperations(app, {
    ctx, authenticate, poolStats: options.poolStats,
    metricsPublic: ctx.config.metricsPublic || isLoopbackHost(ctx.config.host),
  });

  // Built on the first request, not at start: converting every route's zod schemas takes most of a second.
  let openapi: ReturnType<typeof buildOpenApi> | undefined;
  app.get('/api/openapi.json', async () => (openapi ??= buildOpenApi(routes, API_VERSION)));
  const require = createRequire(import.meta.url);
  await app.register(fastifyStatic, {
    root: dirname(require.resolve('swagger-ui-dist/package.json')),
    prefix: '/api/docs/assets/',
    decorateReply: false,
  });
  app.get('/api/docs', async (_req, reply) => reply.type('text/html').send(docsPage()));
  app.get('/api/docs/init.js', async (_req, reply) => reply.type('text/javascript').send(DOCS_INIT));
  app.get('/healthz', async () => ({ status: 'ok', version: API_VERSION }));
  await registerWebApp(app);
  return app;
}
