/**
 * Serves the browser app from `web/dist`: hashed assets as files, and `index.html` for
 * any other GET that accepts HTML and is not under `/api/` (the app routes in the
 * browser). Without a build, `/` explains how to make one.
 */
import { existsSync, statSync } from 'node:fs';
import { dirname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { AppError } from '../domain/errors.ts';

/** Where `npm run build:web` writes the app. */
export const WEB_DIST = resolve(dirname(fileURLToPath(import.meta.url)), '../../web/dist');

export type WebAppOptions = {
  /** The built app (default: web/dist of this checkout). */
  distDir?: string;
};

// The app needs nothing from other origins; inline scripts are never used.
const HTML_HEADERS = {
  'content-security-policy': "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; connect-src 'self'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'",
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'same-origin',
  'cache-control': 'no-cache',
};

const NOT_BUILT = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Debrief</title>
<meta name="viewport" content="width=device-width, initial-scale=1"></head>
<body>
<h1>Debrief is running</h1>
<p>The web app has not been built in this checkout. Build it, then reload this page:</p>
<pre>npm run build:web</pre>
<p>(<code>npm start</code> builds it by itself when it is missing or older than <code>web/src</code>.)
The API is available now: <a href="/api/docs">API docs</a>.</p></body></html>`;

function acceptsHtml(req: FastifyRequest): boolean {
  const accept = req.headers.accept ?? '';
  return accept === '' || accept.includes('text/html') || accept.includes('*/*');
}

/** A file under `root` for the URL path, or null (no traversal outside the root). */
function fileFor(root: string, urlPath: string): string | null {
  let rel: string;
  try {
    rel = decodeURIComponent(urlPath).replace(/^\/+/, '');
  } catch {
    return null;
  }
  if (!rel || rel.includes('\0')) return null;
  const full = resolve(root, rel);
  if (!full.startsWith(root + sep)) return null;
  try {
    return statSync(full).isFile() ? full.slice(root.length + 1) : null;
  } catch {
    return null;
  }
}

/** Registers the web app routes (GET/HEAD `/*`); unknown `/api/` paths stay problem+json 404s. */
export async function registerWebApp(app: FastifyInstance, options: WebAppOptions = {}): Promise<void> {
  const root = options.distDir ?? WEB_DIST;
  const built = existsSync(join(root, 'index.html'));
  if (built) await app.register(fastifyStatic, { root, serve: false, decorateReply: true, index: false });

  app.get('/*', async (req: FastifyRequest, reply: FastifyReply) => {
    const path = req.url.split('?')[0] ?? '/';
    const notFound = new AppError('not_found', `no route ${req.method} ${path}`);
    if (path === '/api' || path.startsWith('/api/')) throw notFound;
    if (!built) {
      if (!acceptsHtml(req)) throw notFound;
      return reply.status(path === '/' ? 200 : 404).headers(HTML_HEADERS).type('text/html; charset=utf-8').send(NOT_BUILT);
    }
    const file = fileFor(root, path);
    if (file) {
      // Vite names assets by content hash: they never change under the same name.
      const cache = file.startsWith('assets/') ? 'public, max-age=31536000, immutable' : 'no-cache';
      return reply.header('cache-control', cache).header('x-content-type-options', 'nosniff').sendFile(file, { cacheControl: false });
    }
    if (!acceptsHtml(req) || /\.[a-z0-9]{1,8}$/i.test(path)) throw notFound;
    return reply.headers(HTML_HEADERS).type('text/html; charset=utf-8').sendFile('index.html', { cacheControl: false });
  });
}
