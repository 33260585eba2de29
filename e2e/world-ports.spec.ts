/**
 * Every port of the World Port Index (issue #28): the planner's type-ahead over the whole
 * catalogue, a link with a new port id, a hostile or unknown port in a link, and a port's card
 * opened from the map. Expected facts come from geo/world-ports.geojson, read with the app's own
 * parser (the driver's `geo`), never typed in.
 */
import { OVERLAY_LAYERS } from '../src/lib/style/ids';
import { expect, geo, routeKeyOf, sharedPageTests, test } from './driver';

const SANTOS = geo.worldPort('brssz');

sharedPageTests('#panel=planner', (onePage) => {
  onePage(
    'the type-ahead finds World Port Index ports by name, old name and UN/LOCODE, with their country, for the ends and the stops',
    async ({ page }) => {
      const from = page.getByTestId('planner-from');
      const list = page.locator('#planner-from-list');
      for (const [typed, id, country] of [
        ['Santos', 'brssz', 'Brazil'],
        ['Calcutta', 'kolkata', 'India'],
        ['NLRTM', 'rotterdam', 'Netherlands'],
        ['IN MAA', 'chennai', 'India'],
        ['Valparaiso', 'clvap', 'Chile'],
      ] as const) {
        await from.fill(typed);
        // The best match first, its country in words beside it.
        const first = list.getByRole('option').first();
        await expect(first, typed).toHaveAttribute('data-testid', `port-option-${id}`);
        await expect(first, typed).toContainText(country);
      }
      // Abandoned: the field shows the planner's end again (none).
      await from.press('Escape');
      await from.press('Escape');
      await from.blur();
      await expect(from).toHaveValue('');
      // A stop is searched in the same catalogue (issue #30).
      const via = page.getByTestId('planner-via');
      await via.fill('Santos');
      await expect(page.locator('#planner-via-list').getByRole('option').first()).toHaveAttribute(
        'data-testid',
        'port-option-brssz',
      );
      await via.press('Escape');
      await via.press('Escape');
      await via.blur();
      await expect(via).toHaveValue('');
    },
  );

  onePage(
    'a link with a new port id reopens the same route, framed, and an old id keeps working',
    async ({ atlas, page }) => {
      // `nlrtm` is Rotterdam's UN/LOCODE: the link is made canonical (the curated id).
      await atlas.follow('#panel=planner&from=brssz&to=nlrtm');
      await atlas.routeDrawn({ key: routeKeyOf('#panel=planner&from=brssz&to=rotterdam') });
      await atlas.expectHash().toMatch(/from=brssz&to=rotterdam/);
      await expect(page.getByTestId('planner-title')).toHaveText('Santos → Rotterdam');
      // Framed: both ends in sight, the route drawn from Santos.
      expect(await atlas.map.sight([SANTOS.coordinates, geo.portAt('rotterdam')])).toEqual([
        'visible',
        'visible',
      ]);
      const near = await atlas.map.rendered(OVERLAY_LAYERS.planned, {
        lngLat: SANTOS.coordinates,
        radius: 12,
      });
      expect(near.length).toBeGreaterThan(0);
    },
  );

  onePage(
    'a port’s card opens from the planner by keyboard ("Port details") and gives the focus back',
    async ({ atlas, page }) => {
      await atlas.planRoute('#panel=planner&from=chennai&to=brssz');
      const details = page.getByTestId('planner-details-to');
      await expect(details).toHaveAccessibleName(`Port details: ${SANTOS.name}`);
      await expect(page.getByTestId('planner-details-from')).toBeVisible();
      await details.focus();
      await page.keyboard.press('Enter');
      const card = page.getByTestId('port-card');
      await expect(card).toBeFocused();
      await expect(card.getByTestId('port-card-name')).toHaveText(SANTOS.name);
      await expect(card.getByTestId('port-card-locode')).toHaveText(SANTOS.locode!);
      await page.keyboard.press('Escape');
      await expect(card).toHaveCount(0);
      await expect(details).toBeFocused();
      // A point at sea is no port: no details to show.
      await atlas.planRoute('#panel=planner&from=chennai&to=p:88,12');
      await expect(page.getByTestId('planner-details-to')).toBeHidden();
    },
  );

  onePage(
    'an approach over land is labelled approximate with its km; an unreachable port answers in words',
    async ({ atlas, page }) => {
      const narsarssuaq = geo.worldPort('gluak');
      await atlas.planRoute('#panel=planner&from=gluak&to=nlrtm');
      await expect(page.getByTestId('planner-approximate')).toHaveText(
        `The approach to ${narsarssuaq.name} crosses ${narsarssuaq.approachLandKm} km of land at this map’s resolution: its length there is approximate.`,
      );
      // Thunder Bay, on Lake Superior: no lane within 300 km, and no path drawn over land.
      await atlas.follow('#panel=planner&from=cathu&to=nlrtm');
      await expect(page.getByTestId('planner-error')).toHaveText(
        `${geo.worldPort('cathu').name} cannot be reached: no lane of the sea-lane network lies within 300 km of it. No route is drawn over land.`,
      );
    },
  );

  onePage(
    'an unknown or hostile port in a link is dropped with a notice naming the nearest matches',
    async ({ atlas, page }) => {
      await atlas.follow('#panel=planner&from=santo&to=brssz');
      const notice = page.getByTestId('notice').filter({ hasText: '“santo”' });
      // "Santo" is a name (Luganville's, on Espiritu Santo), not a port's id: offered, not taken.
      await expect(notice).toContainText('Luganville');
      await atlas.expectHash().not.toMatch(/from=/);
      await expect(page.getByTestId('planner-status')).toHaveText(
        'Choose an origin and a destination.',
      );
      await notice.getByRole('button', { name: 'Dismiss this message' }).click();

      await atlas.follow('#panel=planner&from=%3Cimg%20src%3Dx%3E&to=brssz');
      const parsed = page.getByTestId('notice').filter({ hasText: 'unknown port' });
      await expect(parsed).toBeVisible();
      await expect(page.locator('#notices img')).toHaveCount(0);
      await expect(page.getByTestId('planner-to')).toHaveValue('Santos');
      await parsed.getByRole('button', { name: 'Dismiss this message' }).click();
    },
  );
});

