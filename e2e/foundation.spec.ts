import { THEME } from '../src/lib/style/theme';
import { LAYERS, OVERLAY_SOURCES } from '../src/lib/style/ids';
import { DATA_SOURCES } from '../src/content/sources';
import {
  colourDistance,
  disableWebGL,
  expect,
  hex,
  openingLog,
  OPENING_CELLS,
  sharedPageTests,
  test,
  watchOpening,
} from './driver';

/** The sources the map's attribution names. */
const ON_MAP = DATA_SOURCES.filter((s) => s.onMap);

/** India and the Bay of Bengal with every overlay off: the basemap alone. */
const BASEMAP_ONLY = '#map=3.4/16/85&layers=none';

test('the opening view loads each tile once, appears whole, and reloads nothing after', async ({
  page,
  atlas,
}) => {
  await watchOpening(page);
  await atlas.open();
  const opening = await openingLog(page);
  const overlay = Object.values(OVERLAY_SOURCES);
  const loaded = opening.tilesBeforeIdle.filter((t) => overlay.some((s) => t.startsWith(`${s} `)));
  expect(loaded.length, 'overlay tiles loaded').toBeGreaterThan(0);
  // Each tile once: the style already showed the opening state, nothing was re-applied on load.
  expect(loaded.length).toBe(new Set(loaded).size);
  // The first frame drawn is already the whole view (no land alone, then routes, then labels):
  // at most 1 in 100 of its cells differs from the view at idle by more than a faint edge.
  const differing = opening.firstDrawn.filter(
    (v, i) => Math.abs(v - opening.idleDrawn[i]!) > 24,
  ).length;
  expect(opening.firstDrawn.length).toBe(OPENING_CELLS);
  expect(
    differing / opening.firstDrawn.length,
    'first frame unlike the finished view',
  ).toBeLessThan(0.01);
  // Changes that touch no layer's visibility (hover state, the speed, another tab) reload nothing.
  await page.getByTestId('speed').press('ArrowRight');
  await page.getByTestId('tab-about').click();
  await atlas.hoverRegion('RU-PRI');
  await atlas.map.idle();
  expect((await openingLog(page)).afterIdle).toEqual([]);
});

test('without WebGL the page says so and the panel still works', async ({ page, guard }) => {
  await disableWebGL(page);
  await page.goto('./');
  await expect(page.getByTestId('map-fallback')).toBeVisible();
  await expect(page.getByTestId('map-fallback')).toContainText('WebGL');
  // The Routes panel whole, what waits for the opening view included.
  await expect(page.getByTestId('cost-table')).toBeVisible();
  await page.getByTestId('tab-about').click();
  await expect(page.getByTestId('tabpanel-about')).toContainText('Natural Earth');
  expect(guard.pageErrors).toEqual([]);
});

// The tests that only read share one page, opened at the default view, and reach
// their states by links, as a reader clicking links would.
sharedPageTests('', (onePage) => {
  onePage(
    'the embedded basemap draws ocean and land where they are, and sea labels in the shipped font',
    async ({ atlas, guard }) => {
      await atlas.follow(BASEMAP_ONLY);
      // Open water in the Bay of Bengal, away from any label.
      const bay = await atlas.pixelAt([90, 16]);
      expect(colourDistance(bay, hex(THEME.ocean))).toBeLessThanOrEqual(6);
      // Central India: the partner-country land tint.
      const india = await atlas.pixelAt([76.5, 19.5]);
      expect(colourDistance(india, hex(THEME.partnerLand))).toBeLessThanOrEqual(6);
      // And the two are visibly different.
      expect(colourDistance(bay, india)).toBeGreaterThan(20);

      const seas = (await atlas.map.rendered(LAYERS.seaLabels)).map((f) =>
        String(f.properties.name),
      );
      expect(seas).toContain('Bay of Bengal');
      expect(seas.length).toBeGreaterThanOrEqual(2);
      const fontsReady = await atlas.page.evaluate(() =>
        ['Noto Sans Regular', 'Noto Sans Semibold', 'Noto Sans Italic'].map((family) =>
          [...document.fonts].some(
            (face) => face.family.replace(/"/g, '') === family && face.status === 'loaded',
          ),
        ),
      );
      expect(fontsReady).toEqual([true, true, true]);
      // Checked here too, not only by the guard after the test: the basemap needs no other origin.
      expect(guard.foreignRequests).toEqual([]);
    },
  );

  onePage(
    'the map’s controls show their icons (zoom, compass, the sources’ ⓘ), in forced colours too',
    async ({ atlas, page }) => {
      const controls = {
        'zoom in': page.locator('.maplibregl-ctrl-zoom-in'),
        'zoom out': page.locator('.maplibregl-ctrl-zoom-out'),
        compass: page.locator('.maplibregl-ctrl-compass'),
        'the sources’ ⓘ': page.locator('.maplibregl-ctrl-attrib-button'),
      };
      // The smallest icon, the compass’s north half, covers about 30 pixels.
      const inked = async () => {
        const ink: Record<string, number> = {};
        for (const [name, control] of Object.entries(controls))
          ink[name] = await atlas.inkOf(control);
        return ink;
      };
      for (const [name, ink] of Object.entries(await inked())) {
        expect(ink, `${name}: its icon`).toBeGreaterThan(20);
      }
      // A dark high-contrast theme: MapLibre's own ⓘ was black on black there.
      await page.emulateMedia({ forcedColors: 'active', colorScheme: 'dark' });
      try {
        for (const [name, ink] of Object.entries(await inked())) {
          expect(ink, `${name}: its icon in forced colours`).toBeGreaterThan(20);
        }
      } finally {
        await page.emulateMedia({ forcedColors: 'none', colorScheme: 'light' });
      }
    },
  );

  onePage(
    'the default view frames Chennai and Vladivostok, with scale bars in km and nm and the data attribution',
    async ({ atlas, page }) => {
      const chennaiAndVladivostok: [number, number][] = [
        [80.29, 13.09],
        [131.89, 43.12],
      ];
      expect(await atlas.map.sight(chennaiAndVladivostok)).toEqual(['visible', 'visible']);

      const scales = page.locator('.maplibregl-ctrl-scale');
      await expect(scales).toHaveCount(2);
      const texts = await scales.allTextContents();
      expect(texts.some((t) => /^\d+\s*km$/.test(t))).toBe(true);
      expect(texts.some((t) => /^\d+\s*nm$/.test(t))).toBe(true);
      // Open on a wide screen, every source readable beside the panel, not under it.
      const list = page.locator('.maplibregl-ctrl-attrib-inner');
      const panel = (await page.getByTestId('panel').boundingBox())!;
      const sources = (await list.boundingBox())!;
      expect(sources.x, 'the sources start right of the panel').toBeGreaterThanOrEqual(
        panel.x + panel.width,
      );
      await expect(list).toContainText(ON_MAP.map((s) => s.attribution).join(' | '));
      const attribution = page.locator('.maplibregl-ctrl-attrib-button');
      await attribution.click();
      await expect(page.locator('.maplibregl-ctrl-attrib-inner')).toContainText('Natural Earth');
      // Folded again, as the reader found it.
      await attribution.click();
    },
  );
});
