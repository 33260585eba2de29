/** Dead-code gate (`npm run lint`): unused files, exports and dependencies fail the lint. */
export default {
  entry: [
    'src/route-worker/router.worker.ts',
    'scripts/*.ts',
    'scripts/bench/pages/*/main.ts',
    'scripts/bench/vite.pages.config.ts',
  ],
  project: ['src/**/*.ts', 'scripts/**/*.{ts,mjs}', 'tests/**/*.ts', 'e2e/**/*.ts'],
  ignoreExportsUsedInFile: true,
  // The fonts are referenced from CSS (src/ui/frame/fonts.css: url('@fontsource/…')), which knip does
  // not read.
  ignoreDependencies: ['@fontsource/noto-sans'],
};
