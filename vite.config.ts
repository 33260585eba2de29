import { defineConfig, type Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { icuCatalogues } from './scripts/lib/vite-icu';

/**
 * The Content-Security-Policy the built page carries (docs/hosting.md lists it with the headers a
 * host should add, and why each source is allowed). Only the build gets it: the dev server injects
 * inline styles and a WebSocket client that a strict policy would block.
 *
 * No `style-src 'unsafe-inline'`: MapLibre sets its styles through the CSSOM (`el.style.x = …`),
 * which CSP does not govern, and so does the app's `h()` (src/ui/frame/dom.ts sets `style` through
 * `el.style.cssText`, never as an attribute). The e2e driver fails a test on any violation.
 */
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  // MapLibre's worker and the routing worker are same-origin files; blob: for MapLibre's own use
  // and the Intl warm-up's worker (public/warm-intl.js).
  "worker-src 'self' blob:",
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  "font-src 'self'",
  "style-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

/** Puts the policy in the built index.html, right after the charset, so it governs all that follows. */
function contentSecurityPolicy(): Plugin {
  const charset = /<meta charset="UTF-8" \/>/;
  return {
    name: 'corridor-atlas:csp',
    apply: 'build',
    transformIndexHtml(html) {
      if (!charset.test(html)) throw new Error('index.html lacks <meta charset="UTF-8" />');
      const meta = `<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}" />`;
      return html.replace(charset, (tag) => `${tag}\n    ${meta}`);
    },
  };
}

/**
 * `BASE_PATH` sets where the built site will live, e.g. `BASE_PATH=/atlas/ npm run build` for
 * https://example.org/atlas/. The default `./` makes every URL relative, so `dist/` works from
 * any folder of any static host (the service worker and the manifest are relative too).
 */
export default defineConfig({
  base: process.env.BASE_PATH ?? './',
  resolve: {
    // The message catalogues arrive compiled (scripts/lib/vite-icu.ts), so the ICU parser that
    // intl-messageformat imports is left out, as FormatJS documents: its `no-parser` build keeps
    // the types and drops the parser (about 7 KB gzip).
    alias: [
      {
        find: /^@formatjs\/icu-messageformat-parser$/,
        replacement: '@formatjs/icu-messageformat-parser/no-parser.js',
      },
    ],
  },
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
  plugins: [
    contentSecurityPolicy(),
    icuCatalogues(),
    // Offline after the first visit (issue #14): a Workbox service worker precaches the whole
    // build. src/app/pwa.ts registers it (no injected inline script, which the CSP would block)
    // and offers "reload" when a new version is waiting.
    VitePWA({
      registerType: 'prompt',
      injectRegister: false,
      // Off in `npm run dev`: a service worker there would serve stale modules.
      devOptions: { enabled: false },
      // The icons are in the glob below already (listing them twice would precache them twice).
      includeManifestIcons: false,
      manifest: {
        name: 'Corridor Atlas',
        short_name: 'Corridor Atlas',
        description:
          'An offline map of the India–Russia Chennai–Vladivostok maritime corridor and the claims around it.',
        // Relative to the manifest, so `./` and any BASE_PATH work alike.
        start_url: './',
        scope: './',
        display: 'standalone',
        theme_color: '#ffffff',
        background_color: '#cfe1ec',
        icons: [
          { src: 'icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: 'icon-512.png', sizes: '512x512', type: 'image/png' },
          {
            src: 'icon-maskable-512.png',
            sizes: '512x512',
            type: 'image/png',
            purpose: 'maskable',
          },
          { src: 'favicon.svg', sizes: 'any', type: 'image/svg+xml' },
        ],
      },
      workbox: {
        // Everything the build emits: the app and its lazy chunks (planner view, routing worker,
        // main-thread router), MapLibre and its worker (.mjs), CSS, fonts, icons and the data
        // (geo/*.geojson and the sea-lane network, .json).
        globPatterns: ['**/*.{html,js,mjs,css,woff2,geojson,json,svg,png,webmanifest}'],
        // The social card (og:image) is for link previews, which crawlers fetch themselves.
        globIgnores: ['social-card.png'],
        // Workbox skips larger files with only a warning; the largest are maplibre-gl (≈1.1 MB)
        // and the sea-lane network (≈0.8 MB). Room to grow, and e2e/offline.spec.ts checks that
        // every built file is precached.
        maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
        // Old precaches (from an older Workbox) are deleted when the new worker activates; the
        // current one keeps one build's files, so a page never mixes two builds.
        cleanupOutdatedCaches: true,
        // Any path under the scope opens the app (its state is in the hash).
        navigateFallback: 'index.html',
      },
    }),
  ],
  server: { port: 5173, strictPort: false },
  preview: { port: 4173, strictPort: false },
});
