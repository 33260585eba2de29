/**
 * Offline after the first visit (issue #14): the service worker precaches the whole build, so
 * once it is installed the atlas reloads and works with no network at all: every panel, a
 * planned route with a passage avoided (the planner's code, the routing worker and the sea-lane
 * network come from the cache), a claim. The only spec that lets the service worker run
 * (playwright.config.ts blocks it everywhere else). And a new build: the page offers to reload.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import type { Page } from '@playwright/test';
import { CLAIM_LIST } from '../src/content/claims';
import { serve } from '../scripts/bench/static-server';
import { expect, test, routeKeyOf } from './driver';

test.use({ serviceWorkers: 'allow' });

const DIST = new URL('../dist/', import.meta.url).pathname;

/**
 * Built files that are not precached: the social card is for link previews (vite.config.ts), the
 * README notes public/'s provenance.
 */
const NOT_PRECACHED = new Set(['social-card.png', 'README.md']);

/** Every file of the build, relative to dist/, but the service worker's own scripts. */
function builtFiles(dir = DIST): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) => {
      const path = join(dir, entry.name);
      return entry.isDirectory() ? builtFiles(path) : [relative(DIST, path)];
    })
    .filter(
      (file) =>
        !/^(sw|workbox-[\w-]+)\.js$/.test(file) &&
        !file.endsWith('.map') &&
        !NOT_PRECACHED.has(file),
    )
    .sort();
}

/** The paths (relative to the page's folder) of everything in the service worker's caches. */
async function precached(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    const base = new URL('./', location.href).pathname;
    const paths: string[] = [];
    for (const name of await caches.keys()) {
      const cache = await caches.open(name);
      for (const request of await cache.keys()) {
        paths.push(new URL(request.url).pathname.slice(base.length));
      }
    }
    return [...new Set(paths)].sort();
  });
}

test('after the first visit the atlas works offline: every panel, a planned route, a claim', async ({
  page,
  atlas,
  context,
  guard,
}) => {
  await atlas.open();
  // The worker is active once its install step has precached the whole build.
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  expect(await precached(page)).toEqual(builtFiles());

  await context.setOffline(true);
  // Anything that reached the network from now on would be a file the cache lacks.
  const fromNetwork: string[] = [];
  page.on('response', (response) => {
    const url = response.url();
    if (!url.startsWith('data:') && !url.startsWith('blob:') && !response.fromServiceWorker()) {
      fromNetwork.push(url);
    }
  });
  await page.reload();
  await atlas.whenReady();
  expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);

  // Every panel.
  for (const [tab, content] of [
    ['routes', 'routes-legend'],
    ['claims', `select-claim-${CLAIM_LIST[0]!.id}`],
    ['about', 'sources'],
    ['planner', 'planner-from'],
  ] as const) {
    await page.getByTestId(`tab-${tab}`).click();
    await expect(page.getByTestId(`tabpanel-${tab}`)).toBeVisible();
    await expect(page.getByTestId(content)).toBeVisible();
  }

  // A planned route, then with Malacca avoided: the worker and the network from the cache.
  const panel = page.getByTestId('tabpanel-planner');
  await atlas.follow('#panel=planner&from=chennai&to=vladivostok');
  await expect(panel).toHaveAttribute(
    'data-route-drawn',
    routeKeyOf('#from=chennai&to=vladivostok'),
  );
  await expect(panel).toHaveAttribute('data-routing-mode', 'worker');
  await expect(page.getByTestId('planner-passages')).toHaveText('Strait of Malacca');
  await page.getByTestId('avoid-malacca').check();
  await expect(panel).toHaveAttribute(
    'data-route-drawn',
    routeKeyOf('#from=chennai&to=vladivostok&avoid=malacca'),
  );
  await expect(page.getByTestId('planner-passages')).toContainText('Sunda Strait');
  await expect(page.getByTestId('planner-error')).toBeHidden();

  // A claim.
  const claim = CLAIM_LIST[0]!;
  await page.getByTestId('tab-claims').click();
  await page.getByTestId(`select-claim-${claim.id}`).click();
  await expect(page.getByTestId(`claim-card-${claim.id}`)).toBeVisible();
  await expect(page.getByTestId(`claim-quote-${claim.id}`)).toBeVisible();
  await atlas.map.idle();

  expect(fromNetwork, 'responses that did not come from the service worker').toEqual([]);
  await expect(page.getByTestId('notice')).toHaveCount(0);
  // (The guard also fails the test on any console error, e.g. a failed load.)
  expect(guard.pageErrors).toEqual([]);
});

test('a new version deployed: the page offers to reload, and Reload switches to it', async ({
  page,
  atlas,
  guard,
}) => {
  // Two deployments and a reload under a service worker: 20.5 s with a core busy on a 2-core
  // machine, too close to a third of the default 60 s for a machine twice as slow.
  test.setTimeout(90_000);
  // A deployment of its own (a copy of dist/ on a server of this test's), so the test can put
  // the next build in place: a service worker's update check is not routed by Playwright.
  const root = mkdtempSync(join(tmpdir(), 'atlas-deploy-'));
  cpSync(DIST, root, { recursive: true });
  const { server, url } = await serve(root);
  try {
    guard.allowOrigin(new URL(url).origin);
    await page.goto(url);
    await atlas.whenReady();
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    // Controlled by this build's worker from the second visit on.
    await page.reload();
    await atlas.whenReady();
    expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);

    // The next build is deployed: its service worker differs (here by a comment).
    const sw = join(root, 'sw.js');
    writeFileSync(sw, `${readFileSync(sw, 'utf8')}\n// the next build\n`);
    await page.evaluate(async () => {
      await (await navigator.serviceWorker.getRegistration())!.update();
    });
    const notice = page.getByTestId('notice').filter({ hasText: 'A new version is available' });
    await expect(notice.locator('p')).toHaveText('A new version is available — reload');

    await page.evaluate(() => Object.assign(window, { beforeReload: true }));
    await Promise.all([
      page.waitForEvent('load'),
      notice.getByRole('button', { name: 'Reload' }).click(),
    ]);
    await atlas.whenReady();
    expect(await page.evaluate(() => 'beforeReload' in window)).toBe(false);
    // The new worker is the active one, and nothing waits any more.
    expect(
      await page.evaluate(async () => {
        const registration = await navigator.serviceWorker.getRegistration();
        return registration?.waiting === null && registration.active !== null;
      }),
    ).toBe(true);
    await expect(page.getByTestId('notice')).toHaveCount(0);
    // (The guard fails the test on any console error, foreign request or CSP violation.)
  } finally {
    server.close();
    rmSync(root, { recursive: true, force: true });
  }
});
