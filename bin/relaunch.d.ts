// Types of bin/relaunch.js (plain JavaScript, run before any TypeScript loader), for the tests.
export declare const SNAPSHOT_FLAGS: readonly string[];
export declare function snapshotBlobName(p: { version: string; platform: string; arch: string }): string;
export declare function relaunchArgs(at: {
  args: readonly string[];
  execArgv: readonly string[];
  env: Record<string, string | undefined>;
  script: string;
  blob: string | null;
}): string[] | null;
