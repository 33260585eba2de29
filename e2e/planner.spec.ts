/**
 * The route planner (issue #7): choose ports by type-ahead, toggle passages, open the Northern Sea
 * Route, share the planned route as a link, and an impossible request. Expected figures come from
 * the data files and the analysis functions, never typed in.
 */
import { readFileSync } from 'node:fs';
import type { Feature } from 'geojson';
import { formatKm } from '../src/lib/analysis/format';
import { measureAlong } from '../src/lib/planner/along';
import { OVERLAY_LAYERS } from '../src/lib/style/ids';
import { Atlas, disableWebGL, expect, geo, sharedPageTests, test, type LngLat } from './driver';

const CHENNAI_VLADIVOSTOK = '#panel=planner&from=chennai&to=vladivostok';

/** How many features of the planned route the map draws (near a place: within 12 px). */
async function plannedDrawn(atlas: Atlas, near?: LngLat): Promise<number> {
  const features = await atlas.map.rendered(
    OVERLAY_LAYERS.planned,
    near && { lngLat: near, radius: 12 },
  );
  return features.length;
}

// Its own page: it downloads a file.
test('avoiding Malacca on Chennai → Vladivostok changes the passages and lengthens the route', async ({
  atlas,
  page,
}) => {
  await atlas.open(CHENNAI_VLADIVOSTOK);
  const first = await atlas.routeDrawn();
  const before = await atlas.shownKm();
  await expect(page.getByTestId('planner-passages')).toContainText('Strait of Malacca');

  await page.getByTestId('avoid-malacca').check();
  await atlas.routeDrawn({ after: first });
  await expect(page.getByTestId('planner-passages')).not.toContainText('Malacca');
  await expect(page.getByTestId('planner-passages')).toContainText('Sunda Strait');
  expect(await atlas.shownKm()).toBeGreaterThan(before);
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
  expect(Math.round(feature.properties?.km as number)).toBe(await atlas.shownKm());
});

