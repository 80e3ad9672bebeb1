/**
 * The filesystem blob store: `<root>/sha256/ab/cdef…` (the first two hex digits as a folder).
 * A stream is written to `<root>/tmp/` while it is hashed, then renamed into place; when
 * the blob is there already the temporary file is dropped. Stored files are read-only.
 */
import { createWriteStream } from 'node:fs';
import { chmod, mkdir, open as openFile, readdir, rename, rm, stat } from 'node:fs/promises';
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { feed, HashingCounter, SHA256_HEX, type BlobStore, type PutLimit, type PutResult } from './blob-store.ts';

export class FileBlobStore implements BlobStore {
  readonly description: string;

  constructor(readonly root: string) {
    this.description = `file://${root}`;
  }

  /** The path of a blob (exported for tests and `debrief evidence verify` messages). */
  pathOf(sha256: string): string {
    if (!SHA256_HEX.test(sha256)) throw new Error(`not a SHA-256: ${sha256}`);
    return join(this.root, 'sha256', sha256.slice(0, 2), sha256.slice(2));
  }

  private swept = false;

  /** Removes temporary files a crashed upload left behind (older than a day: another server may share the folder). */
  private async sweep(tmpDir: string): Promise<void> {
    this.swept = true;
    const dayAgo = Date.now() - 86_400_000;
    for (const name of await readdir(tmpDir).catch(() => [] as string[])) {
      const path = join(tmpDir, name);
      const s = await stat(path).catch(() => null);
      if (s && s.mtimeMs < dayAgo) await rm(path, { force: true });
    }
  }

  async put(source: Readable, limit: PutLimit): Promise<PutResult> {
    const tmpDir = join(this.root, 'tmp');
    await mkdir(tmpDir, { recursive: true, mode: 0o700 });
    if (!this.swept) await this.sweep(tmpDir);
    const tmp = join(tmpDir, `${randomUUID()}.part`);
    const counter = new HashingCounter(limit);
    try {
      feed(source, counter);
      await pipeline(counter, createWriteStream(tmp, { mode: 0o600, flags: 'wx' }));
      const sha256 = counter.digest();
      const target = this.pathOf(sha256);
      const exists = await stat(target).then(() => true, () => false);
      if (exists) {
        await rm(tmp, { force: true });
        return { sha256, size: counter.size, head: counter.head(), created: false };
      }
      await mkdir(join(this.root, 'sha256', sha256.slice(0, 2)), { recursive: true, mode: 0o700 });
      // The bytes reach the disk before the name does (a crash leaves no half blob under a hash).
      const fh = await openFile(tmp, 'r');
      try { await fh.sync(); } finally { await fh.close(); }
      await chmod(tmp, 0o400);
      await rename(tmp, target);
      return { sha256, size: counter.size, head: counter.head(), created: true };
    } catch (e) {
      await rm(tmp, { force: true });
      throw e;
    }
  }

  async open(sha256: string): Promise<Readable | null> {
    const path = this.pathOf(sha256);
    try {
      const fh = await openFile(path, 'r');
      return fh.createReadStream();
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw e;
    }
  }

  async remove(sha256: string): Promise<void> {
    await rm(this.pathOf(sha256), { force: true });
  }
}
