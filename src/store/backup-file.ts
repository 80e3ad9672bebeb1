/**
 * Backup files on disk, streamed both ways: written gzipped (or plain `.jsonl`) into a
 * `.partial` file renamed into place once complete, so a failed backup never leaves a file
 * that looks whole; read back line by line, gzipped or not, without holding the file.
 */
import { once } from 'node:events';
import { createReadStream, createWriteStream, renameSync, rmSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { createGunzip, createGzip } from 'node:zlib';
import { StringDecoder } from 'node:string_decoder';
import type { Readable, Writable } from 'node:stream';
import { AppError } from '../domain/errors.ts';

/** Whether a backup file is written gzipped: `.jsonl` is plain, anything else (`.jsonl.gz`) is gzipped. */
export const gzippedName = (file: string): boolean => file.endsWith('.gz') || !file.endsWith('.jsonl');

/**
 * Writes a backup file from `produce`, which gets a `write` for each chunk (text as UTF-8, or
 * bytes; awaited: backpressure); the file appears under its name, mode 0600, only when `produce` succeeded.
 */
export async function writeBackupFile<T>(file: string, produce: (write: (data: string | Uint8Array) => Promise<void>) => Promise<T>): Promise<T> {
  const partial = `${file}.partial`;
  const fileOut = createWriteStream(partial, { mode: 0o600 });
  const sink: Writable = gzippedName(file) ? createGzip() : fileOut;
  if (sink !== fileOut) sink.pipe(fileOut);
  // Set by the streams' error events (a full disk, a closed file).
  const state: { failed: Error | null } = { failed: null };
  const fail = (e: Error): void => { state.failed ??= e; };
  sink.on('error', fail);
  fileOut.on('error', fail);
  const check = (): void => { if (state.failed) throw state.failed; };
  const write = async (data: string | Uint8Array): Promise<void> => {
    check();
    if (!sink.write(data)) await drainedOrFailed(sink, fileOut);
    check();
  };
  try {
    const result = await produce(write);
    sink.end();
    await once(fileOut, 'close');
    check();
    renameSync(partial, file);
    return result;
  } catch (e) {
    sink.destroy();
    fileOut.destroy();
    rmSync(partial, { force: true });
    throw e;
  }
}

/**
 * Resolves when `sink` drains or either stream fails, removing its listeners either way: an error listener left per
 * wait (`once(fileOut, 'error')` in a race) piled up one per drain, thousands on a large backup.
 */
function drainedOrFailed(sink: Writable, file: Writable): Promise<void> {
  return new Promise((resolve) => {
    const done = (): void => {
      sink.off('drain', done); sink.off('error', done); file.off('error', done);
      resolve();
    };
    sink.on('drain', done); sink.on('error', done); file.on('error', done);
  });
}

/** The lines of a text stream (without their newlines), as they arrive. */
export async function* linesOfStream(stream: Readable | AsyncIterable<Uint8Array | string>): AsyncGenerator<string> {
  const decoder = new StringDecoder('utf8');
  let rest = '';
  for await (const chunk of stream as AsyncIterable<Uint8Array | string>) {
    const parts = (rest + (typeof chunk === 'string' ? chunk : decoder.write(Buffer.from(chunk)))).split('\n');
    rest = parts.pop() ?? '';
    yield* parts;
  }
  rest += decoder.end();
  if (rest !== '') yield rest;
}

/** The lines of a backup file, gzipped or not (by its first bytes); a damaged gzip stream is a clear error. */
export async function* backupFileLines(file: string): AsyncGenerator<string> {
  const handle = await open(file, 'r');
  const magic = Buffer.alloc(2);
  try {
    await handle.read(magic, 0, 2, 0);
  } finally {
    await handle.close();
  }
  const raw = createReadStream(file);
  if (magic[0] !== 0x1f || magic[1] !== 0x8b) {
    yield* linesOfStream(raw);
    return;
  }
  const gunzip = createGunzip();
  raw.on('error', (e) => gunzip.destroy(e));
  raw.pipe(gunzip);
  try {
    yield* linesOfStream(gunzip);
  } catch (e) {
    if (e instanceof AppError) throw e;
    throw new AppError('bad_request', `${file} is damaged: its compressed data ends early or is corrupt (truncated?); nothing was restored`);
  } finally {
    raw.destroy();
    gunzip.destroy();
  }
}
