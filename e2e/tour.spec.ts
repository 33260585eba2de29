/**
 * The guided tour (issue #15): every step walked with Next and with the keys, each framing its
 * places clear of the card and the map's controls; deep links, Back and Forward, Escape; the
 * animated voyage's ship where the transit model puts it; reduced motion; the globe.
 */
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import type { FeatureCollection, LineString, Point } from 'geojson';
import { PLACES } from '../src/content/places';
import { TOUR_LENGTH, TOUR_STEPS, type TourStep } from '../src/content/tour';
import { THEME } from '../src/lib/style/theme';
import { parseStretches } from '../src/lib/voyage/stretches';
import { voyageAt, voyagePlan } from '../src/lib/voyage/voyage';
import { DEFAULT_ALLOWANCE_DAYS, DEFAULT_SPEED_KN } from '../src/lib/url/state';
import { colourDistance, expect, hex, mapIdle, openAtlas, pixelAt, test } from './driver-old';

const read = <T>(path: string): T =>
  JSON.parse(readFileSync(new URL(`../geo/${path}`, import.meta.url), 'utf8')) as T;
const routes = read<FeatureCollection<LineString>>('routes.geojson');
const ports = read<FeatureCollection<Point>>('ports.geojson');
const route = (id: string) => routes.features.find((f) => f.properties?.id === id)!;
const port = (id: string) =>
  ports.features.find((f) => f.properties?.id === id)!.geometry.coordinates as [number, number];

/** What a step must show: its places, and the ends of the routes its ships sail. */
function stepPlaces(step: TourStep): [number, number][] {
  const places = step.places.map((id) => [...PLACES[id].coordinates] as [number, number]);
  const sailed =
    step.voyage === 'comparison' ? ['corridor', 'comparison'] : step.voyage ? ['corridor'] : [];
  for (const id of sailed) {
    const p = route(id).properties!;
    places.push(port(String(p.origin)), port(String(p.destination)));
  }
  return places;
}

/**
 * Places that are not where a person can see them: off the map, or under the tour card or one of
 * the map's controls (their rectangles read from the page, not from the app's own framing code).
 */
async function hiddenPlaces(page: Page, places: [number, number][]): Promise<string[]> {
  return page.evaluate((points) => {
    const map = window.corridorAtlas!.map;
    const canvas = map.getCanvas().getBoundingClientRect();
    const covers = [
      document.querySelector('[data-testid="tour-card"]')!,
      ...document.querySelectorAll('.maplibregl-ctrl'),
    ].map((el) => el.getBoundingClientRect());
    return points.flatMap(([lng, lat]) => {
      const { x, y } = map.project([lng, lat]);
      const px = canvas.left + x;
      const py = canvas.top + y;
      const onMap =
        px >= canvas.left && px <= canvas.right && py >= canvas.top && py <= canvas.bottom;
      const covered = covers.some(
        (r) => r.width > 0 && px >= r.left && px <= r.right && py >= r.top && py <= r.bottom,
      );
      return onMap && !covered ? [] : [`${lng},${lat}${onMap ? ' (covered)' : ' (off the map)'}`];
    });
  }, places);
}

async function expectStep(page: Page, n: number): Promise<void> {
  const step = TOUR_STEPS[n - 1]!;
  await expect(page.getByTestId('tour-counter')).toHaveText(`Step ${n} of ${TOUR_LENGTH}`);
  await expect(page.getByRole('heading', { name: step.title, exact: true })).toBeVisible();
  await expect(page.getByTestId('tour-quote')).toHaveText(step.quote.text);
  await expect.poll(() => page.evaluate(() => location.hash)).toContain(`tour=${n}`);
  await mapIdle(page);
  expect(await hiddenPlaces(page, stepPlaces(step)), `step ${n}: places in view`).toEqual([]);
}

