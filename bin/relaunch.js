// How `debrief` starts itself again for `debrief lint` (bin/debrief.js says why). Pure: arguments in, arguments out.

/**
 * V8 compiles each regular expression to machine code once, on its first run, instead of running it in its
 * interpreter first and compiling it again after: a lint runs about 500 of them, most a few times each.
 * A snapshot starts only with the V8 flags it was built with, so these are used for both.
 */
export const SNAPSHOT_FLAGS = ['--no-regexp-tier-up'];

/**
 * The file name of the lint snapshot for this Node.js (a snapshot starts only on the Node.js that built it).
 * @param {{ version: string, platform: string, arch: string }} p
 */
export function snapshotBlobName(p) {
  return `lint-${p.version}-${p.platform}-${p.arch}.blob`;
}

/**
 * The arguments to start node with again, or null to run in this process: only for `debrief lint`
 * (its first word that is not an option), only once (the flag already set), never when
 * DEBRIEF_REGEXP_TIER_UP=1. From the snapshot when one is given (a path), else the script again.
 * @param {{ args: readonly string[], execArgv: readonly string[], env: Record<string, string | undefined>, script: string, blob: string | null }} at
 * @returns {string[] | null}
 */
export function relaunchArgs({ args, execArgv, env, script, blob }) {
  if (env.DEBRIEF_REGEXP_TIER_UP === '1' || SNAPSHOT_FLAGS.every((f) => execArgv.includes(f))) return null;
  if (args.find((a) => !a.startsWith('-')) !== 'lint') return null;
  return blob === null
    ? [...execArgv, ...SNAPSHOT_FLAGS, script, ...args]
    : [...execArgv, ...SNAPSHOT_FLAGS, '--snapshot-blob', blob, ...args];
}
