/**
 * The route planner (issue #7): choose ports by type-ahead, toggle passages, open the Northern Sea
 * Route, share the planned route as a link, and an impossible request. Expected figures come from
 * the data files and the analysis functions, never typed in.
 */
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import type { Feature, FeatureCollection, LineString } from 'geojson';
import { formatKm } from '../src/lib/analysis/format';
import { measureAlong } from '../src/lib/planner/along';
import type { LonLat } from '../src/lib/routing/ports';
import { OVERLAY_LAYERS } from '../src/lib/style/ids';
import { disableWebGL, expect, mapIdle, openAtlas, test } from './driver-old';

const routes = JSON.parse(
  readFileSync(new URL('../geo/routes.geojson', import.meta.url), 'utf8'),
) as FeatureCollection<LineString>;
const corridor = routes.features.find((f) => f.properties?.id === 'corridor')!;
const corridorKm = corridor.properties!.km as number;

const panel = (page: Page) => page.getByTestId('tabpanel-planner');

/** Waits until a route other than `previous` is computed and drawn; returns its key. */
async function routeDrawn(page: Page, previous: string | null = null): Promise<string> {
  await expect
    .poll(async () => {
      const p = panel(page);
      const [key, drawn] = await Promise.all([
        p.getAttribute('data-route-key'),
        p.getAttribute('data-route-drawn'),
      ]);
      return key !== null && key !== previous && key === drawn ? key : null;
    })
    .not.toBeNull();
  await mapIdle(page);
  return (await panel(page).getAttribute('data-route-key'))!;
}

/** The route length shown, in km (parsed from "10,255 km (5,537 nm)"). */
async function shownKm(page: Page): Promise<number> {
  const text = await page.getByTestId('planner-length').innerText();
  const match = /^([\d,]+) km \(([\d,]+) nm\)$/.exec(text);
  expect(match, `length text "${text}"`).not.toBeNull();
  return Number(match![1]!.replaceAll(',', ''));
}

/** Rendered features of the planned route within `radius` px of a position. */
async function plannedNear(page: Page, lngLat: [number, number], radius = 12): Promise<number> {
  return page.evaluate(
    ({ lngLat, radius, layer }) => {
      const map = window.corridorAtlas!.map;
      const p = map.project(lngLat);
      return map.queryRenderedFeatures(
        [
          [p.x - radius, p.y - radius],
          [p.x + radius, p.y + radius],
        ],
        { layers: [layer] },
      ).length;
    },
    { lngLat, radius, layer: OVERLAY_LAYERS.planned },
  );
}

async function plannedCount(page: Page): Promise<number> {
  return page.evaluate(
    (layer) => window.corridorAtlas!.map.queryRenderedFeatures({ layers: [layer] }).length,
    OVERLAY_LAYERS.planned,
  );
}

test('choosing two ports by type-ahead draws the route and shows its numbers', async ({ page }) => {
  await openAtlas(page, '#panel=planner');
  const from = page.getByTestId('planner-from');
  await from.fill('Madras');
  // The old name finds Chennai; Enter takes the highlighted option.
  await expect(page.locator('#planner-from-list').getByTestId('port-option-chennai')).toBeVisible();
  await from.press('Enter');
  await expect(from).toHaveValue('Chennai');
  const to = page.getByTestId('planner-to');
  await to.fill('vladivostók');
  await page.locator('#planner-to-list').getByTestId('port-option-vladivostok').click();
  await routeDrawn(page);

  expect(await plannedCount(page)).toBeGreaterThan(0);
  // Chennai → Vladivostok with nothing closed is the corridor itself.
  expect(await shownKm(page)).toBe(Number(formatKm(corridorKm).replace(/[^\d]/g, '')));
  await expect(page.getByTestId('planner-passages')).toHaveText('Strait of Malacca');
  await expect(page.getByTestId('planner-days')).toContainText('days');
  await expect(page.getByTestId('planner-delta')).toContainText('0 km');
  await expect(page).toHaveURL(/from=chennai&to=vladivostok/);
});