test.beforeEach(async ({ page }) => {
  // Camera jumps instead of flying, and the voyage does not play by itself: the same framing.
  await page.emulateMedia({ reducedMotion: 'reduce' });
});

test('the tour walks every step with Next, each framing its places clear of the card @phone', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await openAtlas(page);
  const opener = page.getByTestId('tour-button');
  await opener.click();
  for (let n = 1; n <= TOUR_LENGTH; n++) {
    await test.step(`step ${n}`, async () => {
      await expectStep(page, n);
      const next = page.getByRole('button', { name: /^Next/ });
      const previous = page.getByRole('button', { name: /^Previous/ });
      await expect(previous).toBeEnabled({ enabled: n > 1 });
      await next.click();
    });
  }
  // Next on the last step leaves the tour, and focus goes back to where it was opened.
  await expect(page.getByTestId('tour-card')).toBeHidden();
  await expect.poll(() => page.evaluate(() => location.hash)).not.toContain('tour=');
  await expect(opener).toBeFocused();
});

test('the keys walk the tour, sliders keep theirs, Escape leaves it', async ({ page }) => {
  await openAtlas(page);
  await page.getByTestId('welcome-tour').click();
  await expectStep(page, 1);
  // Focus on the map: the arrows still step the tour.
  await page.locator('canvas.maplibregl-canvas').focus();
  await page.keyboard.press('ArrowRight');
  await expectStep(page, 2);
  await page.keyboard.press('ArrowLeft');
  await expectStep(page, 1);
  // A dot jumps to the corridor step; in its day slider the arrows move the slider.
  const corridor = TOUR_STEPS.findIndex((s) => s.voyage === 'corridor') + 1;
  await page.getByTestId(`tour-dot-${corridor}`).click();
  await expectStep(page, corridor);
  const slider = page.getByTestId('voyage-slider');
  await slider.focus();
  await page.keyboard.press('ArrowRight');
  await expect(slider).toHaveValue('0.1');
  await expect(page.getByTestId('tour-counter')).toHaveText(`Step ${corridor} of ${TOUR_LENGTH}`);
  // Escape leaves the tour and focus returns to the welcome line's opener… which is gone, so to
  // the toolbar's tour button.
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('tour-card')).toBeHidden();
  await expect(page.getByTestId('tour-button')).toBeFocused();
  await expect.poll(() => page.evaluate(() => location.hash)).not.toContain('tour=');
  await expect(page.getByTestId('panel')).toBeVisible();
});

test('a link opens a middle step; Back and Forward move between steps', async ({ page }) => {
  await openAtlas(page, '#tour=5');
  await expectStep(page, 5);
  await page.getByRole('button', { name: /^Next/ }).click();
  await expectStep(page, 6);
  await page.goBack();
  await expectStep(page, 5);
  await page.goForward();
  await expectStep(page, 6);
});

