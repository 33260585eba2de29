import type { Page } from '@playwright/test';
import { PRESET_LIST } from '../src/content/presets';
import { HOSTILE_LINKS, type HostileLink } from '../tests/url/hostile-links';
import { Atlas, expect, sharedPageTests, test } from './driver';

/** Whether a region's corners and centre are on the map (corners may sit under the panel). */
async function frames(atlas: Atlas, bounds: readonly (readonly [number, number])[]) {
  const [sw, ne] = bounds as [[number, number], [number, number]];
  const centre: [number, number] = [(sw[0] + ne[0]) / 2, (sw[1] + ne[1]) / 2];
  const sight = await atlas.map.sight([centre, sw, ne], { margin: 2 });
  return sight.every((s) => s === 'visible');
}

const choosePreset = (atlas: Atlas, id: string) => () => atlas.chooseView(id);

// Its own page: it replaces the browser's clipboard, and opens a second tab.
test('a copied link reopens the same view in a new tab', async ({
  page,
  atlas,
  context,
  baseURL,
}) => {
  await atlas.open('#view=comparison&speed=18.5&layers=corridor,comparison,regions');
  // A user gesture: drag the map, so the camera becomes explicit (map=).
  const box = (await page.getByTestId('map').boundingBox())!;
  await page.mouse.move(box.x + box.width * 0.7, box.y + box.height * 0.5);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width * 0.6, box.y + box.height * 0.4, { steps: 8 });
  await page.mouse.up();
  await atlas.map.idle();
  await atlas.expectHash().toMatch(/map=/);

  await page.evaluate(() => {
    // Force the fallback path: the test reads the link from the field, as a user would copy it.
    Object.defineProperty(navigator, 'clipboard', { value: undefined, configurable: true });
  });
  await page.getByTestId('share-menu-button').click();
  await page.getByTestId('copy-link').click();
  const field = page.getByTestId('copy-fallback');
  await expect(field).toBeVisible();
  const link = await field.inputValue();
  expect(link.startsWith(new URL(baseURL!).origin)).toBe(true);
  const before = { ...(await atlas.map.camera()), hash: await atlas.hash() };

  const other = await context.newPage();
  const again = new Atlas(other);
  await again.open(new URL(link).hash);
  const after = await again.map.camera();
  expect(Math.abs(after.zoom - before.zoom)).toBeLessThanOrEqual(0.01);
  expect(Math.abs(after.bearing - before.bearing)).toBeLessThan(0.1);
  expect(Math.abs(after.pitch - before.pitch)).toBeLessThan(0.1);
  // The old centre lands within a pixel of the new map's centre.
  expect(await again.map.offCentre([before.lng, before.lat])).toBeLessThanOrEqual(1);
  expect(await again.hash()).toBe(before.hash);
  const state = await again.linkState();
  expect(state.view).toBe('comparison');
  expect(state.speed).toBe(18.5);
  expect(state.layers).toEqual(['corridor', 'comparison', 'regions']);
  await other.close();
});

const hostileName = ({ hash }: HostileLink) =>
  JSON.stringify(hash.length > 60 ? `${hash.slice(0, 40)}… (${hash.length} characters)` : hash);

/**
 * What a hostile link must leave: a working page, no markup from the URL, and a notice exactly
 * when the link had problems (the codec's own table: tests/url/hostile-links.test.ts).
 */
async function expectWorkingPage(page: Page, link: HostileLink): Promise<void> {
  await expect(page.getByTestId('tab-routes')).toBeVisible();
  // No script but the page's own: its module and the Intl warm-up (public/warm-intl.js).
  const own = ':not([type="module"]):not([src$="/warm-intl.js"])';
  expect(await page.locator(`script${own}, img[src="x"]`).count()).toBe(0);
  const notice = page.getByTestId('notice');
  if (link.codes.length === 0) await expect(notice).toHaveCount(0);
  else await expect(notice).toContainText('ignored');
}

