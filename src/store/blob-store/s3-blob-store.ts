/**
 * The S3-compatible blob store (AWS S3, MinIO, Ceph, R2…), configured by URL:
 * `s3://bucket/prefix?endpoint=http://host:9000&region=us-east-1&forcePathStyle=true`.
 * Credentials come from the usual AWS environment variables / profiles, or from
 * `accessKeyId` and `secretAccessKey` in the URL. An upload is spooled to a local
 * temporary file while it is hashed (the key is the hash), then sent with its length;
 * a key that exists already is not sent again.
 */
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { DeleteObjectCommand, GetObjectCommand, HeadObjectCommand, PutObjectCommand, S3Client, S3ServiceException } from '@aws-sdk/client-s3';
import { feed, HashingCounter, SHA256_HEX, type BlobStore, type PutLimit, type PutResult } from './blob-store.ts';

const notFound = (e: unknown): boolean => e instanceof S3ServiceException && (e.name === 'NotFound' || e.name === 'NoSuchKey' || e.$metadata.httpStatusCode === 404);

export class S3BlobStore implements BlobStore {
  readonly description: string;

  constructor(private readonly client: S3Client, private readonly bucket: string, private readonly prefix: string, endpoint: string | null) {
    this.description = `s3://${bucket}/${prefix}${endpoint ? ` at ${endpoint}` : ''}`;
  }

  /** Reads `s3://bucket/prefix?endpoint=…&region=…&forcePathStyle=true&accessKeyId=…&secretAccessKey=…`. */
  static fromUrl(raw: string): S3BlobStore {
    const url = new URL(raw);
    const bucket = url.hostname;
    if (!bucket) throw new Error('evidence.store: s3:// needs a bucket name (s3://bucket/prefix)');
    const q = url.searchParams;
    const endpoint = q.get('endpoint');
    const accessKeyId = q.get('accessKeyId');
    const secretAccessKey = q.get('secretAccessKey');
    const client = new S3Client({
      region: q.get('region') ?? process.env['AWS_REGION'] ?? 'us-east-1',
      ...(endpoint ? { endpoint } : {}),
      forcePathStyle: q.get('forcePathStyle') !== 'false' && endpoint !== null,
      // Plain bodies (no aws-chunked checksum trailers): S3-compatible servers other than AWS do not all read them.
      requestChecksumCalculation: 'WHEN_REQUIRED',
      responseChecksumValidation: 'WHEN_REQUIRED',
      ...(accessKeyId && secretAccessKey ? { credentials: { accessKeyId, secretAccessKey } } : {}),
    });
    const prefix = url.pathname.replace(/^\/+/, '').replace(/\/*$/, '');
    return new S3BlobStore(client, bucket, prefix ? `${prefix}/` : '', endpoint);
  }

  keyOf(sha256: string): string {
    if (!SHA256_HEX.test(sha256)) throw new Error(`not a SHA-256: ${sha256}`);
    return `${this.prefix}sha256/${sha256.slice(0, 2)}/${sha256.slice(2)}`;
  }

  async put(source: Readable, limit: PutLimit): Promise<PutResult> {
    const dir = await mkdtemp(join(tmpdir(), 'debrief-evidence-'));
    const tmp = join(dir, 'upload.part');
    try {
      const counter = new HashingCounter(limit);
      feed(source, counter);
      await pipeline(counter, createWriteStream(tmp, { mode: 0o600 }));
      const sha256 = counter.digest();
      const Key = this.keyOf(sha256);
      const exists = await this.client.send(new HeadObjectCommand({ Bucket: this.bucket, Key })).then(() => true, (e: unknown) => {
        if (notFound(e)) return false;
        throw e;
      });
      if (!exists) {
        await this.client.send(new PutObjectCommand({
          Bucket: this.bucket, Key, Body: createReadStream(tmp), ContentLength: counter.size,
          ContentType: 'application/octet-stream', Metadata: { sha256 },
        }));
      }
      return { sha256, size: counter.size, head: counter.head(), created: !exists };
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }

  async open(sha256: string): Promise<Readable | null> {
    try {
      const out = await this.client.send(new GetObjectCommand({ Bucket: this.bucket, Key: this.keyOf(sha256) }));
      return (out.Body as Readable | undefined) ?? null;
    } catch (e) {
      if (notFound(e)) return null;
      throw e;
    }
  }

  async remove(sha256: string): Promise<void> {
    await this.client.send(new DeleteObjectCommand({ Bucket: this.bucket, Key: this.keyOf(sha256) }));
  }
}
