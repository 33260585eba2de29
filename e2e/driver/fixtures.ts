/**
 * The two kinds of end-to-end test (CONTRIBUTING.md, "Which kind of test"):
 *
 * - `test`: a fresh browser context and page of its own, for a test that writes state (pins in
 *   storage, downloads, the service worker, offline, routed or failing requests, patched
 *   browser APIs) or checks what happens on a fresh load (first paint, a link's first parse).
 * - `sharedPageTest(start)`: for tests that only read. All of one spec file's tests share one
 *   page per worker, opened at the `start` link; tests reach their states through links (hash
 *   changes) and must leave the page as they found it, which the fixture checks after each.
 *
 * Both guard every test: a console error, an uncaught exception, a request to another origin, a
 * dialog or a Content-Security-Policy violation fails it.
 */
import {
  test as base,
  expect,
  type BrowserContextOptions,
  type PlaywrightTestOptions,
  type WorkerInfo,
} from '@playwright/test';
import { Atlas } from './atlas';
import { expectNothingUnexpected, guardPage, type Guard } from './guard';
import { SharedPages, type SharedPage } from './shared-page';

/** The project's browser context options (playwright.config.ts `use`) that a page is made with. */
const CONTEXT_OPTIONS = [
  'baseURL',
  'viewport',
  'screen',
  'deviceScaleFactor',
  'isMobile',
  'hasTouch',
  'userAgent',
  'locale',
  'timezoneId',
  'colorScheme',
  'reducedMotion',
  'forcedColors',
  'serviceWorkers',
  'javaScriptEnabled',
  'acceptDownloads',
  'bypassCSP',
  'ignoreHTTPSErrors',
  'permissions',
  'extraHTTPHeaders',
  'offline',
] as const satisfies readonly (keyof PlaywrightTestOptions & keyof BrowserContextOptions)[];

function projectContextOptions(workerInfo: WorkerInfo): BrowserContextOptions {
  const use = workerInfo.project.use;
  const options: Record<string, unknown> = {};
  for (const key of CONTEXT_OPTIONS) if (use[key] !== undefined) options[key] = use[key];
  return options as BrowserContextOptions;
}

/**
 * How far apart (as a share of the map's smaller side) the start link may frame the map's centre
 * depending on where the camera was: up to about a fifth on a phone (SharedPage.backToStart).
 */
const CENTRE_SPREAD = 0.3;

const withSharedPages = base.extend<object, { sharedPages: SharedPages }>({
  // Worker-scoped, so that both kinds of test run in the same workers (one browser each).
  sharedPages: [
    async ({ browser }, use, workerInfo) => {
      const pages = new SharedPages(browser, projectContextOptions(workerInfo));
      await use(pages);
      await pages.discard();
    },
    { scope: 'worker' },
  ],
});

interface AtlasFixtures {
  guard: Guard;
  atlas: Atlas;
}

/** A test with a fresh browser context and page of its own. */
export const test = withSharedPages.extend<AtlasFixtures>({
  guard: [
    async ({ page, baseURL }, use) => {
      const guard = await guardPage(page, new URL(baseURL ?? 'http://127.0.0.1/').origin);
      await use(guard);
      expectNothingUnexpected(guard);
    },
    // Set up for every test, whether it names the guard or not.
    { auto: true },
  ],
  atlas: async ({ page }, use) => use(new Atlas(page)),
});

/**
 * Tests that share one page per spec file and worker, opened at `start` (a hash). `page`,
 * `guard` and `atlas` are the shared page's; `context` is not offered (a test that needs a
 * context of its own is a fresh `test`).
 */
function sharedPageTest(start: string) {
  return withSharedPages.extend<AtlasFixtures & { shared: SharedPage }>({
    shared: [
      async ({ sharedPages, viewport, hasTouch, isMobile, reducedMotion }, use, testInfo) => {
        // `test.use()` options reach a fresh context only: refuse them rather than ignore them.
        const project = testInfo.project.use;
        const asked = { viewport, hasTouch, isMobile, reducedMotion };
        for (const [key, value] of Object.entries(asked)) {
          const configured = project[key as keyof typeof asked] ?? value;
          if (JSON.stringify(value) !== JSON.stringify(configured)) {
            throw new Error(
              `test.use({ ${key} }) does not reach a shared page: make "${testInfo.title}" a fresh test`,
            );
          }
        }
        const shared = await sharedPages.for(testInfo.file, start);
        shared.guard.reset();
        await shared.atStart();
        await use(shared);
        try {
          if (testInfo.status !== testInfo.expectedStatus) {
            // Failed midway: the next test gets a new page rather than this one's leftovers.
            await sharedPages.discard();
            return;
          }
          const { now, start: was, firstOffPx, centreOffPx } = await shared.backToStart();
          const { width, height } = await shared.atlas.map.size();
          const roughly = CENTRE_SPREAD * Math.min(width, height);
          if (
            firstOffPx > roughly ||
            centreOffPx > 1 ||
            JSON.stringify(now) !== JSON.stringify(was)
          ) {
            await sharedPages.discard();
          }
          const where = `the shared page, back at the spec's start link (${start || 'no hash'})`;
          expect.soft(now, where).toEqual(was);
          expect
            .soft(firstOffPx, `${where}: pixels from the start's map centre`)
            .toBeLessThanOrEqual(roughly);
          expect
            .soft(centreOffPx, `${where}: pixels from the start's map centre, framed again`)
            .toBeLessThanOrEqual(1);
        } finally {
          expectNothingUnexpected(shared.guard);
        }
      },
      { auto: true },
    ],
    page: async ({ shared }, use) => use(shared.page),
    guard: async ({ shared }, use) => use(shared.guard),
    atlas: async ({ shared }, use) => use(shared.atlas),
    context: async ({ shared: _shared }, _use, testInfo) => {
      throw new Error(`"${testInfo.title}" shares a page: it has no browser context of its own`);
    },
  });
}

/**
 * Declares, in `body`, the tests of a spec that share one page opened at `start`. They run in
 * order in one worker, so the spec opens its page once per project, not once per worker.
 */
export function sharedPageTests(
  start: string,
  body: (test: ReturnType<typeof sharedPageTest>) => void,
): void {
  const test = sharedPageTest(start);
  test.describe(() => {
    test.describe.configure({ mode: 'default' });
    body(test);
  });
}

export { expect };