/** A vertex of the line drawn on screen, clear of the panel and markers, near its middle. */
async function visibleVertex(
  page: Page,
  line: LonLat[],
): Promise<{ lngLat: LonLat; x: number; y: number }> {
  const found = await page.evaluate((points) => {
    const map = window.corridorAtlas!.map;
    const canvas = map.getCanvas();
    const rect = canvas.getBoundingClientRect();
    const visible = points
      .map((lngLat) => {
        const { x, y } = map.project(lngLat);
        return { lngLat, x: rect.left + x, y: rect.top + y };
      })
      .filter(({ x, y }) => document.elementFromPoint(x, y) === canvas);
    return visible[Math.floor(visible.length / 2)] ?? null;
  }, line);
  expect(found, 'a vertex of the route is visible').not.toBeNull();
  return found!;
}

/** The km figure of the along-route readout ("4,321 km (2,333 nm) from Chennai"). */
async function readoutKm(page: Page): Promise<number> {
  const text = await page.getByTestId('planner-hover').innerText();
  const match = /^([\d,]+) km \([\d,]+ nm\) from Chennai$/.exec(text);
  expect(match, `readout "${text}"`).not.toBeNull();
  return Number(match![1]!.replaceAll(',', ''));
}

test('the distance along the route shows under the pointer, and where it is tapped @phone', async ({
  page,
}, testInfo) => {
  await openAtlas(page, '#panel=planner&from=chennai&to=vladivostok');
  await routeDrawn(page);
  // Chennai → Vladivostok is the corridor: its own geometry says how far each vertex is.
  const line = corridor.geometry.coordinates as LonLat[];
  const vertex = await visibleVertex(page, line);
  const expected = measureAlong(line).nearest(vertex.lngLat).km;
  const readout = page.getByTestId('planner-hover');
  await expect(readout).toBeHidden();
  if (testInfo.project.name === 'phone') {
    await page.touchscreen.tap(vertex.x, vertex.y);
  } else {
    await page.mouse.move(vertex.x - 30, vertex.y - 30);
    await page.mouse.move(vertex.x, vertex.y, { steps: 4 });
  }
  await expect(readout).toBeVisible();
  // The pointer lands within a pixel or two of the vertex: a few km at this zoom.
  expect(Math.abs((await readoutKm(page)) - expected)).toBeLessThan(30);
  // A tap is also said to screen readers.
  if (testInfo.project.name === 'phone') {
    await expect(page.getByTestId('planner-tap-status')).toHaveText(await readout.innerText());
  }
  // On a touch screen a tap away from the route hides it; with a mouse, leaving the line does.
  const away = await page.evaluate(
    ({ x, y, layer }) => {
      const map = window.corridorAtlas!.map;
      const canvas = map.getCanvas();
      const rect = canvas.getBoundingClientRect();
      const offsets = [
        [-60, -60],
        [60, 60],
        [-60, 60],
        [60, -60],
        [0, -80],
        [0, 80],
      ];
      const clear = offsets
        .map(([dx, dy]) => ({ x: x + dx!, y: y + dy! }))
        .find((p) => {
          const [px, py] = [p.x - rect.left, p.y - rect.top];
          const box: [[number, number], [number, number]] = [
            [px - 20, py - 20],
            [px + 20, py + 20],
          ];
          return (
            document.elementFromPoint(p.x, p.y) === canvas &&
            map.queryRenderedFeatures(box, { layers: [layer] }).length === 0
          );
        });
      return clear ?? null;
    },
    { x: vertex.x, y: vertex.y, layer: OVERLAY_LAYERS.planned },
  );
  expect(away, 'a spot clear of the route').not.toBeNull();
  if (testInfo.project.name === 'phone') await page.touchscreen.tap(away!.x, away!.y);
  else await page.mouse.move(away!.x, away!.y, { steps: 4 });
  await expect(readout).toBeHidden();
});

test('avoiding Malacca on Chennai → Vladivostok changes the passages and lengthens the route', async ({
  page,
}) => {
  await openAtlas(page, '#panel=planner&from=chennai&to=vladivostok');
  const first = await routeDrawn(page);
  const before = await shownKm(page);
  await expect(page.getByTestId('planner-passages')).toContainText('Strait of Malacca');

  await page.getByTestId('avoid-malacca').check();
  await routeDrawn(page, first);
  await expect(page.getByTestId('planner-passages')).not.toContainText('Malacca');
  await expect(page.getByTestId('planner-passages')).toContainText('Sunda Strait');
  expect(await shownKm(page)).toBeGreaterThan(before);
  await expect(page.getByTestId('planner-delta')).toContainText('+');
  await expect(page).toHaveURL(/avoid=malacca/);

  // The download is the route shown: its request and its figures.
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId('download-route').click(),
  ]);
  const feature = JSON.parse(readFileSync(await download.path(), 'utf8')) as Feature;
  expect(download.suggestedFilename()).toBe('route-chennai-vladivostok.geojson');
  expect(feature.geometry.type).toBe('LineString');
  expect(feature.properties).toMatchObject({
    from: 'chennai',
    to: 'vladivostok',
    avoid: ['malacca'],
  });
  expect(feature.properties?.passages).toContain('sunda');
  expect(Math.round(feature.properties?.km as number)).toBe(await shownKm(page));
});

