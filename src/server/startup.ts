/** Helpers of the server's start: its step timings, and the event-loop hold that keeps PGlite's compile off its path. */

/**
 * Keeps one referenced timer until the returned function is called. While PGlite opens, V8 compiles PostgreSQL's
 * WebAssembly on background threads. At a turn of Node's event loop with no referenced handle (a start waiting on
 * promises and file reads, before it listens), Node waits for every background task of V8 to finish, so the start
 * stalled for the whole optimising compile (0.3–1.5 s on two cores) at its first file read after the open. With a
 * referenced handle the loop keeps turning and the compile finishes beside the start.
 */
export function holdEventLoop(): () => void {
  const timer = setInterval(() => { /* only holds the loop */ }, 2 ** 30);
  return () => clearInterval(timer);
}

/** Milliseconds since the process started at each step of the start (logged with "Debrief is listening"). */
export function startupSteps(): { steps: Record<string, number>; mark: (step: string) => void } {
  const steps: Record<string, number> = { entered: Math.round(performance.now()) };
  return { steps, mark: (step) => { steps[step] = Math.round(performance.now()); } };
}
