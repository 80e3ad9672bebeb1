/** The blob store of a configuration, opened once per configuration. */
import type { AppConfig } from '../../config/config.ts';
import { openBlobStore, type BlobStore } from '../../store/blob-store/index.ts';
import type { ServiceContext } from '../context.ts';

const stores = new WeakMap<AppConfig['evidence'], Promise<BlobStore>>();

/** The evidence blob store named by `evidence.store` (default: the data directory's `evidence/`). */
export function evidenceStore(ctx: ServiceContext): Promise<BlobStore> {
  const cfg = ctx.config.evidence;
  let store = stores.get(cfg);
  if (!store) {
    store = openBlobStore(cfg.store, ctx.config.dataDir);
    stores.set(cfg, store);
  }
  return store;
}
