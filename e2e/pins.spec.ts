/**
 * Routes pinned side by side in the planner (issue #17): pinning gives the table and three
 * coloured lines, the pins live in the link, and each scenario opens by its URL.
 * Expected lengths come from the routing engine and expected costs from the cost model, never
 * typed in.
 */
import { DEFAULT_VESSEL, VESSELS } from '../src/content/vessels';
import { formatNumber } from '../src/lib/analysis/format';
import { costForState } from '../src/lib/costs/for-state';
import { endpointOf, shownKm } from '../src/lib/planner/plan';
import { SCENARIO_LIST } from '../src/lib/planner/scenarios';
import type { SeaRoute } from '../src/lib/routing/route';
import { PIN_COLOURS } from '../src/lib/style/ids';
import { serializeHash } from '../src/lib/url/codec';
import { DEFAULT_STATE, type PinnedRoute, type UrlState } from '../src/lib/url/state';
import { loadSeaRouter } from '../scripts/lib/load-network';
import { loadEcaShapes } from '../scripts/lib/load-ecas';
import { measureEcaKm } from '../src/lib/eca';
import { expect, hex, test, type Atlas } from './driver';

const router = loadSeaRouter();
const engine = (pin: PinnedRoute): SeaRoute => {
  const r = router.findSeaRoute(endpointOf(pin.from), endpointOf(pin.to), pin);
  if (!r.ok) throw new Error(r.error.message);
  return r.route;
};

/** The share of canvas pixels close to each pin colour. */
async function pinShares(atlas: Atlas): Promise<number[]> {
  await atlas.map.idle();
  return atlas.colourShares(PIN_COLOURS.map(hex), 24);
}

const ecaShapes = loadEcaShapes();

/**
 * The figures a pin's column must show: the engine's route, its km inside ECAs, and the cost
 * model's estimate with the fuel switch those km force (issue #32).
 */
function expectedColumn(pin: PinnedRoute, url: UrlState) {
  const route = engine(pin);
  const eca = measureEcaKm(route.coordinates, ecaShapes);
  const cost = costForState({ ...route, ecaKm: Math.min(eca.ecaKm, route.km) }, url);
  return {
    km: formatNumber(shownKm(route)),
    eca: `${formatNumber(eca.ecaKm)} km (${formatNumber(eca.share * 100)} %)`,
    fuel: formatNumber(cost.fuelT),
    co2: formatNumber(cost.co2T),
    cost: formatNumber(cost.costUsd),
  };
}

async function expectColumns(atlas: Atlas, pins: readonly PinnedRoute[], url: UrlState) {
  const { page } = atlas;
  await atlas.pinsReady();
  await expect(page.getByTestId('pins-table').locator('thead th')).toHaveCount(pins.length);
  for (const [i, pin] of pins.entries()) {
    const want = expectedColumn(pin, url);
    for (const [field, text] of Object.entries(want)) {
      await expect(page.getByTestId(`pin-${i + 1}-${field}`), `pin ${i + 1} ${field}`).toHaveText(
        text,
      );
    }
  }
}

const corridorPins: PinnedRoute[] = [
  {
    from: { kind: 'port', id: 'chennai' },
    to: { kind: 'port', id: 'vladivostok' },
    avoid: [],
    open: [],
  },
  {
    from: { kind: 'port', id: 'chennai' },
    to: { kind: 'port', id: 'vladivostok' },
    avoid: ['malacca'],
    open: [],
  },
  {
    from: { kind: 'port', id: 'chennai' },
    to: { kind: 'port', id: 'vladivostok' },
    avoid: ['malacca', 'sunda'],
    open: [],
  },
];

// Each test its own page: pins are written, and a link is opened afresh.
test('pinning three routes gives the table, three coloured lines and a link that keeps them', async ({
  page,
  atlas,
}) => {
  // Three routes computed and drawn, a reload and a vessel change: about 19 s on a 2-core machine,
  // so a third of the default 60 s would leave no margin on a machine twice as slow.
  test.setTimeout(90_000);
  await atlas.open('#panel=planner&from=chennai&to=vladivostok');
  let key = await atlas.routeDrawn();
  const before = await pinShares(atlas);
  expect(await atlas.pinsDrawn()).toEqual([]);

  const pinButton = page.getByTestId('pin-route');
  await atlas.pin();
  await expect(pinButton).toBeDisabled();
  await expect(page.getByTestId('pin-route-hint')).toHaveText('This route is pinned.');
  await page.getByTestId('avoid-malacca').check();
  key = await atlas.routeDrawn({ after: key });
  await atlas.pin();
  await page.getByTestId('avoid-sunda').check();
  await atlas.routeDrawn({ after: key });
  await atlas.pin();
  await expect(pinButton).toBeDisabled();

  const url = DEFAULT_STATE;
  await expectColumns(atlas, corridorPins, url);
  await expect(page.getByTestId('pin-2-passages')).toContainText('Sunda Strait');
  await expect(page.getByTestId('pin-3-passages')).toContainText('Lombok Strait');
  // The route shown and its pin read the same length.
  const pinnedKm = await page.getByTestId('pin-3-km').innerText();
  await expect(page.getByTestId('planner-length')).toContainText(`${pinnedKm} km`);
  await atlas
    .expectHash()
    .toContain(
      'pins=chennai_vladivostok;chennai_vladivostok_malacca;chennai_vladivostok_malacca+sunda',
    );

  // Three lines, one per pin, each in its own colour on the canvas.
  expect(await atlas.pinsDrawn()).toEqual(['pin-1', 'pin-2', 'pin-3']);
  // (100 pixels of a 1280 × 800 map: a line a few hundred pixels long is several times more.)
  const after = await pinShares(atlas);
  for (const [i, share] of after.entries()) {
    expect(share - before[i]!, `share of ${PIN_COLOURS[i]} pixels`).toBeGreaterThan(0.0001);
  }

  // A change of vessel changes every pin's modelled figures.
  const other = Object.keys(VESSELS).find((id) => id !== DEFAULT_VESSEL) as keyof typeof VESSELS;
  await page.getByTestId('planner-vessel').selectOption(other);
  await expectColumns(atlas, corridorPins, { ...url, vessel: other });

  // The link reopens the comparison; Unpin removes one and the rest keep their order.
  await page.reload();
  await expectColumns(atlas, corridorPins, { ...url, vessel: other });
  await page.getByTestId('pin-2-remove').click();
  await expectColumns(atlas, [corridorPins[0]!, corridorPins[2]!], { ...url, vessel: other });
  expect(await atlas.pinsDrawn()).toEqual(['pin-1', 'pin-2']);
});

for (const preset of SCENARIO_LIST) {
  test(`the "${preset.title}" comparison opens by its link and by its button`, async ({
    page,
    atlas,
  }) => {
    const last = preset.routes.at(-1)!;
    const hash = serializeHash({
      ...DEFAULT_STATE,
      panel: 'planner',
      ...last,
      pins: preset.routes,
    });
    // The button sets up the comparison, and writes it as the preset's link.
    await atlas.open('#panel=planner');
    await page.getByTestId(`planner-scenario-${preset.id}`).click();
    await atlas.expectHash().toBe(hash);
    await expectColumns(atlas, preset.routes, DEFAULT_STATE);

    // The link, opened afresh, shows the same comparison and draws every pin.
    await page.goto('about:blank');
    await atlas.open(hash);
    await atlas.routeDrawn();
    await expectColumns(atlas, preset.routes, DEFAULT_STATE);
    expect(await atlas.pinsDrawn()).toEqual(preset.routes.map((_, i) => `pin-${i + 1}`));
  });
}
