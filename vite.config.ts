import { defineConfig } from 'vite';

/**
 * `BASE_PATH` sets where the built site will live, e.g. `BASE_PATH=/atlas/ npm run build` for
 * https://example.org/atlas/. The default `./` makes every URL relative, so `dist/` works from
 * any folder of any static host.
 */
export default defineConfig({
  base: process.env.BASE_PATH ?? './',
  build: {
    target: 'es2022',
    // Data files stay separate files (fetched by MapLibre's worker), never inlined into JS.
    assetsInlineLimit: 0,
    chunkSizeWarningLimit: 1200,
    rolldownOptions: {
      output: {
        // MapLibre in a chunk of its own: it changes less often than the app (better caching),
        // and the benchmark can tell the app's own bytes from the library's.
        codeSplitting: { groups: [{ name: 'maplibre-gl', test: /node_modules[\\/]maplibre-gl/ }] },
      },
    },
  },
  server: { port: 5173, strictPort: false },
  preview: { port: 4173, strictPort: false },
});
