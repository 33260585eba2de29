import { defineConfig } from 'vitest/config';
import { icuCatalogues } from './scripts/lib/vite-icu';

export default defineConfig({
  // The message catalogues compiled as in the build, so tests read what the app ships (with
  // their keys: the build's short ids are tested in tests/i18n/vite-icu.test.ts).
  plugins: [icuCatalogues({ shortKeys: false })],
  test: {
    include: ['tests/**/*.test.ts'],
    environment: 'node',
    testTimeout: 30_000,
    // The tests share no mutable module state (the one global stub is undone after each test), so
    // the files can share their workers' module cache: loading Turf and the sea network once per
    // worker instead of once per file takes a third off the unit run.
    isolate: false,
  },
});