// Its own page: the world ports' layer is switched on by the link (it loads on first show).
test('a port card opens from the map and routes to the port @phone', async ({
  atlas,
  page,
}, testInfo) => {
  // Santos 1.5° north of the centre: above a phone's bottom sheet too.
  const [lng, lat] = SANTOS.coordinates;
  await atlas.open(`#map=6/${lat - 1.5}/${lng}&layers=corridor,world-ports`);
  await expect.poll(() => atlas.map.draws(OVERLAY_LAYERS.worldPortDots)).toBe(true);
  await atlas.map.idle();
  const phone = testInfo.project.name === 'phone';
  await atlas.clickFeature(OVERLAY_LAYERS.worldPortDots, SANTOS.coordinates, phone);

  const card = page.getByTestId('port-card');
  await expect(card).toBeVisible();
  await expect(card.getByTestId('port-card-name')).toHaveText(SANTOS.name);
  await expect(card.getByTestId('port-card-country')).toHaveText('Brazil');
  await expect(card.getByTestId('port-card-locode')).toHaveText(SANTOS.locode!);
  await expect(card.getByTestId('port-card-size')).toHaveText('Large');
  await expect(card.getByTestId('port-card-draft')).toHaveText(`${SANTOS.maxDraftM} m`);
  await expect(card).toContainText('Source: NGA World Port Index (Pub. 150)');
  await page.screenshot({ path: testInfo.outputPath('card.png') });
  // On a desktop the card stands clear of the port; on a phone it fills the map above the sheet,
  // like the region card.
  if (!phone) {
    const sight = await atlas.map.sight([SANTOS.coordinates], {
      covers: '[data-testid="port-card"]',
    });
    expect(sight).toEqual(['visible']);
  }

  await card.getByTestId('port-card-to').click();
  await expect(card).toBeHidden();
  await atlas.expectHash().toMatch(/panel=planner/);
  await atlas.expectHash().toMatch(/to=brssz/);
  await expect(page.getByTestId('planner-to')).toHaveValue('Santos');
});
