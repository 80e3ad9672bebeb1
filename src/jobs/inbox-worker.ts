/**
 * The inbox worker: processes the deliveries the database holds as `pending`, oldest
 * first, in batches. The database is the queue, so nothing acknowledged depends on this
 * process's memory: at start-up and on a timer it takes whatever a stopped (or killed)
 * server left, and two servers on one database share the work (each delivery is claimed
 * by one of them). A delivery stored here wakes it at once; while a burst is arriving it
 * lets the burst pause first (answering senders comes first), never for longer than
 * `maxDeferMs` nor while `maxBacklog` deliveries wait.
 */

/** Called with the outcome of one delivery (null when it was not processed in time). */
type Listener<T> = (outcome: T | null) => void;

export type InboxWorkerDeps<R, T> = {
  /** The oldest pending deliveries, at most `limit`. */
  listPending(limit: number): Promise<R[]>;
  /** Processes them; the map holds the outcome of each one processed (others stay pending). */
  process(rows: R[]): Promise<Map<string, T>>;
  /** Storing comes first: resolves once writes waiting now have had their turn. */
  yieldToWrites?(): Promise<void>;
  /** The recorded outcome of a delivery (for a waiter whose delivery another server processed), null while pending. */
  outcomeOf?(id: string): Promise<T | null>;
};

export type InboxWorkerOptions = {
  /** Deliveries taken per batch. */
  batch: number;
  /** A burst is over when no delivery arrived for this long… */
  idleMs: number;
  /** …but processing is never deferred longer than this… */
  maxDeferMs: number;
  /** …nor while this many deliveries arrived since the last batch. */
  maxBacklog: number;
  /** How often the worker looks for pending deliveries without being woken (recovery). */
  intervalMs: number;
};

export const DEFAULT_WORKER_OPTIONS: InboxWorkerOptions = { batch: 500, idleMs: 40, maxDeferMs: 3000, maxBacklog: 2000, intervalMs: 2000 };

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

export class InboxWorker<R, T> {
  private running: Promise<void> | null = null;
  private again = false;
  private arrived = 0;
  private lastArrival = 0;
  private timer: NodeJS.Timeout | null = null;
  private stopping = false;
  private readonly listeners = new Map<string, Listener<T>[]>();
  private readonly o: InboxWorkerOptions;

  constructor(private readonly deps: InboxWorkerDeps<R, T>, options: Partial<InboxWorkerOptions> = {}) {
    this.o = { ...DEFAULT_WORKER_OPTIONS, ...options };
  }

  /** Recovers at once what is pending, then looks again every `intervalMs`. */
  start(): void {
    if (this.timer !== null || this.stopping) return;
    this.timer = setInterval(() => this.kick(), this.o.intervalMs);
    this.timer.unref();
    this.kick();
  }

  /** True once `start` ran (the timer is on). */
  get started(): boolean {
    return this.timer !== null;
  }

  /** A delivery was stored: process it soon. */
  notify(): void {
    this.arrived++;
    this.lastArrival = Date.now();
    this.kick();
  }

  /** Runs the worker now unless it is running (then it runs once more after). */
  kick(): void {
    if (this.stopping) return;
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = this.loop().finally(() => {
      this.running = null;
      if (this.again) this.kick();
    });
  }

  /** Resolves with the outcome once `id` has been processed, or after `ms` with what is recorded then (null while pending). */
  waitFor(id: string, ms: number): Promise<T | null> {
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.off(id, done);
        if (!this.deps.outcomeOf) return resolve(null);
        this.deps.outcomeOf(id).then(resolve, () => resolve(null));
      }, ms);
      const done: Listener<T> = (outcome) => { clearTimeout(timer); resolve(outcome); };
      this.listeners.set(id, [...(this.listeners.get(id) ?? []), done]);
    });
  }

  /** Resolves once nothing pending is left that this worker can process now (tests, benchmarks). */
  async drain(): Promise<void> {
    this.kick();
    while (this.running) await this.running;
  }

  /** Stops the timer and waits for the batch in hand; what is left stays pending for the next start. */
  async stop(): Promise<void> {
    this.stopping = true;
    if (this.timer !== null) clearInterval(this.timer);
    this.timer = null;
    while (this.running) await this.running;
    for (const ls of this.listeners.values()) for (const l of ls) l(null);
    this.listeners.clear();
  }

  private off(id: string, l: Listener<T>): void {
    const rest = (this.listeners.get(id) ?? []).filter((x) => x !== l);
    if (rest.length === 0) this.listeners.delete(id);
    else this.listeners.set(id, rest);
  }

  private async loop(): Promise<void> {
    for (;;) {
      this.again = false;
      await this.letBurstPass();
      await this.deps.yieldToWrites?.();
      this.arrived = 0;
      let rows: R[];
      try {
        rows = await this.deps.listPending(this.o.batch);
      } catch {
        return; // The database is away: the timer comes back.
      }
      if (rows.length === 0 || this.stopping) return;
      let outcomes = new Map<string, T>();
      try {
        outcomes = await this.deps.process(rows);
      } catch {
        // Outcomes are recorded on the rows; whatever is left pending the next run takes.
      }
      for (const [id, outcome] of outcomes) {
        for (const l of this.listeners.get(id) ?? []) l(outcome);
        this.listeners.delete(id);
      }
      // Nothing was ours to do now (held by another server, or failing transiently): the timer comes back.
      if (outcomes.size === 0 || this.stopping) return;
    }
  }

  /** While deliveries keep arriving, waits for a pause (bounded by maxDeferMs and maxBacklog). */
  private async letBurstPass(): Promise<void> {
    const since = Date.now();
    while (!this.stopping && this.arrived > 0 && this.arrived < this.o.maxBacklog
      && Date.now() - this.lastArrival < this.o.idleMs && Date.now() - since < this.o.maxDeferMs) {
      await sleep(this.o.idleMs);
    }
  }
}

const workers = new WeakMap<object, InboxWorker<unknown, unknown>>();

/** The worker of a database handle, created on first use. */
export function inboxWorkerOf<R, T>(db: object, create: () => InboxWorker<R, T>): InboxWorker<R, T> {
  let w = workers.get(db) as InboxWorker<R, T> | undefined;
  if (!w) {
    w = create();
    workers.set(db, w as InboxWorker<unknown, unknown>);
  }
  return w;
}

/** The worker of a database handle if there is one. */
export function existingInboxWorker(db: object): InboxWorker<unknown, unknown> | undefined {
  return workers.get(db);
}

/** Stops the worker of a database handle and forgets it (a later delivery starts a fresh one). */
export async function stopInboxWorker(db: object): Promise<void> {
  const w = workers.get(db);
  if (!w) return;
  workers.delete(db);
  await w.stop();
}
