/** Vite build of the web app: root `web/`, output `web/dist/`, a one-line size total after the per-file table (and the figures in dist/.vite/bundle-size.json). */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { BUNDLE_SIZE_FILE, bundleSizeLine, bundleSizes, type BundleSizes } from './bundle-budget.ts';

/** Prints the bundle sizes in one line and writes them for the budget test (web/bundle-budget.ts computes them). */
function bundleTotal(): Plugin {
  let sizes: BundleSizes | null = null;
  return {
    name: 'debrief-bundle-total',
    apply: 'build',
    writeBundle(options, bundle) {
      sizes = bundleSizes(Object.values(bundle));
      const file = join(options.dir ?? join(import.meta.dirname, 'dist'), BUNDLE_SIZE_FILE);
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, `${JSON.stringify(sizes)}\n`);
    },
    // After Vite's own per-file table.
    closeBundle() {
      if (sizes) console.log(bundleSizeLine(sizes));
    },
  };
}

export default defineConfig({
  root: import.meta.dirname,
  base: '/',
  plugins: [react(), bundleTotal()],
  build: { outDir: 'dist', emptyOutDir: true, sourcemap: false, chunkSizeWarningLimit: 700 },
  // `npx vite --config web/vite.config.ts` during development: the API comes from `npm start` on :3000.
  server: { proxy: { '/api': 'http://localhost:3000' } },
});
