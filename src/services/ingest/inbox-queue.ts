/**
 * The two halves of the inbox's throughput, one pair per database handle:
 * - group commit: deliveries arriving together are stored in one INSERT, and each
 *   request is answered only once its row is stored;
 * - a worker that processes stored deliveries in the background, in arrival order and
 *   in batches, once a burst pauses (or at the latest after MAX_DEFER_MS): answering
 *   senders comes first, so a slow incident declaration never holds one past its timeout.
 */
import type { Db } from '../../store/database.ts';
import { insertInboxBatch, listStalePending, type InboxRow, type NewInboxRow } from '../../store/repositories/inbox.repository.ts';

/** Longest time the worker lets storing go first before processing one delivery. */
const WRITE_PRIORITY_MS = 50;

type Waiter = { row: NewInboxRow; resolve: (stored: InboxRow | null) => void; reject: (e: unknown) => void };

/** Called with the outcome of processing one delivery (null when processing threw). */
type Listener<T> = (outcome: T | null) => void;

/** Processes stored deliveries by id, returning each one's outcome. */
export type ProcessFn<T> = (ids: string[]) => Promise<Map<string, T>>;

/** Deliveries processed together at most. */
const BATCH = 500;

/** The worker waits until no delivery arrived for this long (a burst is over)… */
const IDLE_MS = 40;

/** …but never defers processing longer than this, so a steady stream is processed too… */
const MAX_DEFER_MS = 3000;

/** …nor while this many deliveries wait: under sustained load the backlog stays bounded. */
const MAX_BACKLOG = 2000;

/** Stores deliveries with group commit and processes them in the background. */
export class InboxQueue<T> {
  private pendingWrites: Waiter[] = [];
  private flushScheduled = false;
  private flushing: Promise<void> | null = null;
  private readonly queue: string[] = [];
  private running: Promise<void> | null = null;
  private readonly listeners = new Map<string, Listener<T>[]>();
  private lastSweep = 0;
  private lastArrival = 0;

  constructor(private readonly db: Db, private readonly process: ProcessFn<T>) {}

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

  /** Queues a stored delivery for processing and starts the worker if idle. */
  enqueue(id: string): void {
    this.queue.push(id);
    this.lastArrival = Date.now();
    this.running ??= this.work().finally(() => { this.running = null; });
  }

  /** Resolves with the outcome once `id` has been processed, or with null after `ms`. */
  waitFor(id: string, ms: number): Promise<T | null> {
    return new Promise((resolve) => {
      const timer = setTimeout(() => { this.off(id, done); resolve(null); }, ms);
      const done: Listener<T> = (outcome) => { clearTimeout(timer); resolve(outcome); };
      this.listeners.set(id, [...(this.listeners.get(id) ?? []), done]);
    });
  }

  private off(id: string, l: Listener<T>): void {
    const rest = (this.listeners.get(id) ?? []).filter((x) => x !== l);
    if (rest.length === 0) this.listeners.delete(id);
    else this.listeners.set(id, rest);
  }

  /** Resolves when every queued delivery has been processed (tests, shutdown). */
  async drain(): Promise<void> {
    while (this.running) await this.running;
  }

  private async work(): Promise<void> {
    await this.sweep();
    while (this.queue.length > 0) {
      // Answering senders comes first: wait for a burst to pause (or MAX_DEFER_MS), then process it in batches.
      const since = Date.now();
      while (this.queue.length < MAX_BACKLOG && Date.now() - this.lastArrival < IDLE_MS && Date.now() - since < MAX_DEFER_MS) {
        await new Promise((r) => setTimeout(r, IDLE_MS));
      }
      await this.yieldToWrites();
      const ids = this.queue.splice(0, BATCH);
      let outcomes = new Map<string, T>();
      try {
        outcomes = await this.process(ids);
      } catch {
        // Failures are recorded on the rows by `process`; a lost database leaves them pending for the next sweep.
      }
      for (const id of ids) {
        for (const l of this.listeners.get(id) ?? []) l(outcomes.get(id) ?? null);
        this.listeners.delete(id);
      }
    }
  }

  /**
   * Storing comes first: senders wait for it, nobody waits for processing. The worker lets
   * waiting writes go ahead, but never for more than WRITE_PRIORITY_MS, so it always moves on.
   */
  private async yieldToWrites(): Promise<void> {
    const deadline = Date.now() + WRITE_PRIORITY_MS;
    while ((this.flushScheduled || this.flushing) && Date.now() < deadline) {
      await (this.flushing ?? new Promise<void>((r) => setImmediate(r)));
      await new Promise<void>((r) => setImmediate(r));
    }
  }

  /** Picks up deliveries a stopped process left pending (at most once a minute). */
  private async sweep(): Promise<void> {
    const now = Date.now();
    if (now - this.lastSweep < 60_000) return;
    this.lastSweep = now;
    try {
      for (const id of await listStalePending(this.db, new Date(now - 60_000), 100)) if (!this.queue.includes(id)) this.queue.push(id);
    } catch {
      // Recovery is best effort; the retry route covers the rest.
    }
  }
}

const queues = new WeakMap<Db, InboxQueue<unknown>>();

/** The queue of a database handle, created on first use. */
export function inboxQueue<T>(db: Db, process: ProcessFn<T>): InboxQueue<T> {
  let q = queues.get(db) as InboxQueue<T> | undefined;
  if (!q) {
    q = new InboxQueue(db, process);
    queues.set(db, q as InboxQueue<unknown>);
  }
  return q;
}

/** Waits until the background worker of this database is idle (tests and benchmarks). */
export async function drainInbox(db: Db): Promise<void> {
  await queues.get(db)?.drain();
}
