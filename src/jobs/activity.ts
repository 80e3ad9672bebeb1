/**
 * What people are doing with the server right now, for background work to stay out of their
 * way: PGlite has one connection, so a background statement that starts while a request waits
 * makes the request wait for the whole statement. The server notes each request's start and
 * end; background loops ask `whenIdle()` before each small step.
 */

/** Requests in flight and when the last one ended; fed by the server's request hooks. */
export type Activity = {
  /** A request started. */
  started(): void;
  /** A request ended (answered or aborted). */
  ended(): void;
  /**
   * Resolves once no request has been in flight for `quietMs`, or after `maxWaitMs` at the
   * latest (background work is delayed by a busy server, never starved), or when `stopping()` says so.
   */
  whenIdle(opts?: { quietMs?: number; maxWaitMs?: number; stopping?: () => boolean }): Promise<void>;
};

const QUIET_MS = 250;
const MAX_WAIT_MS = 10_000;
const POLL_MS = 50;

/** An activity tracker; `clock` is the monotonic time in milliseconds (tests pass their own). */
export function createActivity(clock: () => number = () => performance.now()): Activity {
  let inFlight = 0;
  // Starting counts as activity: the first moments belong to the readiness probe and the first pages.
  let lastEnd = clock();
  return {
    started() { inFlight++; },
    ended() { inFlight = Math.max(0, inFlight - 1); lastEnd = clock(); },
    async whenIdle({ quietMs = QUIET_MS, maxWaitMs = MAX_WAIT_MS, stopping = () => false } = {}) {
      const deadline = clock() + maxWaitMs;
      while (!stopping() && clock() < deadline && (inFlight > 0 || clock() - lastEnd < quietMs)) {
        await new Promise((r) => setTimeout(r, POLL_MS).unref());
      }
    },
  };
}

/** No tracking: background work runs at once (the CLI in-process, tests). */
export const ALWAYS_IDLE: Activity = { started() {}, ended() {}, async whenIdle() {} };
