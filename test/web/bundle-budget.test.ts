/** The first page load stays within its budget: the figures the build prints and writes, checked. */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUNDLE_SIZE_FILE, FIRST_LOAD_BUDGET_BYTES, bundleSizeLine, bundleSizes, type BundleSizes, type EmittedFile } from '../../web/bundle-budget.ts';
import { buildWebIfNeeded } from '../browser/browser.ts';

const chunk = (fileName: string, bytes: number, isEntry = false, imports: string[] = []): EmittedFile =>
  ({ type: 'chunk', fileName, code: 'x'.repeat(bytes), isEntry, imports });

describe('the web bundle budget', () => {
  it('counts the entry, its static imports and the CSS as the first load, not the lazy pages', () => {
    const sizes = bundleSizes([
      chunk('assets/index.js', 1000, true, ['assets/vendor.js']), chunk('assets/vendor.js', 300),
      chunk('assets/ReportsPage.js', 5000), { type: 'asset', fileName: 'assets/index.css', source: 'y'.repeat(40) },
      { type: 'asset', fileName: 'favicon.svg', source: 'z'.repeat(999) },
    ]);
    expect(sizes.firstLoad).toBe(1340);
    expect(sizes.raw).toBe(6340);
    expect(bundleSizeLine(sizes)).toMatch(/first load: 1\.34 kB of 300\.00 kB$/);
    expect(bundleSizeLine({ ...sizes, firstLoad: 300_001 })).toMatch(/over the 300\.00 kB budget/);
  });

  it(`keeps the built app's first load within ${FIRST_LOAD_BUDGET_BYTES / 1000} kB`, () => {
    buildWebIfNeeded();
    const sizes = JSON.parse(readFileSync(join(resolve(import.meta.dirname, '../../web/dist'), BUNDLE_SIZE_FILE), 'utf8')) as BundleSizes;
    expect(sizes.firstLoad).toBeGreaterThan(0);
    expect(sizes.firstLoad, bundleSizeLine(sizes)).toBeLessThanOrEqual(FIRST_LOAD_BUDGET_BYTES);
  });
});