test('opening the Northern Sea Route sends Murmansk → Vladivostok through the Bering Strait', async ({
  page,
}) => {
  await openAtlas(page, '#panel=planner&from=murmansk&to=vladivostok');
  const first = await routeDrawn(page);
  const viaSuez = await shownKm(page);
  await expect(page.getByTestId('planner-passages')).toContainText('Suez Canal');

  await page.getByTestId('open-northeast').check();
  await routeDrawn(page, first);
  const passages = page.getByTestId('planner-passages');
  await expect(passages).toContainText('Northern Sea Route');
  await expect(passages).toContainText('Bering Strait');
  expect(await shownKm(page)).toBeLessThan(viaSuez);
  // The route is drawn at the Bering Strait (66°N, 169°W; its longitudes there run past 180).
  expect(await plannedNear(page, [191, 66])).toBeGreaterThan(0);
  // …and no longer at Suez.
  expect(await plannedNear(page, [32.5, 30])).toBe(0);
});

test('a planned route survives copy-link and reload', async ({ page, context }) => {
  await openAtlas(page, '#panel=planner&from=chennai&to=vladivostok');
  const first = await routeDrawn(page);
  await page.getByTestId('avoid-malacca').check();
  await routeDrawn(page, first);
  const km = await shownKm(page);
  const passages = await page.getByTestId('planner-passages').innerText();

  await page.getByTestId('share-menu-button').click();
  await page.getByTestId('copy-link').click();
  await expect(page.getByTestId('copy-status')).not.toBeEmpty();
  const fallback = page.getByTestId('copy-fallback');
  const link = (await fallback.isVisible())
    ? await fallback.inputValue()
    : await page.evaluate(() => location.href);
  expect(link).toContain('avoid=malacca');

  const again = await context.newPage();
  await again.goto(link);
  await again.waitForFunction(() => window.corridorAtlas !== undefined);
  await again.evaluate(() => window.corridorAtlas!.ready);
  await routeDrawn(again);
  expect(await shownKm(again)).toBe(km);
  await expect(again.getByTestId('planner-passages')).toHaveText(passages);
  await expect(again.getByTestId('avoid-malacca')).toBeChecked();
  expect(await plannedCount(again)).toBeGreaterThan(0);
});

test('an impossible request shows a message and keeps the previous route', async ({ page }) => {
  await openAtlas(page, '#panel=planner&from=chennai&to=vladivostok');
  await routeDrawn(page);
  const km = await shownKm(page);

  // Pick the origin on the map, in the Taklamakan desert: far from any sea lane.
  await page.getByTestId('planner-pick-from').click();
  await expect(page.getByTestId('planner-pick-hint')).toBeVisible();
  const point = await page.evaluate(() => {
    const map = window.corridorAtlas!.map;
    const p = map.project([85, 39]);
    const box = map.getCanvas().getBoundingClientRect();
    return { x: box.left + p.x, y: box.top + p.y };
  });
  await page.mouse.click(point.x, point.y);
  await expect(page.getByTestId('planner-error')).toBeVisible();
  await expect(page.getByTestId('planner-error')).toContainText('far from the sea');
  await expect(page).toHaveURL(/from=p:/);
  // The previous route stays: its numbers and its line.
  expect(await shownKm(page)).toBe(km);
  await mapIdle(page);
  expect(await plannedCount(page)).toBeGreaterThan(0);
});

test('without WebGL the planner still computes and shows the route', async ({ page }) => {
  await disableWebGL(page);
  await page.goto('./#panel=planner&from=murmansk&to=vladivostok&open=northeast');
  await expect(page.getByTestId('map-fallback')).toBeVisible();
  await expect(page.getByTestId('planner-passages')).toHaveText(
    'Northern Sea Route, Bering Strait',
  );
  await expect(page.getByTestId('planner-length')).toContainText('km');
  // Nothing to click on: picking on the map is not offered.
  await expect(page.getByTestId('planner-pick-from')).toBeHidden();
});
