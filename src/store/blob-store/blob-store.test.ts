/**
 * One contract for every blob store, run on the filesystem store and on the S3-compatible
 * store against a real S3-compatible server (s3rver) started here: content addressing
 * (same bytes stored once), streaming with the limit enforced mid-stream, missing blobs,
 * removal, and changed bytes detectable by hashing what is served.
 */
import { createHash } from 'node:crypto';
import { chmod, mkdir, mkdtemp, readdir, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import S3rver from 's3rver';
import { hashStream, FileBlobStore, type BlobStore } from './index.ts';
import { S3BlobStore } from './s3-blob-store.ts';

const sha = (b: Buffer): string => createHash('sha256').update(b).digest('hex');
const limit = (bytes: number) => ({ bytes, tooLarge: () => new Error(`over ${bytes}`) });
const chunks = (b: Buffer, size = 1000): Readable => Readable.from(Array.from({ length: Math.ceil(b.length / size) }, (_, i) => b.subarray(i * size, (i + 1) * size)));

type Backend = { store: BlobStore; corrupt: (sha256: string, bytes: Buffer) => Promise<void>; leftovers: () => Promise<number> };

const backends: [string, () => Promise<Backend & { close: () => Promise<void> }>][] = [
  ['filesystem', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'debrief-blobs-'));
    const store = new FileBlobStore(dir);
    return {
      store,
      corrupt: async (h, bytes) => { const p = store.pathOf(h); await chmod(p, 0o600); await writeFile(p, bytes); },
      leftovers: async () => (await readdir(join(dir, 'tmp')).catch(() => [])).length,
      close: () => rm(dir, { recursive: true, force: true }),
    };
  }],
  ['S3-compatible (s3rver)', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'debrief-s3rver-'));
    const server = new S3rver({ port: 0, address: '127.0.0.1', silent: true, directory: dir, configureBuckets: [{ name: 'evidence' }] });
    const { port } = await server.run();
    const endpoint = `http://127.0.0.1:${port}`;
    const store = S3BlobStore.fromUrl(`s3://evidence/debrief?endpoint=${encodeURIComponent(endpoint)}&region=us-east-1&accessKeyId=S3RVER&secretAccessKey=S3RVER`);
    const raw = new S3Client({ region: 'us-east-1', endpoint, forcePathStyle: true, requestChecksumCalculation: 'WHEN_REQUIRED', credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' } });
    return {
      store,
      corrupt: async (h, bytes) => { await raw.send(new PutObjectCommand({ Bucket: 'evidence', Key: store.keyOf(h), Body: bytes })); },
      leftovers: async () => 0,
      close: async () => { raw.destroy(); await server.close(); await rm(dir, { recursive: true, force: true }); },
    };
  }],
];

describe('filesystem blob store', () => {
  it('sweeps temporary files a crashed upload left over a day ago, and keeps recent ones', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'debrief-blobs-sweep-'));
    try {
      await mkdir(join(dir, 'tmp'), { recursive: true });
      await writeFile(join(dir, 'tmp', 'old.part'), 'x');
      await writeFile(join(dir, 'tmp', 'recent.part'), 'y');
      const old = new Date(Date.now() - 2 * 86_400_000);
      await utimes(join(dir, 'tmp', 'old.part'), old, old);
      await new FileBlobStore(dir).put(chunks(Buffer.from('z')), limit(10));
      expect((await readdir(join(dir, 'tmp'))).sort()).toEqual(['recent.part']);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe.each(backends)('blob store: %s', (_name, open) => {
  let b: Backend & { close: () => Promise<void> };
  beforeAll(async () => { b = await open(); });
  afterAll(async () => { await b.close(); });

  it('stores a stream under its SHA-256 and gives the same bytes back; the same bytes twice are stored once', async () => {
    const bytes = Buffer.from('2026-03-10T14:03:11Z ERROR pool exhausted\n'.repeat(500));
    const first = await b.store.put(chunks(bytes), limit(1 << 20));
    expect(first).toMatchObject({ sha256: sha(bytes), size: bytes.length, created: true });
    expect(first.head.toString()).toBe(bytes.subarray(0, 8192).toString());
    const second = await b.store.put(chunks(bytes, 333), limit(1 << 20));
    expect(second).toMatchObject({ sha256: first.sha256, created: false });
    expect(await hashStream((await b.store.open(first.sha256))!)).toEqual({ sha256: first.sha256, size: bytes.length });
    expect(await b.leftovers()).toBe(0);
  });

  it('stops a stream past the limit with the caller\'s error and keeps nothing of it', async () => {
    const bytes = Buffer.alloc(50_000, 7);
    await expect(b.store.put(chunks(bytes), limit(10_000))).rejects.toThrow('over 10000');
    expect(await b.store.open(sha(bytes))).toBeNull();
    expect(await b.leftovers()).toBe(0);
  });

  it('answers null for a blob it does not have, and removes one', async () => {
    expect(await b.store.open('0'.repeat(64))).toBeNull();
    const bytes = Buffer.from('to be removed');
    const put = await b.store.put(chunks(bytes), limit(1000));
    await b.store.remove(put.sha256);
    expect(await b.store.open(put.sha256)).toBeNull();
  });

  it('serves changed bytes as they are, so hashing what is served catches the change', async () => {
    const bytes = Buffer.from('the real log line\n'.repeat(20));
    const put = await b.store.put(chunks(bytes), limit(1000));
    const tampered = Buffer.from(bytes);
    tampered[3] = 0x21;
    await b.corrupt(put.sha256, tampered);
    expect((await hashStream((await b.store.open(put.sha256))!)).sha256).not.toBe(put.sha256);
  });
});
