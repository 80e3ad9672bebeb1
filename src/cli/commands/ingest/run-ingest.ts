import { AppError, isAppError } from '../../../domain/errors.ts';
import type { IngestedEvent, IngestResult } from '../../../domain/timeline/event.types.ts';
import { compareInstants, instantKey } from '../../../domain/timeline/instant.ts';
import type { AdapterEntry } from '../../../formats/ingest/registry.ts';
import type { AdapterContext } from '../../../formats/ingest/ingest.types.ts';
import type { LoadedPayload } from './load-input.ts';

export type RunOptions = {
  ctx: AdapterContext;
  /** Keep events at or after this ISO instant (events without a time are kept). */
  from?: string;
  /** Keep events at or before this ISO instant. */
  to?: string;
};

function inRange(e: IngestedEvent, from: string | undefined, to: string | undefined): boolean {
  if (e.at === null) return true;
  const k = instantKey(e.at);
  if (k === null) return true;
  const f = from === undefined ? null : instantKey(from);
  const t = to === undefined ? null : instantKey(to);
  return (f === null || compareInstants(k, f) >= 0) && (t === null || compareInstants(k, t) <= 0);
}

/**
 * Runs one adapter over every loaded payload, folds redeliveries (same idempotency
 * key), keeps the --from/--to window and sorts by time (stable, unknown times last).
 */
export function runIngest(entry: AdapterEntry, payloads: LoadedPayload[], opts: RunOptions): IngestResult {
  const out: IngestResult = { events: [], hints: [], warnings: [] };
  const seen = new Set<string>();
  let redelivered = 0;
  for (const { payload, label } of payloads) {
    let result: IngestResult;
    try {
      result = entry.adapter(payload, opts.ctx);
    } catch (e) {
      if (isAppError(e) && payloads.length > 1) throw new AppError(e.code, `${label}: ${e.message}`, e.details);
      throw e;
    }
    for (const ev of result.events) {
      if (seen.has(ev.idempotencyKey)) {
        redelivered++;
        continue;
      }
      seen.add(ev.idempotencyKey);
      out.events.push(ev);
    }
    out.hints.push(...result.hints);
    out.warnings.push(...result.warnings.map((w) => (payloads.length > 1 ? { ...w, message: `${label}: ${w.message}` } : w)));
  }
  if (redelivered > 0) out.warnings.push({ message: `${redelivered} redelivered event(s) folded (same idempotency key)` });
  const before = out.events.length;
  out.events = out.events.filter((e) => inRange(e, opts.from, opts.to));
  if (out.events.length < before) out.warnings.push({ message: `${before - out.events.length} event(s) outside --from/--to left out` });
  const keyed = out.events.map((e, i) => ({ e, i, k: e.at === null ? null : instantKey(e.at) }));
  keyed.sort((a, b) => {
    if (a.k === null || b.k === null) return a.k === b.k ? a.i - b.i : a.k === null ? 1 : -1;
    return compareInstants(a.k, b.k) || a.i - b.i;
  });
  out.events = keyed.map((x) => x.e);
  return out;
}
