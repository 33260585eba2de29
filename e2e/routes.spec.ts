/**
 * The corridor on the map, the Far East regions and their card, and the Routes panel's numbers
 * (issue #4). Expected values come from the data files and the analysis functions, never typed in.
 */
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import * as turf from '@turf/turf';
import type { FeatureCollection, LineString, MultiPolygon, Point } from 'geojson';
import { ARTICLE_FIGURES } from '../src/content/article';
import {
  FIGURE_CHECK_IDS,
  formatDays,
  formatKm,
  formatNumber,
  kmToNm,
  transitDays,
} from '../src/lib/analysis';
import { OVERLAY_COLOURS, OVERLAY_LAYERS } from '../src/lib/style/ids';
import { DEFAULT_ALLOWANCE_DAYS, DEFAULT_SPEED_KN, LIMITS } from '../src/lib/url/state';
import {
  colourDistance,
  disableWebGL,
  expect,
  hex,
  mapIdle,
  openAtlas,
  pixelAt,
  test,
  type Rgb,
} from './driver';

const read = <T>(path: string): T =>
  JSON.parse(readFileSync(new URL(`../geo/${path}`, import.meta.url), 'utf8')) as T;
const routes = read<FeatureCollection<LineString>>('routes.geojson');
const labels = read<FeatureCollection<Point>>('far-east-labels.geojson');
const regions = read<FeatureCollection<MultiPolygon>>('far-east-regions.geojson');
const routeOf = (id: string) => routes.features.find((f) => f.properties?.id === id)!;
const corridor = routeOf('corridor');

type Box = [[number, number], [number, number]];
/** Rough boxes around two stretches of sea the corridor must cross. */
const MALACCA: Box = [
  [98, 1],
  [103.5, 6],
];
const SEA_OF_JAPAN: Box = [
  [128, 35.5],
  [140, 42],
];

/** The corridor's own vertices inside a box. */
function verticesIn([[w, s], [e, n]]: Box): [number, number][] {
  return corridor.geometry.coordinates
    .filter(([lng, lat]) => lng! >= w && lng! <= e && lat! >= s && lat! <= n)
    .map(([lng, lat]) => [lng!, lat!]);
}

/**
 * The smallest colour distance to `colour` within `radiusPx` CSS pixels of a position, read from
 * the canvas right after a frame, and whether a person can see that spot (nothing covers it).
 */
async function colourNear(
  page: Page,
  lngLat: [number, number],
  colour: string,
  radiusPx: number,
): Promise<{ distance: number; visible: boolean }> {
  const target = hex(colour);
  const { pixels, visible } = await page.evaluate(
    ({ lngLat, radiusPx }) =>
      new Promise<{ pixels: number[]; visible: boolean }>((resolve) => {
        const map = window.corridorAtlas!.map;
        map.once('render', () => {
          const canvas = map.getCanvas();
          const ratio = canvas.width / canvas.clientWidth;
          const { x, y } = map.project(lngLat);
          const rect = canvas.getBoundingClientRect();
          const onTop = document.elementFromPoint(rect.left + x, rect.top + y);
          const copy = document.createElement('canvas');
          copy.width = canvas.width;
          copy.height = canvas.height;
          const ctx = copy.getContext('2d')!;
          ctx.drawImage(canvas, 0, 0);
          const r = Math.ceil(radiusPx * ratio);
          const data = ctx.getImageData(
            Math.round(x * ratio) - r,
            Math.round(y * ratio) - r,
            2 * r + 1,
            2 * r + 1,
          ).data;
          resolve({ pixels: [...data], visible: onTop === canvas });
        });
        map.triggerRepaint();
      }),
    { lngLat, radiusPx },
  );
  let distance = 255;
  for (let i = 0; i < pixels.length; i += 4) {
    const rgb: Rgb = [pixels[i]!, pixels[i + 1]!, pixels[i + 2]!];
    distance = Math.min(distance, colourDistance(rgb, target));
  }
  return { distance, visible };
}

