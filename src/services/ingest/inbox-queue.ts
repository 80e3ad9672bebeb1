/**
 * Group commit for the inbox, one per database handle: deliveries arriving together are
 * stored in one INSERT that also queues each one's `ingest.process` job, and each request
 * is answered only once its row (and job) is stored. Then the database's job runner is
 * woken. Answering senders comes first: the runner paces itself on `pace()`, which lets a
 * burst of deliveries pause and waiting writes go first before it claims.
 */
import type { Db } from '../../store/database.ts';
import { insertInboxBatch, type InboxRow, type NewInboxRow } from '../../store/repositories/inbox.repository.ts';
import { jobRunnerOf } from '../../jobs/runner-registry.ts';
import { INGEST_JOB_SPEC } from './inbox.job.ts';

/** How storing goes before filing: bounds of the wait while a burst arrives, and of the turn given to waiting writes. */
export type InboxPacing = {
  /** A burst is over when no delivery arrived for this long… */
  idleMs: number;
  /** …but filing is never deferred longer than this… */
  maxDeferMs: number;
  /** …nor while this many deliveries arrived since the runner last claimed. */
  maxBacklog: number;
  /** Longest time the runner lets storing go first before it claims. */
  writePriorityMs: number;
};

export const DEFAULT_PACING: InboxPacing = { idleMs: 40, maxDeferMs: 3000, maxBacklog: 2000, writePriorityMs: 50 };

type Waiter = { row: NewInboxRow; resolve: (stored: InboxRow | null) => void; reject: (e: unknown) => void };

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/** Stores deliveries with group commit. */
export class InboxStore {
  private pendingWrites: Waiter[] = [];
  private flushScheduled = false;
  private flushing: Promise<void> | null = null;
  private arrived = 0;
  private lastArrival = 0;

  constructor(private readonly db: Db, private readonly o: InboxPacing = DEFAULT_PACING) {}

  /** Stores one delivery and its job (batched with any others arriving in the same tick); null when (source, key) was already stored. */
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
      const stored = await insertInboxBatch(this.db, unique.map((w) => w.row), INGEST_JOB_SPEC);
      const byId = new Map(stored.map((r) => [r.id, r]));
      for (const w of batch) w.resolve(byId.get(w.row.id) ?? null);
      // A burst lasts while senders, answered, send more: it is timed from the answers.
      this.arrived += batch.length;
      this.lastArrival = Date.now();
      if (stored.some((r) => r.status === 'pending')) jobRunnerOf(this.db)?.kick();
    } catch (e) {
      for (const w of batch) w.reject(e);
    }
  }

  /**
   * Awaited by the job runner before each claim: while deliveries keep arriving, waits for
   * a pause (bounded by maxDeferMs and maxBacklog), then lets waiting writes go ahead for at
   * most writePriorityMs, so the runner always moves on.
   */
  async pace(): Promise<void> {
    const since = Date.now();
    while (this.arrived > 0 && this.arrived < this.o.maxBacklog
      && Date.now() - this.lastArrival < this.o.idleMs && Date.now() - since < this.o.maxDeferMs) {
      await sleep(this.o.idleMs);
    }
    this.arrived = 0;
    const deadline = Date.now() + this.o.writePriorityMs;
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

/** Waits until the job runner of this database has filed what it can now (tests and benchmarks). */
export async function drainInbox(db: Db): Promise<void> {
  await jobRunnerOf(db)?.settle();
}
