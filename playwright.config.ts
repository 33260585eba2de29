import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumPath } from './e2e/browser';

// E2E_PORT lets two checkouts run their suites side by side without sharing a preview server.
const PORT = Number(process.env.E2E_PORT ?? 4173);

export default defineConfig({
  testDir: 'e2e',
  // SwiftShader renders WebGL on the CPU: two workers fit a 2-core machine.
  workers: 2,
  fullyParallel: true,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 15_000 },
  reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never' }]],
  use: {
    baseURL: `http://127.0.0.1:${PORT}/`,
    // The page's own compositing in software: the map still draws with WebGL on SwiftShader, and
    // a page load then costs about a quarter less CPU (1.9 s against 2.5 s, measured in
    // docs/e2e-suite.md), as SwiftShader no longer composites every frame of the page.
    launchOptions: {
      executablePath: chromiumPath(),
      args: [...CHROMIUM_ARGS, '--disable-gpu-compositing'],
    },
    // Traces cost about a tenth of the suite's time; record one with `--trace on` when debugging.
    trace: 'off',
    // Camera moves jump instead of flying (1.2 s of frames each on a software GPU); a test of
    // motion itself asks for it with test.use({ reducedMotion: 'no-preference' }) (url.spec.ts).
    reducedMotion: 'reduce',
    // The built page registers a service worker (src/app/pwa.ts). It would answer requests before
    // page.route sees them, so tests that route or fault requests could not trust what they
    // observe: blocked here, allowed only in e2e/offline.spec.ts.
    serviceWorkers: 'block',
  },
  projects: [
    {
      name: 'desktop',
      use: { ...devices['Desktop Chrome'], viewport: { width: 1280, height: 800 } },
    },
    {
      // Only what differs on a phone (tests tagged @phone): the bottom sheet and the cards over
      // the map, touch, the markers' layout, the embed at phone width, the accessibility walk.
      name: 'phone',
      grep: /@phone/,
      use: {
        ...devices['Desktop Chrome'],
        viewport: { width: 390, height: 844 },
        isMobile: false,
        hasTouch: true,
      },
    },
  ],
  webServer: {
    // Tests run against the production build (`npm run test:e2e` builds first).
    command: `npx vite preview --port ${PORT} --strictPort --host 127.0.0.1`,
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
