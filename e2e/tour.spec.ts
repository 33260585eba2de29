/**
 * The guided tour (issue #15): every step walked with Next and with the keys, each framing its
 * places clear of the card and the map's controls; deep links, Back and Forward, Escape; the
 * animated voyage's ship where the transit model puts it; reduced motion; the globe.
 */
import type { RouteId } from '../src/content/ids';
import { PLACES } from '../src/content/places';
import { TOUR_LENGTH, TOUR_STEPS, type TourStep } from '../src/content/tour';
import { THEME } from '../src/lib/style/theme';
import { voyageAt, voyagePlan } from '../src/lib/voyage/voyage';
import { DEFAULT_ALLOWANCE_DAYS, DEFAULT_SPEED_KN } from '../src/lib/url/state';
import {
  colourDistance,
  expect,
  geo,
  hex,
  sharedPageTests,
  shipPixels,
  test,
  type Atlas,
  type LngLat,
} from './driver';

/** What a step must show: its places, and the ends of the routes its ships sail. */
function stepPlaces(step: TourStep): [number, number][] {
  const places = step.places.map((id) => [...PLACES[id].coordinates] as [number, number]);
  const sailed: RouteId[] =
    step.voyage === 'comparison' ? ['corridor', 'comparison'] : step.voyage ? ['corridor'] : [];
  for (const id of sailed) {
    const { origin, destination } = geo.route(id);
    places.push([...geo.portAt(origin)], [...geo.portAt(destination)]);
  }
  return places;
}

/**
 * Places that are not where a person can see them: off the map, or under the tour card or one of
 * the map's controls (their rectangles read from the page, not from the app's own framing code).
 */
async function hiddenPlaces(atlas: Atlas, places: [number, number][]): Promise<string[]> {
  const sight = await atlas.map.sight(places, {
    covers: '[data-testid="tour-card"], .maplibregl-ctrl',
  });
  return places.flatMap(([lng, lat], i) =>
    sight[i] === 'visible' ? [] : [`${lng},${lat} (${sight[i]})`],
  );
}

async function expectStep(atlas: Atlas, n: number): Promise<void> {
  const { page } = atlas;
  const step = TOUR_STEPS[n - 1]!;
  await expect(page.getByTestId('tour-counter')).toHaveText(`Step ${n} of ${TOUR_LENGTH}`);
  await expect(page.getByRole('heading', { name: step.title, exact: true })).toBeVisible();
  await expect(page.getByTestId('tour-quote')).toHaveText(step.quote.text);
  await atlas.expectHash().toContain(`tour=${n}`);
  await atlas.map.idle();
  expect(await hiddenPlaces(atlas, stepPlaces(step)), `step ${n}: places in view`).toEqual([]);
}

// Its own page: taking the tour from the welcome line remembers it in the browser's storage.
test('the keys walk the tour, sliders keep theirs, Escape leaves it', async ({ page, atlas }) => {
  await atlas.open();
  await page.getByTestId('welcome-tour').click();
  await expectStep(atlas, 1);
  // Focus on the map: the arrows still step the tour.
  await page.locator('canvas.maplibregl-canvas').focus();
  await page.keyboard.press('ArrowRight');
  await expectStep(atlas, 2);
  await page.keyboard.press('ArrowLeft');
  await expectStep(atlas, 1);
  // A dot jumps to the corridor step; in its day slider the arrows move the slider.
  const corridor = TOUR_STEPS.findIndex((s) => s.voyage === 'corridor') + 1;
  await page.getByTestId(`tour-dot-${corridor}`).click();
  await expectStep(atlas, corridor);
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
  await atlas.expectHash().not.toContain('tour=');
  await expect(page.getByTestId('panel')).toBeVisible();
});

