/** Opens the blob store named by the `evidence.store` setting (default: `evidence/` in the data directory). */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BlobStore } from './blob-store.ts';
import { FileBlobStore } from './file-blob-store.ts';

export type { BlobStore, PutLimit, PutResult } from './blob-store.ts';
export { FileBlobStore } from './file-blob-store.ts';
export { hashStream, SHA256_HEX } from './blob-store.ts';

/** The blob store for a `store` URL (null: the data directory's `evidence/` folder). */
export async function openBlobStore(store: string | null, dataDir: string): Promise<BlobStore> {
  if (store === null) return new FileBlobStore(join(dataDir, 'evidence'));
  if (store.startsWith('file://')) return new FileBlobStore(fileURLToPath(store));
  if (store.startsWith('s3://')) {
    const { S3BlobStore } = await import('./s3-blob-store.ts');
    return S3BlobStore.fromUrl(store);
  }
  throw new Error(`evidence.store must be file:///path or s3://bucket?endpoint=…, not ${store}`);
}
