import { defineConfig } from 'vitest/config';

export default defineConfig({
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