// The tests that only read share one page, opened at the default view, and reach
// their states by links, as a reader clicking links would.
sharedPageTests('', (onePage) => {
  onePage(
    'bug: on a phone the tour card blanked the map above it (the page’s background showed instead) @phone',
    async ({ atlas }) => {
      await atlas.follow('#tour=3');
      await atlas.map.idle();
      // Central India, clear of the step's markers and above the card at both sizes: what the
      // page shows there is what the map draws (land), not the sea-blue page behind the canvas.
      const place: LngLat = [78, 18];
      expect(await atlas.map.sight([place])).toEqual(['visible']);
      const drawn = await atlas.pixelAt(place);
      const seen = await atlas.seenAt(place);
      expect(colourDistance(seen, drawn), `seen ${seen}, drawn ${drawn}`).toBeLessThanOrEqual(6);
      await atlas.follow('');
    },
  );

  onePage(
    'the tour walks every step with Next, each framing its places clear of the card @phone',
    async ({ page, atlas }) => {
      test.setTimeout(120_000);
      const opener = page.getByTestId('tour-button');
      await opener.click();
      for (let n = 1; n <= TOUR_LENGTH; n++) {
        await test.step(`step ${n}`, async () => {
          await expectStep(atlas, n);
          const next = page.getByRole('button', { name: /^Next/ });
          const previous = page.getByRole('button', { name: /^Previous/ });
          await expect(previous).toBeEnabled({ enabled: n > 1 });
          await next.click();
        });
      }
      // Next on the last step leaves the tour, and focus goes back to where it was opened.
      await expect(page.getByTestId('tour-card')).toBeHidden();
      await atlas.expectHash().not.toContain('tour=');
      await expect(opener).toBeFocused();
      // The map keeps the last step's framing, which is not in the link: back to the opening view
      // by the Views menu.
      await atlas.chooseView('overview');
    },
  );

  onePage(
    'a link opens a middle step; Back and Forward move between steps',
    async ({ page, atlas }) => {
      await atlas.follow('#tour=5');
      await expectStep(atlas, 5);
      await page.getByRole('button', { name: /^Next/ }).click();
      await expectStep(atlas, 6);
      await page.goBack();
      await expectStep(atlas, 5);
      await page.goForward();
      await expectStep(atlas, 6);
    },
  );

  onePage(
    'the ship is where the transit model puts it on the chosen day',
    async ({ page, atlas }) => {
      const n = TOUR_STEPS.findIndex((s) => s.voyage === 'corridor') + 1;
      await atlas.follow(`#tour=${n}`);
      const corridor = geo.route('corridor');
      const plan = voyagePlan({
        coordinates: geo.routeLine('corridor'),
        km: corridor.km,
        stretches: [...corridor.stretches],
        knots: DEFAULT_SPEED_KN,
        allowanceDays: DEFAULT_ALLOWANCE_DAYS,
      });
      const day = 6.5;
      const expected = voyageAt(plan, day);
      await page.getByTestId('voyage-slider').fill(String(day));
      await expect(page.getByTestId('voyage-day-corridor')).toContainText(
        `Day ${expected.dayNumber} · ${expected.stretch}`,
      );
      await atlas.map.idle();
      // The pixels the ship changes: drawn with it, then without it; their centre is the ship.
      const ship = await shipPixels(page);
      const target = await atlas.map.pointOf(expected.lngLat as [number, number]);
      expect(ship.count, 'pixels the ship draws').toBeGreaterThan(20);
      expect(Math.hypot(ship.x - target.x, ship.y - target.y)).toBeLessThan(4);
    },
  );

  onePage(
    'under reduced motion the map is still 1 s and 3 s after arriving at a step',
    async ({ page, atlas }) => {
      const n = TOUR_STEPS.findIndex((s) => s.voyage === 'comparison') + 1;
      await atlas.follow(`#tour=${n - 1}`);
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
    },
  );

  onePage(
    'the globe draws ocean and land, and a bad projection in a link is refused',
    async ({ page, atlas }) => {
      await atlas.follow('#proj=globe&map=3/20/85');
      expect(await atlas.map.projection()).toBe('globe');
      await expect(page.getByTestId('globe-toggle')).toHaveAttribute('aria-pressed', 'true');
      const bay = await atlas.pixelAt([90, 15]);
      const india = await atlas.pixelAt([78, 22]);
      expect(colourDistance(bay, hex(THEME.ocean))).toBeLessThanOrEqual(8);
      expect(colourDistance(india, hex(THEME.partnerLand))).toBeLessThanOrEqual(8);
      // Back to Mercator with the switch.
      await page.getByTestId('globe-toggle').click();
      await atlas.expectHash().not.toContain('proj=');
      await atlas.follow('#proj=garbage');
      const notice = page.getByTestId('notice');
      await expect(notice).toContainText('unknown projection');
      expect(await atlas.map.projection()).toBe('mercator');
      await notice.getByRole('button', { name: /dismiss/i }).click();
    },
  );
});
