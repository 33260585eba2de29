/**
 * Voyages and Emission Control Areas in the UI (issues #30 and #32, phase B): stops built in the
 * planner with the keyboard, their legs and total; a draft that closes Panama and a month that
 * closes the Northern Sea Route, each with its reason; the ECA layer and an area's card; the fuel
 * split of a route through ECAs, gone with a scrubber; hostile voyage keys in links. Expected
 * figures come from the router, the ECA measure and the cost model run here, never typed in.
 */
import { ecaCostForState } from '../src/lib/costs/for-state';
import { formatKm, formatTonnes } from '../src/lib/analysis/format';
import { measureEcaKm } from '../src/lib/eca';
import { OVERLAY_LAYERS } from '../src/lib/style/ids';
import { DEFAULT_STATE } from '../src/lib/url/state';
import { loadEcaShapes } from '../scripts/lib/load-ecas';
import { loadSeaRouter } from '../scripts/lib/load-network';
import { expect, sharedPageTests, test } from './driver';

const router = loadSeaRouter();
const shownKm = (km: number) => formatKm(Math.round(km * 10) / 10);

test('stops are added, reordered and removed with the keyboard; the legs and total are shown @phone', async ({
  atlas,
  page,
}) => {
  await atlas.open('#panel=planner&from=chennai&to=vladivostok');
  let key = await atlas.routeDrawn();
  await expect(page.getByTestId('planner-days')).toContainText('1 call');

  // Type a stop's name and press Enter, as in the ends' search.
  const add = page.getByTestId('planner-via');
  for (const name of ['Colombo', 'Singapore']) {
    await add.focus();
    await page.keyboard.type(name);
    await page.keyboard.press('Enter');
    key = await atlas.routeDrawn({ after: key });
  }
  await atlas.expectHash().toContain('via=colombo,singapore');
  await expect(page.getByTestId('planner-stops-announce')).toHaveText(
    'Singapore added as stop 2 of 2.',
  );

  const voyage = router.findVoyage('chennai', 'vladivostok', { via: ['colombo', 'singapore'] });
  if (!voyage.ok) throw new Error(voyage.error.message);
  const calls = ['Chennai', 'Colombo', 'Singapore', 'Vladivostok'];
  for (const [i, leg] of voyage.route.legs.entries()) {
    const row = page.getByTestId(`planner-leg-${i}`).locator('td');
    await expect(row.nth(0)).toHaveText(calls[i]!);
    await expect(row.nth(1)).toHaveText(calls[i + 1]!);
    await expect(row.nth(2)).toHaveText(shownKm(leg.km));
  }
  await expect(page.getByTestId('planner-leg-1')).toContainText('Strait of Malacca');
  await expect(page.getByTestId('planner-legs-total')).toContainText(shownKm(voyage.route.km));
  expect(await atlas.shownKm()).toBe(Math.round(voyage.route.km));
  // One port-time allowance per call: three calls.
  await expect(page.getByTestId('planner-days')).toContainText('per port call, 3 calls');

  // Move Singapore up with the keyboard: the order changes, the focus follows the stop.
  await page.getByTestId('planner-stop-up-1').focus();
  await page.keyboard.press('Enter');
  key = await atlas.routeDrawn({ after: key });
  await atlas.expectHash().toContain('via=singapore,colombo');
  await expect(page.getByTestId('planner-stop-0')).toContainText('Singapore');
  await expect(page.getByTestId('planner-stop-down-0')).toBeFocused();
  await expect(page.getByTestId('planner-stops-announce')).toHaveText(
    'Singapore moved to stop 1 of 2.',
  );

  // Remove it: one stop left, two calls.
  await page.getByTestId('planner-stop-remove-0').focus();
  await page.keyboard.press('Enter');
  await atlas.routeDrawn({ after: key });
  await atlas.expectHash().toContain('via=colombo');
  await atlas.expectHash().not.toContain('singapore');
  await expect(page.getByTestId('planner-stops-announce')).toHaveText(
    'Singapore removed; 1 stop left.',
  );
  await expect(page.getByTestId('planner-days')).toContainText('2 calls');
});

test('the ECA layer loads its data only when turned on, and an area opens its card', async ({
  atlas,
  page,
}) => {
  const requested: string[] = [];
  page.on('request', (r) => requested.push(new URL(r.url()).pathname));
  await atlas.open('#map=3.5/38/15&panel=routes');
  const ecaFiles = () => requested.filter((p) => /\/ecas-[^/]*\.geojson$/.test(p));
  expect(ecaFiles()).toEqual([]);
  expect(await atlas.map.rendered(OVERLAY_LAYERS.ecaFill)).toHaveLength(0);

  await page.getByTestId('show-ecas').check();
  await atlas.expectHash().toContain('ecas');
  await expect
    .poll(async () => (await atlas.map.rendered(OVERLAY_LAYERS.ecaFill)).length)
    .toBeGreaterThan(0);
  expect(ecaFiles()).toHaveLength(1);

  // Off the coast of Libya, inside the Mediterranean ECA and no other shape.
  const point = await atlas.map.pointOf([18, 34.5]);
  const box = (await page.locator('.maplibregl-canvas').boundingBox())!;
  await page.mouse.click(box.x + point.x, box.y + point.y);
  const card = page.getByTestId('eca-card');
  await expect(page.getByTestId('eca-card-name')).toHaveText('Mediterranean Sea ECA');
  await expect(page.getByTestId('eca-card-limit')).toHaveText('at most 0.10 % m/m');
  await expect(page.getByTestId('eca-card-since')).toHaveText('1 May 2025');
  await expect(page.getByTestId('eca-card-source')).toContainText('MEPC.361(79)');
  await page.getByTestId('eca-card-close').click();
  await expect(card).toBeHidden();

  // Turned off: nothing drawn, nothing fetched again.
  await page.getByTestId('show-ecas').uncheck();
  await expect.poll(async () => (await atlas.map.rendered(OVERLAY_LAYERS.ecaFill)).length).toBe(0);
  await page.getByTestId('show-ecas').check();
  await expect
    .poll(async () => (await atlas.map.rendered(OVERLAY_LAYERS.ecaFill)).length)
    .toBeGreaterThan(0);
  expect(ecaFiles()).toHaveLength(1);
});

