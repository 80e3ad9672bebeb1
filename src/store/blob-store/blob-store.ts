/**
 * Where evidence bytes live: content-addressed by SHA-256, so the same bytes are kept
 * once whoever adds them and however often. Uploads are streamed (hashed and counted
 * on the way, never held whole in memory); a blob is never changed once stored.
 */
import { createHash } from 'node:crypto';
import { Transform, type Readable, type TransformCallback, type Writable } from 'node:stream';

export type PutLimit = {
  /** Most bytes accepted. */
  bytes: number;
  /** The error thrown when the stream carries more. */
  tooLarge: () => Error;
};

export type PutResult = {
  sha256: string;
  size: number;
  /** The first bytes (up to 8 KiB), for sniffing the content type. */
  head: Buffer;
  /** False when the same bytes were stored already (nothing new written). */
  created: boolean;
};

export type BlobStore = {
  /** Where the bytes go, for logs and `debrief evidence verify` (no secrets). */
  readonly description: string;
  /** Stores a stream; the hash is computed while it is written. */
  put(source: Readable, limit: PutLimit): Promise<PutResult>;
  /** A stream of the stored bytes, or null when there is no blob with that hash. */
  open(sha256: string): Promise<Readable | null>;
  /** Removes a blob (only when no live item holds it any more). */
  remove(sha256: string): Promise<void>;
};

export const SHA256_HEX = /^[0-9a-f]{64}$/;
const HEAD_BYTES = 8192;

/** A pass-through that hashes, counts, keeps the head and stops past the limit. */
export class HashingCounter extends Transform {
  private readonly hash = createHash('sha256');
  private readonly headParts: Buffer[] = [];
  private headLength = 0;
  size = 0;

  constructor(private readonly limit: PutLimit) {
    super();
  }

  override _transform(chunk: Buffer, _enc: BufferEncoding, done: TransformCallback): void {
    this.size += chunk.length;
    if (this.size > this.limit.bytes) return done(this.limit.tooLarge());
    this.hash.update(chunk);
    if (this.headLength < HEAD_BYTES) {
      const part = chunk.subarray(0, HEAD_BYTES - this.headLength);
      this.headParts.push(Buffer.from(part));
      this.headLength += part.length;
    }
    done(null, chunk);
  }

  digest(): string {
    return this.hash.digest('hex');
  }

  head(): Buffer {
    return Buffer.concat(this.headParts);
  }
}

/** Reads a whole stream only to hash it (bytes are not kept). */
export async function hashStream(stream: Readable): Promise<{ sha256: string; size: number }> {
  const hash = createHash('sha256');
  let size = 0;
  for await (const chunk of stream) {
    const b = chunk as Buffer;
    size += b.length;
    hash.update(b);
  }
  return { sha256: hash.digest('hex'), size };
}

/**
 * Pipes `source` into `into` without ever destroying the source: when `into` fails (the
 * limit is reached) the source is only unpiped, so an HTTP server can still answer (413)
 * on the connection instead of resetting it. A failing source fails `into`.
 */
export function feed(source: Readable, into: Writable): void {
  const onError = (e: Error): void => { into.destroy(e); };
  source.on('error', onError);
  into.once('close', () => {
    source.off('error', onError);
    source.unpipe(into);
  });
  source.pipe(into);
}
