import Fastify from 'fastify';
import { Readable, Writable } from 'node:stream';
import { afterEach, describe, expect, it } from 'vitest';
import { discardAtOnce, injectStream } from './in-process-stream.ts';

const CHUNKS = 20_000;
const chunk = Buffer.alloc(64, 97);
const turn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

async function streamingApp() {
  const app = Fastify();
  app.get('/stream', (_req, reply) => {
    let i = 0;
    return reply.send(new Readable({ read() { this.push(i++ < CHUNKS ? chunk : null); } }));
  });
  await app.ready();
  return app;
}

describe('an answer streamed by the app in this process', () => {
  let app: Awaited<ReturnType<typeof streamingApp>> | undefined;
  afterEach(async () => { await app?.close(); });

  it('is read whole, byte for byte', async () => {
    app = await streamingApp();
    const res = await injectStream(app, '/stream', {});
    expect(res.status).toBe(200);
    let bytes = 0;
    for await (const c of res.body) bytes += (c as Buffer).length;
    expect(bytes).toBe(CHUNKS * chunk.length);
  });

  it('left as light-my-request makes it, queues the chunks the reader has already read (the twin)', async () => {
    app = await streamingApp();
    const res = await app.inject({ method: 'GET', url: '/stream', payloadAsStream: true });
    for await (const c of res.stream()) expect((c as Buffer).length).toBeGreaterThan(0);
    await turn(); await turn();
    // One chunk leaves the queue per turn of the event loop: the whole answer is still queued after the read.
    expect(res.raw.res.socket?.writableLength ?? 0).toBeGreaterThan(CHUNKS * chunk.length / 2);
  });

  it('with its socket made to discard at once, queues nothing', async () => {
    app = await streamingApp();
    const res = await app.inject({ method: 'GET', url: '/stream', payloadAsStream: true });
    discardAtOnce(res.raw.res.socket);
    for await (const c of res.stream()) expect((c as Buffer).length).toBeGreaterThan(0);
    await turn(); await turn();
    // The write pending when the socket was changed finishes on the next turn, and the queue behind it at once.
    expect(res.raw.res.socket?.writableLength).toBe(0);
  });

  it('discards what is written to such a socket, and leaves no socket alone', () => {
    const seen: Buffer[] = [];
    const socket = new Writable({ write(c: Buffer, _e, done) { seen.push(c); setImmediate(done); } });
    discardAtOnce(socket);
    for (let i = 0; i < 1000; i++) socket.write(chunk);
    expect(socket.writableLength).toBe(0);
    expect(seen).toHaveLength(0);
    expect(() => discardAtOnce(null)).not.toThrow();
  });
});
