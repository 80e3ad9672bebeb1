/**
 * Group commit for the inbox, one per database handle: deliveries arriving together are
 * stored in one INSERT, and each request is answered only once its row is stored.
 * Processing is the inbox worker's (src/jobs/inbox-worker.ts): it lets waiting writes
 * go first (`yieldToWrites`), so answering senders comes before filing their alerts.
 */
import type { Db } from '../../store/database.ts';
import { insertInboxBatch, type InboxRow, type NewInboxRow } from '../../store/repositories/inbox.repository.ts';
import { existingInboxWorker } from '../../jobs/inbox-worker.ts';

/** Longest time the worker lets storing go first before processing. */
const WRITE_PRIORITY_MS = 50;

type Waiter = { row: NewInboxRow; resolve: (stored: InboxRow | null) => void; reject: (e: unknown) => void };

/** Stores deliveries with group commit. */
export class InboxStore {
  private pendingWrites: Waiter[] = [];
  private flushScheduled = false;
  private flushing: Promise<void> | null = null;

  constructor(private readonly db: Db) {}

  /** Stores one delivery (batched with any others arriving in the same tick); null when (source, key) was already stored. */
  store(row: NewInboxRow): Promise<InboxRow | null> {
    return new Promise((resolve, reject) => {
      this.pendingWrites.push({ row, resolve, reject });
      if (!this.flushScheduled) {
        this.flushScheduled = true;
        setImmediate(() => {
          this.flushing = this.flush().finally(() => { this.flushing = null; });
        });
      }
    });
  }

  private async flush(): Promise<void> {
    const batch = this.pendingWrites;
    this.pendingWrites = [];
    this.flushScheduled = false;
    // The same delivery twice in one batch: the first one stands for both.
    const seen = new Set<string>();
    const unique = batch.filter((w) => {
      const k = `${w.row.source}\u0000${w.row.deliveryKey}`;
      if (seen.has(k)) return false;
      seen.add(k);
      return true;
    });
    try {
      const stored = await insertInboxBatch(this.db, unique.map((w) => w.row));
      const byId = new Map(stored.map((r) => [r.id, r]));
      for (const w of batch) w.resolve(byId.get(w.row.id) ?? null);
    } catch (e) {
      for (const w of batch) w.reject(e);
    }
  }

  /**
   * Storing comes first: senders wait for it, nobody waits for processing. Lets waiting
   * writes go ahead, but never for more than WRITE_PRIORITY_MS, so the worker always moves on.
   */
  async yieldToWrites(): Promise<void> {
    const deadline = Date.now() + WRITE_PRIORITY_MS;
    while ((this.flushScheduled || this.flushing) && Date.now() < deadline) {
      await (this.flushing ?? new Promise<void>((r) => setImmediate(r)));
      await new Promise<void>((r) => setImmediate(r));
    }
  }
}

const stores = new WeakMap<Db, InboxStore>();

/** The group-commit store of a database handle, created on first use. */
export function inboxStore(db: Db): InboxStore {
  let s = stores.get(db);
  if (!s) {
    s = new InboxStore(db);
    stores.set(db, s);
  }
  return s;
}

/** Waits until the inbox worker of this database has processed what it can now (tests and benchmarks). */
export async function drainInbox(db: Db): Promise<void> {
  await existingInboxWorker(db)?.drain();
}
