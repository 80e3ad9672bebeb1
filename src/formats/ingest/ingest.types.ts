import type { IngestResult } from '../../domain/timeline/event.types.ts';

/** What the transport knows about one delivery (HTTP headers, delivery id). */
export type AdapterContext = {
  /** Request headers; names are matched case-insensitively. */
  headers?: Record<string, string>;
  /** Delivery id from the transport (X-GitHub-Delivery…), preferred as idempotency key where the source has one. */
  deliveryId?: string;
};

/** A pure adapter: one source's payload in, timeline events and incident hints out. */
export type IngestAdapter = (payload: unknown, ctx: AdapterContext) => IngestResult;
