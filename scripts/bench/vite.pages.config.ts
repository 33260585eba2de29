/**
 * Builds the load benchmark's two pages (scripts/bench/pages: same-style, land-only) into
 * bench-results/pages, with the app's build settings (vite.config.ts).
 */
import { resolve } from 'node:path';
import { defineConfig } from 'vite';

const root = resolve(import.meta.dirname, 'pages');

export default defineConfig({
  root,
  base: './',
  logLevel: 'warn',
  build: {
    outDir: resolve(import.meta.dirname, '../../bench-results/pages'),
    emptyOutDir: true,
    target: 'es2022',
    assetsInlineLimit: 0,
    chunkSizeWarningLimit: 1200,
    rolldownOptions: {
      input: {
        'same-style': resolve(root, 'same-style/index.html'),
        'land-only': resolve(root, 'land-only/index.html'),
      },
    },
  },
});