test('the ship is where the transit model puts it on the chosen day', async ({ page }) => {
  const n = TOUR_STEPS.findIndex((s) => s.voyage === 'corridor') + 1;
  await openAtlas(page, `#tour=${n}`);
  const corridor = route('corridor');
  const plan = voyagePlan({
    coordinates: corridor.geometry.coordinates as [number, number][],
    km: Number(corridor.properties!.km),
    stretches: parseStretches(corridor.properties!.stretches, Number(corridor.properties!.km)),
    knots: DEFAULT_SPEED_KN,
    allowanceDays: DEFAULT_ALLOWANCE_DAYS,
  });
  const day = 6.5;
  const expected = voyageAt(plan, day);
  await page.getByTestId('voyage-slider').fill(String(day));
  await expect(page.getByTestId('voyage-day-corridor')).toContainText(
    `Day ${expected.dayNumber} · ${expected.stretch}`,
  );
  await mapIdle(page);
  // The pixels the ship changes: drawn with it, then without it; their centre is the ship.
  const centre = await page.evaluate(
    async (lngLat) => {
      const atlas = window.corridorAtlas!;
      const grab = () =>
        new Promise<Uint8ClampedArray>((resolve) => {
          atlas.map.once('render', () => {
            const canvas = atlas.map.getCanvas();
            const copy = document.createElement('canvas');
            copy.width = canvas.width;
            copy.height = canvas.height;
            const ctx = copy.getContext('2d')!;
            ctx.drawImage(canvas, 0, 0);
            resolve(ctx.getImageData(0, 0, copy.width, copy.height).data);
          });
          atlas.map.triggerRepaint();
        });
      const withShip = await grab();
      const ships = atlas.store.state.ships;
      atlas.store.update((s) => ({ ...s, ships: [] }));
      await new Promise((r) => atlas.map.once('idle', r));
      const without = await grab();
      atlas.store.update((s) => ({ ...s, ships }));
      const canvas = atlas.map.getCanvas();
      const ratio = canvas.width / canvas.clientWidth;
      let sx = 0;
      let sy = 0;
      let count = 0;
      for (let i = 0; i < withShip.length; i += 4) {
        const d =
          Math.abs(withShip[i]! - without[i]!) + Math.abs(withShip[i + 1]! - without[i + 1]!);
        if (d < 40) continue;
        const p = i / 4;
        sx += (p % canvas.width) / ratio;
        sy += Math.floor(p / canvas.width) / ratio;
        count++;
      }
      const target = atlas.map.project(lngLat);
      return { x: sx / count, y: sy / count, count, tx: target.x, ty: target.y };
    },
    expected.lngLat as [number, number],
  );
  expect(centre.count, 'pixels the ship draws').toBeGreaterThan(20);
  expect(Math.hypot(centre.x - centre.tx, centre.y - centre.ty)).toBeLessThan(4);
});

test('under reduced motion the map is still 1 s and 3 s after arriving at a step', async ({
  page,
}) => {
  const n = TOUR_STEPS.findIndex((s) => s.voyage === 'comparison') + 1;
  await openAtlas(page, `#tour=${n - 1}`);
  await page.getByRole('button', { name: /^Next/ }).click();
  await expect(page.getByTestId('tour-counter')).toHaveText(`Step ${n} of ${TOUR_LENGTH}`);
  await expect(page.getByTestId('voyage-play')).toHaveText('Play');
  const snapshot = () => page.locator('canvas.maplibregl-canvas').screenshot();
  // What is checked is that nothing changes with time, so here time itself is waited for.
  await page.waitForTimeout(1000);
  const early = await snapshot();
  await page.waitForTimeout(2000);
  expect((await snapshot()).equals(early), 'the map did not move').toBe(true);
  await expect(page.getByTestId('voyage-slider')).toHaveValue('0');
});

test('the globe draws ocean and land, and a bad projection in a link is refused', async ({
  page,
}) => {
  await openAtlas(page, '#proj=globe&map=3/20/85');
  expect(await page.evaluate(() => window.corridorAtlas!.map.getProjection().type)).toBe('globe');
  await expect(page.getByTestId('globe-toggle')).toHaveAttribute('aria-pressed', 'true');
  const bay = await pixelAt(page, [90, 15]);
  const india = await pixelAt(page, [78, 22]);
  expect(colourDistance(bay, hex(THEME.ocean))).toBeLessThanOrEqual(8);
  expect(colourDistance(india, hex(THEME.partnerLand))).toBeLessThanOrEqual(8);
  // Back to Mercator with the switch.
  await page.getByTestId('globe-toggle').click();
  await expect.poll(() => page.evaluate(() => location.hash)).not.toContain('proj=');
  await page.goto('./#proj=garbage');
  await expect(page.getByTestId('notice')).toContainText('unknown projection');
  await page.waitForFunction(() => window.corridorAtlas !== undefined);
  expect(
    await page.evaluate(() => window.corridorAtlas!.map.getProjection()?.type ?? 'mercator'),
  ).toBe('mercator');
});