// Its own page: a second tab opens the copied link.
test('a planned route survives copy-link and reload', async ({ atlas, page, context }) => {
  await atlas.open(CHENNAI_VLADIVOSTOK);
  const first = await atlas.routeDrawn();
  await page.getByTestId('avoid-malacca').check();
  await atlas.routeDrawn({ after: first });
  const km = await atlas.shownKm();
  const passages = await page.getByTestId('planner-passages').innerText();

  await page.getByTestId('share-menu-button').click();
  await page.getByTestId('copy-link').click();
  await expect(page.getByTestId('copy-status')).not.toBeEmpty();
  const fallback = page.getByTestId('copy-fallback');
  const link = (await fallback.isVisible())
    ? await fallback.inputValue()
    : await page.evaluate(() => location.href);
  expect(link).toContain('avoid=malacca');

  const again = new Atlas(await context.newPage());
  await again.page.goto(link);
  await again.map.ready();
  await again.routeDrawn();
  expect(await again.shownKm()).toBe(km);
  await expect(again.page.getByTestId('planner-passages')).toHaveText(passages);
  await expect(again.page.getByTestId('avoid-malacca')).toBeChecked();
  expect(await plannedDrawn(again)).toBeGreaterThan(0);
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

// The tests that only read share one page, opened at the default view, and reach
// their states by links, as a reader clicking links would.
sharedPageTests('', (onePage) => {
  onePage(
    'choosing two ports by type-ahead draws the route and shows its numbers',
    async ({ atlas, page }) => {
      await atlas.follow('#panel=planner');
      const from = page.getByTestId('planner-from');
      await from.fill('Madras');
      // The old name finds Chennai; Enter takes the highlighted option.
      await expect(
        page.locator('#planner-from-list').getByTestId('port-option-chennai'),
      ).toBeVisible();
      await from.press('Enter');
      await expect(from).toHaveValue('Chennai');
      const to = page.getByTestId('planner-to');
      await to.fill('vladivostók');
      await page.locator('#planner-to-list').getByTestId('port-option-vladivostok').click();
      await atlas.routeDrawn();

      expect(await plannedDrawn(atlas)).toBeGreaterThan(0);
      // Chennai → Vladivostok with nothing closed is the corridor itself.
      expect(await atlas.shownKm()).toBe(
        Number(formatKm(geo.route('corridor').km).replace(/[^\d]/g, '')),
      );
      await expect(page.getByTestId('planner-passages')).toHaveText('Strait of Malacca');
      await expect(page.getByTestId('planner-days')).toContainText('days');
      await expect(page.getByTestId('planner-delta')).toContainText('0 km');
      await expect(page).toHaveURL(/from=chennai&to=vladivostok/);
    },
  );

  onePage(
    'the distance along the route shows under the pointer, and where it is tapped @phone',
    async ({ atlas, page }, testInfo) => {
      await atlas.planRoute(CHENNAI_VLADIVOSTOK);
      // Chennai → Vladivostok is the corridor: its own geometry says how far each vertex is.
      const line = geo.routeLine('corridor');
      // A vertex of the line drawn on screen, clear of the panel and markers, near its middle.
      const visible = await atlas.map.reachable(line);
      const vertex = visible[Math.floor(visible.length / 2)];
      expect(vertex, 'a vertex of the route is visible').toBeDefined();
      const expected = measureAlong(line).nearest(vertex!.lngLat).km;
      const readout = page.getByTestId('planner-hover');
      await expect(readout).toBeHidden();
      const phone = testInfo.project.name === 'phone';
      if (phone) {
        await page.touchscreen.tap(vertex!.x, vertex!.y);
      } else {
        await page.mouse.move(vertex!.x - 30, vertex!.y - 30);
        await page.mouse.move(vertex!.x, vertex!.y, { steps: 4 });
      }
      await expect(readout).toBeVisible();
      // The pointer lands within a pixel or two of the vertex: a few km at this zoom.
      expect(Math.abs((await atlas.readoutKm('Chennai')) - expected)).toBeLessThan(30);
      // A tap is also said to screen readers.
      if (phone) {
        await expect(page.getByTestId('planner-tap-status')).toHaveText(await readout.innerText());
      }
      // On a touch screen a tap away from the route hides it; with a mouse, leaving the line does.
      const offsets = [
        [-60, -60],
        [60, 60],
        [-60, 60],
        [60, -60],
        [0, -80],
        [0, 80],
      ];
      const away = await atlas.map.clearOf(
        OVERLAY_LAYERS.planned,
        offsets.map(([dx, dy]) => ({ x: vertex!.x + dx!, y: vertex!.y + dy! })),
        20,
      );
      expect(away, 'a spot clear of the route').not.toBeNull();
      if (phone) await page.touchscreen.tap(away!.x, away!.y);
      else await page.mouse.move(away!.x, away!.y, { steps: 4 });
      await expect(readout).toBeHidden();
    },
  );

  onePage(
    'opening the Northern Sea Route sends Murmansk → Vladivostok through the Bering Strait',
    async ({ atlas, page }) => {
      const first = await atlas.planRoute('#panel=planner&from=murmansk&to=vladivostok');
      const viaSuez = await atlas.shownKm();
      await expect(page.getByTestId('planner-passages')).toContainText('Suez Canal');

      await page.getByTestId('open-northeast').check();
      await atlas.routeDrawn({ after: first });
      const passages = page.getByTestId('planner-passages');
      await expect(passages).toContainText('Northern Sea Route');
      await expect(passages).toContainText('Bering Strait');
      expect(await atlas.shownKm()).toBeLessThan(viaSuez);
      // The route is drawn at the Bering Strait (66°N, 169°W; its longitudes there run past 180).
      expect(await plannedDrawn(atlas, [191, 66])).toBeGreaterThan(0);
      // …and no longer at Suez.
      expect(await plannedDrawn(atlas, [32.5, 30])).toBe(0);
    },
  );

  onePage(
    'an impossible request shows a message and keeps the previous route',
    async ({ atlas, page }) => {
      await atlas.planRoute(CHENNAI_VLADIVOSTOK);
      const km = await atlas.shownKm();

      // Pick the origin on the map, in the Taklamakan desert: far from any sea lane.
      await page.getByTestId('planner-pick-from').click();
      await expect(page.getByTestId('planner-pick-hint')).toBeVisible();
      const point = await atlas.map.pagePoint([85, 39]);
      await page.mouse.click(point.x, point.y);
      await expect(page.getByTestId('planner-error')).toBeVisible();
      await expect(page.getByTestId('planner-error')).toContainText('far from the sea');
      await expect(page).toHaveURL(/from=p:/);
      // The previous route stays: its numbers and its line.
      expect(await atlas.shownKm()).toBe(km);
      await atlas.map.idle();
      expect(await plannedDrawn(atlas)).toBeGreaterThan(0);
    },
  );
});