sharedPageTests('#panel=planner', (onePage) => {
  // Shanghai (a curated port) and New York City (the World Port Index's, by its UN/LOCODE).
  const SHANGHAI_NEW_YORK = '#panel=planner&from=shanghai&to=usnyc';

  onePage(
    'a 16 m draft closes the Panama Canal, with the reason and its source',
    async ({ atlas, page }) => {
      await atlas.planRoute(`${SHANGHAI_NEW_YORK}&draft=12`);
      await expect(page.getByTestId('planner-passages')).toContainText('Panama Canal');
      await expect(page.getByTestId('planner-closed')).toHaveCount(0);
      await expect(page.getByTestId('planner-draft')).toHaveValue('12');

      await atlas.planRoute(`${SHANGHAI_NEW_YORK}&draft=16`);
      await expect(page.getByTestId('planner-passages')).not.toContainText('Panama Canal');
      const closed = page.getByTestId('planner-closed-panama');
      await expect(closed).toContainText(
        'Panama Canal, Neopanamax locks: 15.2 m, less than the 16 m draft',
      );
      await expect(closed).toContainText('marinelink.com');
      await expect(page.getByTestId('planner-draft')).toHaveValue('16');
    },
  );

  onePage(
    'February closes the Northern Sea Route with its rule; August goes through it',
    async ({ atlas, page }) => {
      const arctic = '#panel=planner&from=murmansk&to=vladivostok&open=northeast';
      await atlas.planRoute(`${arctic}&month=2`);
      await expect(page.getByTestId('planner-passages')).not.toContainText('Northern Sea Route');
      const closed = page.getByTestId('planner-closed-northeast');
      await expect(closed).toContainText(
        'Northern Sea Route: closed in February to ships without ice class, allowed July to 15 November',
      );
      await expect(closed).toContainText('Order No. 7 of 17 January 2013');
      await expect(page.getByTestId('planner-month')).toHaveValue('2');

      await atlas.planRoute(`${arctic}&month=8`);
      await expect(page.getByTestId('planner-passages')).toContainText('Northern Sea Route');
      await expect(page.getByTestId('planner-caution')).toContainText(
        'Northern Sea Route in August: allowed to ships without ice class',
      );
    },
  );

  onePage(
    'Mumbai → St Petersburg on HFO splits its fuel at the ECAs; a scrubber keeps one',
    async ({ atlas, page }) => {
      const plain = router.findSeaRoute('mumbai', 'st-petersburg');
      if (!plain.ok) throw new Error(plain.error.message);
      const eca = measureEcaKm(plain.route.coordinates, loadEcaShapes());
      const url = { ...DEFAULT_STATE, fuel: 'hfo' as const };
      const cost = ecaCostForState({ ...plain.route, ecaKm: eca.ecaKm }, url);
      expect(cost.split).not.toBeNull();

      await atlas.planRoute('#panel=planner&from=mumbai&to=st-petersburg&fuel=hfo');
      await expect(page.getByTestId('planner-eca')).toContainText(formatKm(eca.ecaKm));
      await expect(page.getByTestId('planner-eca')).toContainText('Mediterranean Sea');
      await expect(page.getByTestId('planner-result').getByTestId('planner-fuel')).toHaveText(
        formatTonnes(cost.fuelT),
      );
      await expect(page.getByTestId('planner-fuel-outside')).toContainText(
        `Heavy fuel oil (HFO), ${formatTonnes(cost.split!.chosen.fuelT)}`,
      );
      await expect(page.getByTestId('planner-fuel-inside')).toContainText(
        `${formatTonnes(cost.split!.gasOil.fuelT)} at USD 644.98 per tonne`,
      );

      const scrubbed = ecaCostForState(
        { ...plain.route, ecaKm: eca.ecaKm },
        { ...url, scrubber: true },
      );
      await page.getByTestId('planner-scrubber').check();
      await atlas.expectHash().toContain('scrub=1');
      await expect(page.getByTestId('planner-fuel-split')).toHaveCount(0);
      await expect(page.getByTestId('planner-fuel-one')).toContainText('A scrubber is fitted');
      await expect(page.getByTestId('planner-result').getByTestId('planner-fuel')).toHaveText(
        formatTonnes(scrubbed.fuelT),
      );
    },
  );

  onePage(
    'hostile voyage keys in a link are dropped with a notice; the route is computed',
    async ({ atlas, page }) => {
      await atlas.planRoute(
        '#panel=planner&from=chennai&to=vladivostok&via=atlantis&draft=160&month=13&through=cape&scrub=yes',
      );
      const notice = page.getByTestId('notice');
      for (const key of ['via', 'draft', 'month', 'through', 'scrub'])
        await expect(notice).toContainText(key);
      await expect(page.getByTestId('planner-length')).toHaveText(/km/);
      await expect(page.getByTestId('planner-stops').locator('li')).toHaveCount(0);
      await notice.getByRole('button', { name: /dismiss/i }).click();
    },
  );
});
