/**
 * A GET answered as a stream by the app in this process (`app.inject` with `payloadAsStream`), for `debrief backup`
 * with no server (issue 18, session 38). light-my-request gives the response a socket that discards what is written,
 * but only one chunk per turn of the event loop (`setImmediate`), while the answer's stream goes on at the reader's
 * pace: every chunk queued behind it, held in memory, and Node's Writable moved the queue along with an array splice
 * every 256 chunks. For the 100k backup the file was complete after 7 minutes and the process spent 10 more draining
 * a socket nobody reads. The socket here discards each chunk as it is written.
 */
import type { Writable } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import type { ApiStream } from './api-client.ts';

/** Makes a discarding socket finish each write at once (nothing queued behind it). */
export function discardAtOnce(socket: Writable | null | undefined): void {
  if (!socket) return;
  socket._write = (_chunk: unknown, _encoding: BufferEncoding, done: (error?: Error | null) => void): void => done();
}

/** Streams a GET's answer from the app in this process. */
export async function injectStream(app: FastifyInstance, path: string, headers: Record<string, string>): Promise<ApiStream> {
  const res = await app.inject({ method: 'GET', url: path, headers, payloadAsStream: true });
  discardAtOnce(res.raw.res.socket);
  return { status: res.statusCode, headers: res.headers as Record<string, string>, body: res.stream() };
}