test('the corridor is drawn through the Strait of Malacca and the Sea of Japan', async ({
  page,
}) => {
  await openAtlas(page, '#view=corridor');
  for (const box of [MALACCA, SEA_OF_JAPAN]) {
    const where = JSON.stringify(box);
    const vertices = verticesIn(box);
    expect(vertices.length, `the corridor has vertices in ${where}`).toBeGreaterThan(0);
    // Every vertex a person can see (not under the panel or the attribution) shows the colour.
    let seen = 0;
    for (const vertex of vertices) {
      const near = await colourNear(page, vertex, OVERLAY_COLOURS.corridor, 4);
      if (!near.visible) continue;
      seen += 1;
      expect(near.distance, `corridor colour near ${vertex.join()}`).toBeLessThanOrEqual(12);
    }
    expect(seen, `visible corridor vertices in ${where}`).toBeGreaterThan(0);
  }
  // Open water of the Bay of Bengal, far from the line, has no route colour: the check can fail.
  const away = await colourNear(page, [88, 18], OVERLAY_COLOURS.corridor, 4);
  expect(away.distance).toBeGreaterThan(40);

  // The route avoiding Malacca is drawn only on request.
  const variantDrawn = () =>
    page.evaluate(
      (layer) => window.corridorAtlas!.map.queryRenderedFeatures({ layers: [layer] }).length,
      OVERLAY_LAYERS.variant,
    );
  expect(await variantDrawn()).toBe(0);
  await page.getByTestId('show-variant').check();
  await expect.poll(variantDrawn).toBeGreaterThan(0);
  await expect.poll(() => page.evaluate(() => location.hash)).toContain('variant');
});

test('the Far East view renders the 11 regions; hovering one shows its name, clicking opens its card, Escape closes it', async ({
  page,
}) => {
  await openAtlas(page, '#view=far-east');
  const ids = await page.evaluate(
    (layer) =>
      [
        ...new Set(
          window
            .corridorAtlas!.map.queryRenderedFeatures({ layers: [layer] })
            .map((f) => String(f.id)),
        ),
      ].sort(),
    OVERLAY_LAYERS.regionFill,
  );
  expect(ids).toEqual(labels.features.map((f) => String(f.properties?.id)).sort());
  expect(ids).toHaveLength(11);

  // The first region whose label point is on screen and not under the panel or a marker.
  const spot = await page.evaluate(
    (points) => {
      const map = window.corridorAtlas!.map;
      const canvas = map.getCanvas();
      const rect = canvas.getBoundingClientRect();
      for (const { id, lngLat } of points) {
        const { x, y } = map.project(lngLat);
        if (document.elementFromPoint(rect.left + x, rect.top + y) === canvas) {
          return { id, x: rect.left + x, y: rect.top + y };
        }
      }
      return null;
    },
    labels.features.map((f) => ({
      id: String(f.properties?.id),
      lngLat: f.geometry.coordinates as [number, number],
    })),
  );
  expect(spot, 'a region label point is visible').not.toBeNull();
  const region = labels.features.find((f) => f.properties?.id === spot!.id)!.properties!;

  await page.mouse.move(spot!.x - 20, spot!.y - 20);
  await page.mouse.move(spot!.x, spot!.y, { steps: 4 });
  await expect(page.getByTestId('region-tooltip')).toBeVisible();
  await expect(page.getByTestId('region-tooltip')).toHaveText(String(region.name_en));

  await page.mouse.click(spot!.x, spot!.y);
  const card = page.getByRole('dialog', { name: String(region.name_en) });
  await expect(card).toBeVisible();
  await expect(card.getByTestId('region-card-code')).toHaveText(String(region.id));
  await expect(card.getByTestId('region-card-area')).toContainText(
    `${formatNumber(Number(region.area_km2))} km²`,
  );
  await expect(card.locator('[lang="ru"]')).toHaveText(String(region.name_ru));
  await expect(card).toContainText('11 governors of Russia’s Far East');
  await expect(card).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(card).toBeHidden();
  // Focus goes back to the map the region was clicked on.
  await expect(page.locator('.maplibregl-canvas')).toBeFocused();
});

