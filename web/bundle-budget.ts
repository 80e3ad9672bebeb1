/**
 * The web app's bundle sizes, computed once: the build prints them and writes them beside
 * the app (`web/dist/.vite/bundle-size.json`), and a test holds the first load to the budget.
 */
import { gzipSync } from 'node:zlib';

/** The most a first page load may fetch (JavaScript and CSS, raw bytes). */
export const FIRST_LOAD_BUDGET_BYTES = 300_000;

/** Where the build writes its figures, relative to the output directory. */
export const BUNDLE_SIZE_FILE = '.vite/bundle-size.json';

/** What the sizes need of a file the bundler emitted (a subset of Rollup's output). */
export type EmittedFile =
  | { type: 'chunk'; fileName: string; code: string; isEntry: boolean; imports: readonly string[] }
  | { type: 'asset'; fileName: string; source: string | Uint8Array };

/** Bytes of the emitted JavaScript and CSS: all of it raw and gzipped, and what the first load fetches. */
export type BundleSizes = { raw: number; gzip: number; firstLoad: number; budget: number };

/**
 * Sizes of a build. The first load is the entry chunk, its static imports and the CSS;
 * chunks loaded lazily (the pages) are left out.
 */
export function bundleSizes(files: readonly EmittedFile[]): BundleSizes {
  const entry = files.find((f) => f.type === 'chunk' && f.isEntry);
  const first = new Set(entry?.type === 'chunk' ? [entry.fileName, ...entry.imports] : []);
  let raw = 0;
  let gzip = 0;
  let firstLoad = 0;
  for (const file of files) {
    if (!/\.(js|css)$/.test(file.fileName)) continue;
    const bytes = Buffer.from(file.type === 'chunk' ? file.code : file.source);
    raw += bytes.length;
    gzip += gzipSync(bytes).length;
    if (first.has(file.fileName) || file.fileName.endsWith('.css')) firstLoad += bytes.length;
  }
  return { raw, gzip, firstLoad, budget: FIRST_LOAD_BUDGET_BYTES };
}

/** The one line the build prints after Vite's per-file table. */
export function bundleSizeLine(s: BundleSizes): string {
  const kb = (n: number): string => `${(n / 1000).toFixed(2)} kB`;
  const over = s.firstLoad > s.budget ? ` (over the ${kb(s.budget)} budget)` : '';
  return `web bundle total (js+css): ${kb(s.raw)} │ gzip: ${kb(s.gzip)} │ first load: ${kb(s.firstLoad)} of ${kb(s.budget)}${over}`;
}
