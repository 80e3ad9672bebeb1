/**
 * CPU time this process spent running `run`, in milliseconds (user + system, from
 * `process.cpuUsage`). The linear-time tests compare t(n) with t(4n): wall-clock time on a
 * machine shared with other test files, helpers and CI counts the time others held the CPU
 * (CI measured ×12–×23 for code that grows ×2.4 alone); CPU time counts only this work.
 */
export function cpuMs(run: () => unknown): number {
  const before = process.cpuUsage();
  run();
  const used = process.cpuUsage(before);
  return (used.user + used.system) / 1000;
}