// Links that can only go wrong on a page's first parse of its address: each a fresh load.
for (const link of HOSTILE_LINKS.filter((l) => l.freshLoad)) {
  test(`hostile link ${hostileName(link)}, loaded, gives a working page, never an error or dialog`, async ({
    page,
    atlas,
  }) => {
    // Opened whole: the map drawn and the panel built, its controls from the link included.
    await atlas.open(link.hash);
    await expectWorkingPage(page, link);
  });
}

test.describe('with motion allowed', () => {
  test.use({ reducedMotion: 'no-preference' });

  test('choosing a view asks the map for a 1.2 s flight', async ({ atlas }) => {
    await atlas.open();
    expect(await atlas.map.cameraCalls(choosePreset(atlas, 'malacca'))).toEqual(['fitBounds 1200']);
  });
});

// The tests that only read share one page, opened at the default view, and reach
// their states by links, as a reader clicking links would.
sharedPageTests('', (onePage) => {
  onePage(
    'each preset view opens by its link, framing its region, with its panel',
    async ({ atlas, page }) => {
      for (const preset of PRESET_LIST) {
        await atlas.follow(`#view=${preset.id}`);
        expect(await frames(atlas, preset.camera.bounds), `${preset.id} framed`).toBe(true);
        if (preset.panel) {
          await expect(page.getByTestId(`tab-${preset.panel}`)).toHaveAttribute(
            'aria-selected',
            'true',
          );
        }
        await page.getByTestId('preset-menu-button').click();
        await expect(page.getByTestId(`preset-${preset.id}`)).toHaveAttribute(
          'aria-current',
          'true',
        );
        await page.keyboard.press('Escape');
      }
    },
  );

  // The suite runs under reduced motion (playwright.config.ts): a chosen view is jumped to.
  onePage(
    'choosing presets jumps there in one move and pushes history: Back returns, Forward redoes',
    async ({ atlas, page }) => {
      const start = await atlas.map.camera();
      expect(await atlas.map.cameraCalls(choosePreset(atlas, 'malacca'))).toEqual(['fitBounds 0']);
      await atlas.expectHash().toMatch(/view=malacca/);
      await atlas.map.idle();
      const malacca = await atlas.map.camera();
      expect(malacca.zoom).toBeGreaterThan(start.zoom + 1);

      expect(await atlas.map.moveEvents(choosePreset(atlas, 'vladivostok'))).toBe(1);
      await atlas.expectHash().toMatch(/view=vladivostok/);

      await page.goBack();
      await atlas.expectHash().toMatch(/view=malacca/);
      await atlas.map.idle();
      expect(Math.abs((await atlas.map.camera()).zoom - malacca.zoom)).toBeLessThan(0.05);

      await page.goBack();
      await atlas.expectHash().toBe('');
      await page.goForward();
      await atlas.expectHash().toMatch(/view=malacca/);
    },
  );

  // The others, followed on the shared page (the guard fails a test on an error or a dialog).
  for (const link of HOSTILE_LINKS.filter((l) => !l.freshLoad)) {
    onePage(
      `hostile link ${hostileName(link)} gives a working page, never an error or dialog`,
      async ({ page, atlas }) => {
        // A link to the default state ('#') is followed from another panel: from the start
        // link it would be no change at all.
        if (new URL(link.hash, 'http://atlas/').hash === '') await atlas.follow('#panel=about');
        await atlas.follow(link.hash);
        await expectWorkingPage(page, link);
        if (link.codes.length > 0) {
          await page
            .getByTestId('notice')
            .getByRole('button', { name: /dismiss/i })
            .click();
        }
      },
    );
  }

  onePage(
    'an ignored part of a link gives a plain notice that can be dismissed',
    async ({ page, atlas }) => {
      await atlas.follow('#view=atlantis');
      const notice = page.getByTestId('notice');
      await expect(notice).toContainText('ignored');
      await expect(notice).toContainText('unknown view ("atlantis")');
      await notice.getByRole('button', { name: /dismiss/i }).click();
      await expect(notice).toHaveCount(0);
    },
  );
});
