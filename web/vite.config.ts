/** Vite build of the web app: root `web/`, output `web/dist/`, a one-line size total after the per-file table. */
import { gzipSync } from 'node:zlib';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';

/** Prints the total size of the emitted JavaScript and CSS (raw and gzip) in one line. */
function bundleTotal(): Plugin {
  let raw = 0;
  let gzip = 0;
  let initial = 0;
  return {
    name: 'debrief-bundle-total',
    apply: 'build',
    writeBundle(_options, bundle) {
      raw = 0;
      gzip = 0;
      // The entry chunk, its static imports and the CSS: what the first page load fetches.
      const entry = Object.values(bundle).find((f) => f.type === 'chunk' && f.isEntry);
      const first = new Set(entry && entry.type === 'chunk' ? [entry.fileName, ...entry.imports] : []);
      initial = 0;
      for (const file of Object.values(bundle)) {
        if (!/\.(js|css)$/.test(file.fileName)) continue;
        const bytes = file.type === 'chunk' ? Buffer.from(file.code) : Buffer.from(file.source);
        raw += bytes.length;
        gzip += gzipSync(bytes).length;
        if (first.has(file.fileName) || file.fileName.endsWith('.css')) initial += bytes.length;
      }
    },
    // After Vite's own per-file table.
    closeBundle() {
      const kb = (n: number): string => `${(n / 1000).toFixed(2)} kB`;
      console.log(`web bundle total (js+css): ${kb(raw)} │ gzip: ${kb(gzip)} │ first load: ${kb(initial)}`);
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
