/**
 * How the CLI reaches Debrief's API: over HTTP to a running server (the one holding
 * the data directory, via the local token in its lock file, or DEBRIEF_URL with
 * DEBRIEF_TOKEN), or in-process on the data directory when no server holds it.
 * Either way the same routes, services and access checks run.
 */
import { randomBytes } from 'node:crypto';
import { get as httpGet, type IncomingMessage } from 'node:http';
import { get as httpsGet } from 'node:https';
import { Readable } from 'node:stream';
import type { z } from 'zod';
import { loadConfig, type AppConfig } from '../config/config.ts';
import { readLock, isLockAlive } from '../store/data-dir-lock.ts';
import { CliError } from './cli-error.ts';
import { injectStream } from './in-process-stream.ts';

export type ApiResponse = { status: number; body: unknown; text: string; headers: Record<string, string> };
/** An answer read as it arrives (a backup): its status first, then its bytes. */
export type ApiStream = { status: number; headers: Record<string, string>; body: Readable };
export type ApiClient = {
  /** Where requests go, for messages. */
  target: string;
  request(method: string, path: string, body?: unknown, opts?: { contentType?: string; headers?: Record<string, string> }): Promise<ApiResponse>;
  /** A GET whose answer is read as a stream, never held whole. */
  stream(path: string): Promise<ApiStream>;
};

/** Reads a streamed answer whole (an error's problem details) as an ApiResponse. */
export async function streamToResponse(res: ApiStream): Promise<ApiResponse> {
  const chunks: Buffer[] = [];
  for await (const c of res.body as AsyncIterable<Buffer>) chunks.push(Buffer.from(c));
  const text = Buffer.concat(chunks).toString('utf8');
  return { status: res.status, body: parseJsonOrNull(text), text, headers: res.headers };
}

export type ClientOptions = { server?: string; token?: string; config?: string };

function problemMessage(res: ApiResponse): string {
  const p = res.body as { detail?: string; title?: string; errors?: { path: string; message: string }[] } | null;
  const lines = [p?.detail ?? p?.title ?? `HTTP ${res.status}`];
  for (const e of p?.errors ?? []) lines.push(`  - ${e.path}: ${e.message}`);
  return lines.join('\n');
}

/** Throws a CliError carrying the problem's detail when the answer is not 2xx. */
export function ensureOk(res: ApiResponse): ApiResponse {
  if (res.status >= 200 && res.status < 300) return res;
  throw new CliError(problemMessage(res), 1);
}

/**
 * A 2xx answer's body read through the route's own response schema (the one contract the server
 * declares), so a command never prints fields it only assumed: an answer that does not match (a
 * server of another version) is a clear error naming the fields, not `undefined` in the output.
 */
export function readAnswer<T>(res: ApiResponse, schema: z.ZodType<T>): T {
  ensureOk(res);
  const parsed = schema.safeParse(res.body);
  if (parsed.success) return parsed.data;
  const where = parsed.error.issues.slice(0, 3).map((i) => `${i.path.join('.') || 'the body'}: ${i.message}`).join('; ');
  throw new CliError(`the server answered something this debrief does not understand (${where}); is it running another version of Debrief?`, 1);
}

function parseJsonOrNull(text: string): unknown {
  try {
    return text ? JSON.parse(text) : null;
  } catch {
    return null;
  }
}

function encodeBody(body: unknown, contentType?: string): string | Buffer | Readable | undefined {
  if (body === undefined) return undefined;
  if (typeof body === 'string' || Buffer.isBuffer(body) || body instanceof Readable) return body;
  void contentType;
  return JSON.stringify(body);
}