test('the Far East regions can be chosen from a list by keyboard', async ({ page }) => {
  // Eleven regions walked by keyboard, each framed: 22 s with a core busy on a 2-core machine,
  // too close to a third of the default 60 s for a machine twice as slow.
  test.setTimeout(90_000);
  await openAtlas(page);
  const label = labels.features.find((f) => f.properties?.id === 'RU-CHU')!;
  const chukotka = label.properties!;
  const item = page.getByTestId('region-item-RU-CHU');
  await expect(item).toHaveText(String(chukotka.name_en));
  await expect(page.getByTestId('region-row-RU-CHU')).toContainText(
    `RU-CHU · ${formatNumber(Number(chukotka.area_km2))} km²`,
  );
  await item.focus();
  await page.keyboard.press('Enter');
  const card = page.getByRole('dialog', { name: String(chukotka.name_en) });
  await expect(card).toBeVisible();
  await expect(card).toBeFocused();
  await mapIdle(page);

  // The map is framed on the region (which crosses 180°): its whole box is in view.
  const [west, south, east, north] = chukotka.bounds as number[];
  const inView = await page.evaluate(
    (corners) => {
      const map = window.corridorAtlas!.map;
      const { width, height } = map.getCanvas().getBoundingClientRect();
      return corners.map((c) => {
        const { x, y } = map.project(c as [number, number]);
        return x >= -1 && y >= -1 && x <= width + 1 && y <= height + 1;
      });
    },
    [
      [west, south],
      [east, north],
    ],
  );
  expect(inView).toEqual([true, true]);

  // It is drawn selected: a point well inside it, clear of its label and of the card, is a
  // stronger purple than after the card closes.
  const shape = regions.features.find((f) => f.properties?.id === 'RU-CHU')!;
  const candidates = turf
    .pointGrid([west!, south!, east!, north!], 40, { units: 'kilometers' })
    .features.map((p) => p.geometry.coordinates as [number, number])
    .filter(
      (c) =>
        // Negative distance = inside: at least 40 km from the border.
        turf.pointToPolygonDistance(c, shape, { units: 'kilometers' }) < -40 &&
        turf.distance(c, label.geometry.coordinates, { units: 'kilometers' }) > 200,
    );
  const spot = await page.evaluate((points) => {
    const map = window.corridorAtlas!.map;
    const canvas = map.getCanvas();
    const rect = canvas.getBoundingClientRect();
    return (
      points.find((c) => {
        const { x, y } = map.project(c);
        return document.elementFromPoint(rect.left + x, rect.top + y) === canvas;
      }) ?? null
    );
  }, candidates);
  expect(spot, 'an uncovered point inside Chukotka').not.toBeNull();
  const selected = await pixelAt(page, spot!);
  await page.keyboard.press('Escape');
  await expect(card).toBeHidden();
  // Focus goes back to the list entry the card was opened from.
  await expect(item).toBeFocused();
  await mapIdle(page);
  const plain = await pixelAt(page, spot!);
  const purple = hex(OVERLAY_COLOURS.region);
  expect(colourDistance(selected, purple)).toBeLessThan(colourDistance(plain, purple) - 20);

  // Choosing another region while a card is open: Escape returns to the latest choice.
  for (const id of ['RU-KAM', 'RU-AMU']) {
    await page.getByTestId(`region-item-${id}`).focus();
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('region-card-code')).toHaveText(id);
  }
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('region-card')).toBeHidden();
  await expect(page.getByTestId('region-item-RU-AMU')).toBeFocused();
});

/** The expected total days of the corridor at a speed, from the route's length and the model. */
const corridorDays = (knots: number) =>
  formatDays(
    transitDays({
      nm: kmToNm(Number(corridor.properties?.km)),
      knots,
      allowanceDays: DEFAULT_ALLOWANCE_DAYS,
    }).totalDays,
  );

test('moving the speed control changes the days shown and the link', async ({ page }) => {
  await openAtlas(page);
  const days = page.getByTestId('corridor-days');
  await expect(days).toHaveText(corridorDays(DEFAULT_SPEED_KN));
  const speed = page.getByTestId('speed');
  await speed.press('End');
  await expect(speed).toHaveValue(String(LIMITS.speed.max));
  await expect(days).toHaveText(corridorDays(LIMITS.speed.max));
  await expect(page.getByTestId('days-saved')).not.toHaveText('');
  await expect
    .poll(() => page.evaluate(() => location.hash))
    .toContain(`speed=${LIMITS.speed.max}`);
  // The figure check follows: its time row now shows the new computed total.
  await expect(page.locator('#check-days')).toContainText(corridorDays(LIMITS.speed.max));
});

test('without WebGL the Routes panel still shows and recomputes the figures', async ({ page }) => {
  await disableWebGL(page);
  await page.goto('./');
  await expect(page.getByTestId('map-fallback')).toBeVisible();
  const panel = page.getByTestId('tabpanel-routes');
  await expect(panel).toContainText(formatKm(Number(corridor.properties?.km)));
  await expect(panel.locator('[id^="check-"]')).toHaveCount(FIGURE_CHECK_IDS.length);
  await expect(panel.locator('#check-distance')).toContainText(
    `${formatNumber(ARTICLE_FIGURES.distance.value)} km`,
  );
  await expect(panel).toContainText('does not name that route');
  // The regions are listed as text (no map to show them on).
  for (const f of labels.features) {
    await expect(page.getByTestId(`region-row-${f.properties?.id}`)).toContainText(
      `${f.properties?.name_en} ${f.properties?.id} · ${formatNumber(Number(f.properties?.area_km2))} km²`,
    );
  }
  await expect(page.locator('[data-testid^="region-item-"]')).toHaveCount(0);
  const speed = page.getByTestId('speed');
  await speed.focus();
  await speed.press('ArrowLeft');
  await expect(page.getByTestId('corridor-days')).toHaveText(corridorDays(DEFAULT_SPEED_KN - 0.5));
});
