import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/**
 * The collector, as a function: `--expose-gc` set at run time reaches contexts created after it, so a new context hands
 * `gc` over. Called only before the re-measurements of `growthRatio` (a full collection costs tens of milliseconds in
 * a test worker's heap, too much before every timed run of the suite's thousands).
 */
const collect: () => void = (() => {
  setFlagsFromString('--expose-gc');
  const gc: unknown = runInNewContext('gc');
  return typeof gc === 'function' ? () => void gc() : () => undefined;
})();

/**
 * CPU time this process spent running `run`, in milliseconds (user + system, from
 * `process.cpuUsage`). The linear-time tests compare t(n) with t(4n): wall-clock time on a
 * machine shared with other test files, helpers and CI counts the time others held the CPU
 * (CI measured ×12–×23 for code that grows ×2.4 alone); CPU time counts only this work.
 */
export function cpuMs(run: () => unknown, { collectFirst = false } = {}): number {
  if (collectFirst) collect();
  const before = process.cpuUsage();
  run();
  const used = process.cpuUsage(before);
  return (used.user + used.system) / 1000;
}

/**
 * How `run`'s CPU time grows when its input grows fourfold: t(4n) / t(n), each the best of three runs after a
 * warm-up at n = 1,000, with n doubled from `from` until t(n) reaches 10 ms or n reaches `upTo` (t(n) counts as at
 * least 0.5 ms). Linear code stays near 4; the rounds' tests hold it under 12.
 *
 * A figure of 8 or more is measured again, up to three times in all, and the smallest is returned: CPU time counts the
 * collector's threads too, and on a loaded two-core machine one collection landing in t(4n) but not in t(n) took linear
 * code to 12–14 (session 23's preflight: two reader patterns that measure 4–10 alone). The re-measurements collect the
 * garbage before each timed run, so that what earlier tests in the worker left is not collected inside one run and not
 * another (session 26's CI: a pattern that measures 5 alone gave 14.7 three times in a row). Quadratic code gives about
 * 16 every time, so it still fails.
 */
export function growthRatio(input: (n: number) => string, run: (text: string) => unknown, { from = 2000, upTo = 128_000 } = {}): number {
  let smallest = Infinity;
  for (let attempt = 0; attempt < 3 && smallest >= 8; attempt++) smallest = Math.min(smallest, measureGrowth(input, run, from, upTo, attempt > 0));
  return smallest;
}

function measureGrowth(input: (n: number) => string, run: (text: string) => unknown, from: number, upTo: number, collectFirst: boolean): number {
  const best = (text: string): number => Math.min(...[0, 1, 2].map(() => cpuMs(() => run(text), { collectFirst })));
  best(input(1000));
  let n = from;
  let t = best(input(n));
  while (t < 10 && n < upTo) {
    n *= 2;
    t = best(input(n));
  }
  return best(input(4 * n)) / Math.max(t, 0.5);
}