function httpClient(base: string, token: string | undefined): ApiClient {
  return {
    target: base,
    async request(method, path, body, opts) {
      const headers: Record<string, string> = { accept: 'application/json', ...opts?.headers };
      if (token) headers['authorization'] = `Bearer ${token}`;
      if (body !== undefined) headers['content-type'] = opts?.contentType ?? 'application/json';
      let res: Response;
      try {
        const payload = encodeBody(body, opts?.contentType);
        // A stream (an evidence upload) is sent as it is read, never held whole.
        res = payload instanceof Readable
          ? await fetch(new URL(path, base), { method, headers, body: Readable.toWeb(payload) as ReadableStream<Uint8Array>, duplex: 'half' } as RequestInit)
          : await fetch(new URL(path, base), { method, headers, body: typeof payload === "string" || payload === undefined ? (payload ?? null) : new Uint8Array(payload) });
      } catch (e) {
        throw new CliError(`cannot reach the Debrief server at ${base}: ${(e as Error).message}`);
      }
      const text = await res.text();
      return { status: res.status, body: parseJsonOrNull(text), text, headers: Object.fromEntries(res.headers.entries()) };
    },
    async stream(path) {
      const headers: Record<string, string> = { accept: '*/*' };
      if (token) headers['authorization'] = `Bearer ${token}`;
      // node:http, not fetch: undici's fetch body of a large answer (a backup of 100,000 incidents, hundreds of MB)
      // costs CPU that grows with what is buffered (Readable fromList), 2 minutes of CPU for the first 15 MB here.
      const url = new URL(path, base);
      const get = url.protocol === 'https:' ? httpsGet : httpGet;
      let res: IncomingMessage;
      try {
        res = await new Promise<IncomingMessage>((resolve, reject) => { get(url, { headers }, resolve).on('error', reject); });
      } catch (e) {
        throw new CliError(`cannot reach the Debrief server at ${base}: ${(e as Error).message}`);
      }
      const flat = Object.fromEntries(Object.entries(res.headers).flatMap(([k, v]) => (v === undefined ? [] : [[k, Array.isArray(v) ? v.join(', ') : v]])));
      return { status: res.statusCode ?? 0, headers: flat, body: res };
    },
  };
}

/** Runs `fn` with a client on the right target, closing any in-process database after. */
export async function withApi<T>(opts: ClientOptions, fn: (api: ApiClient, config: AppConfig) => Promise<T>): Promise<T> {
  const config = loadConfig({ file: opts.config });
  const server = opts.server ?? process.env['DEBRIEF_URL'];
  if (server) return fn(httpClient(server, opts.token ?? process.env['DEBRIEF_TOKEN']), config);
  if (!config.databaseUrl) {
    const lock = readLock(config.dataDir);
    if (lock && isLockAlive(lock)) {
      // A token given (--token or DEBRIEF_TOKEN) acts as its own person; the local secret only stands in when none is.
      if (lock.url && lock.localToken) return fn(httpClient(lock.url, opts.token ?? process.env['DEBRIEF_TOKEN'] ?? lock.localToken), config);
      throw new CliError(`the data directory ${config.dataDir} is in use by process ${lock.pid} (${lock.command}); wait for it to finish`);
    }
  }
  // The database driver and the server load only for in-process use, never to talk to a running server.
  const [{ openDatabase }, { buildApp }] = await Promise.all([import('../store/database.ts'), import('../server/app.ts')]);
  const database = await openDatabase({ dataDir: config.dataDir, databaseUrl: config.databaseUrl, command: `debrief ${process.argv.slice(2, 4).join(' ')}` });
  const localToken = `dbl_${randomBytes(24).toString('base64url')}`;
  const app = await buildApp({ ctx: { db: database.db, config, now: () => new Date() }, localToken });
  try {
    const client: ApiClient = {
      target: config.databaseUrl ? 'PostgreSQL (in-process)' : `${config.dataDir} (in-process)`,
      async request(method, path, body, o) {
        const headers: Record<string, string> = { authorization: `Bearer ${opts.token ?? process.env['DEBRIEF_TOKEN'] ?? localToken}`, ...o?.headers };
        if (body !== undefined) headers['content-type'] = o?.contentType ?? 'application/json';
        const res = await app.inject({ method: method as 'GET', url: path, headers, payload: encodeBody(body, o?.contentType) });
        return { status: res.statusCode, body: parseJsonOrNull(res.body), text: res.body, headers: res.headers as Record<string, string> };
      },
      async stream(path) {
        const headers: Record<string, string> = { authorization: `Bearer ${opts.token ?? process.env['DEBRIEF_TOKEN'] ?? localToken}` };
        return injectStream(app, path, headers);
      },
    };
    return await fn(client, config);
  } finally {
    await app.close();
    await database.close();
  }
}
