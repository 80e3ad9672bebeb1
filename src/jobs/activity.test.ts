import { describe, expect, it } from 'vitest';
import { createActivity } from './activity.ts';

/**
 * Whether a promise settles while its polls run against the fixed fake clock: a few polls' time when it
 * should still wait (not settling is the answer), up to 5 s when it should go ahead (a loaded machine only
 * makes the answer come later, never different).
 */
async function settled(p: Promise<void>, expectDone: boolean): Promise<boolean> {
  let done = false;
  void p.then(() => { done = true; });
  const until = performance.now() + (expectDone ? 5_000 : 150);
  while (!done && performance.now() < until) await new Promise((r) => setTimeout(r, 10));
  return done;
}

describe('background work waits for a quiet server', () => {
  it('waits while a request is in flight and for the quiet time after it, then goes ahead', async () => {
    let now = 0;
    const activity = createActivity(() => now);
    activity.started();
    const idle = activity.whenIdle({ quietMs: 250, maxWaitMs: 60_000 });
    now = 1_000;
    expect(await settled(idle, false)).toBe(false); // the request is still open
    activity.ended();
    now = 1_100;
    expect(await settled(idle, false)).toBe(false); // quiet for 100 ms only
    now = 1_300;
    expect(await settled(idle, true)).toBe(true);
  });

  it('counts the start as activity, so the first step waits for the quiet time after starting', async () => {
    let now = 5_000;
    const activity = createActivity(() => now);
    const idle = activity.whenIdle({ quietMs: 2_000, maxWaitMs: 60_000 });
    expect(await settled(idle, false)).toBe(false);
    now = 7_000;
    expect(await settled(idle, true)).toBe(true);
  });

  it('is never starved: a server busy past the longest wait lets the step run, and stopping ends the wait', async () => {
    let now = 0;
    const busy = createActivity(() => now);
    busy.started();
    const capped = busy.whenIdle({ maxWaitMs: 10_000 });
    expect(await settled(capped, false)).toBe(false);
    now = 10_000;
    expect(await settled(capped, true)).toBe(true);

    let stopping = false;
    const stopped = busy.whenIdle({ maxWaitMs: 60_000, stopping: () => stopping });
    expect(await settled(stopped, false)).toBe(false);
    stopping = true;
    expect(await settled(stopped, true)).toBe(true);
  });
});
