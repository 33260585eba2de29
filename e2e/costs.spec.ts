/**
 * What a route costs in fuel, CO₂ and money, in the Routes panel (issue #17). Expected figures
 * come from geo/routes.geojson and the same model and catalogues the app uses, never typed in.
 */
import { FUELS, DEFAULT_FUEL, type FuelId } from '../src/content/fuels';
import { DEFAULT_VESSEL, type VesselId } from '../src/content/vessels';
import { formatKm, formatNumber, formatTonnes, formatUsd } from '../src/lib/analysis/format';
import { ecaCostForState } from '../src/lib/costs/for-state';
import { checkPrice } from '../src/lib/costs/model';
import { DEFAULT_ALLOWANCE_DAYS, DEFAULT_SPEED_KN, LIMITS } from '../src/lib/url/state';
import type { RouteId } from '../src/content/ids';
import { disableWebGL, expect, geo, sharedPageTests, test } from './driver';

interface Setting {
  vessel: VesselId;
  fuel: FuelId;
  knots: number;
  price?: number;
  dues?: number;
  scrubber?: boolean;
}
const DEFAULTS: Setting = {
  vessel: DEFAULT_VESSEL,
  fuel: DEFAULT_FUEL,
  knots: DEFAULT_SPEED_KN,
};

/**
 * The model's figures for a route at a setting, with the default allowance (dues per canal) and
 * the route's km in ECAs (the fuel switch, issue #32).
 */
const costOf = (route: RouteId, s: Setting) =>
  ecaCostForState(
    {
      km: geo.route(route).km,
      passages: [...geo.route(route).passages],
      ecaKm: geo.route(route).ecaKm,
    },
    {
      vessel: s.vessel,
      fuel: s.fuel,
      speed: s.knots,
      allowance: DEFAULT_ALLOWANCE_DAYS,
      price: s.price ?? null,
      dues: s.dues ?? 0,
      scrubber: s.scrubber ?? false,
    },
  );
// The table gives units in its row headings; cells are plain numbers.
const fuelText = (s: Setting) => formatNumber(costOf('corridor', s).fuelT);
const costText = (s: Setting) => formatNumber(costOf('corridor', s).costUsd);

test('without WebGL the cost figures still show and update', async ({ page, atlas }) => {
  await disableWebGL(page);
  await page.goto('./');
  await expect(page.getByTestId('map-fallback')).toBeVisible();
  await expect(page.getByTestId('corridor-fuel')).toHaveText(fuelText(DEFAULTS));
  await page.getByTestId('fuel').selectOption('mgo');
  await expect(page.getByTestId('corridor-cost')).toHaveText(
    costText({ ...DEFAULTS, fuel: 'mgo' }),
  );
  await atlas.expectHash().toContain('fuel=mgo');
  await page.getByTestId('dues').fill('250000');
  await page.getByTestId('dues').press('Enter');
  // Dues are charged per canal: the comparison route passes Suez, the corridor no canal.
  const withDues = { ...DEFAULTS, fuel: 'mgo', dues: 250_000 } as const;
  await expect(page.getByTestId('comparison-cost')).toHaveText(
    formatNumber(costOf('comparison', withDues).costUsd),
  );
  expect(costOf('comparison', withDues).costUsd).toBeCloseTo(
    costOf('comparison', { ...withDues, dues: 0 }).costUsd + 250_000,
    6,
  );
  await expect(page.getByTestId('corridor-cost')).toHaveText(
    costText({ ...DEFAULTS, fuel: 'mgo' }),
  );
});

// The tests that only read share one page, opened at the default view, and reach
// their states by links, as a reader clicking links would.
sharedPageTests('', (onePage) => {
  onePage(
    'changing the vessel or the speed updates the figures and the link',
    async ({ page, atlas }) => {
      const fuel = page.getByTestId('corridor-fuel');
      await expect(fuel).toHaveText(fuelText(DEFAULTS));
      await expect(page.getByTestId('comparison-co2')).toHaveText(
        formatNumber(costOf('comparison', DEFAULTS).co2T),
      );

      const other: VesselId = 'container-8000';
      await page.getByTestId('vessel').selectOption(other);
      const bigger = { ...DEFAULTS, vessel: other };
      await expect(fuel).toHaveText(fuelText(bigger));
      expect(fuelText(bigger)).not.toBe(fuelText(DEFAULTS));
      await expect(page.getByTestId('corridor-cost-per-unit')).toHaveText(
        formatNumber(costOf('corridor', bigger).perUnit!.costUsd),
      );
      await atlas.expectHash().toContain(`vessel=${other}`);
      // 14 kn is far below this ship's design speed: the warning says so.
      await expect(page.getByTestId('speed-warning')).toContainText(
        `fuel per kWh ${formatNumber(costOf('corridor', bigger).partLoadSfcChange * 100)}% higher`,
      );

      const speed = page.getByTestId('speed');
      await speed.press('End');
      const fast = { ...bigger, knots: LIMITS.speed.max };
      await expect(fuel).toHaveText(fuelText(fast));
      await atlas.expectHash().toContain(`speed=${LIMITS.speed.max}`);
      await expect(page.getByTestId('speed-warning')).toBeHidden();
    },
  );

  onePage(
    'a refused price keeps the last good one; a good price and Reset update the link',
    async ({ page, atlas }) => {
      const price = page.getByTestId('price');
      const cost = page.getByTestId('corridor-cost');
      const error = page.getByTestId('price-error');
      await expect(price).toHaveValue(String(FUELS[DEFAULT_FUEL].defaultPrice.value));
      await expect(page.getByTestId('price-hint')).toContainText(
        FUELS[DEFAULT_FUEL].defaultPrice.index,
      );
      await expect(cost).toHaveText(costText(DEFAULTS));

      const good = 700;
      await price.fill(String(good));
      await price.press('Enter');
      const atGood = { ...DEFAULTS, price: good };
      await expect(cost).toHaveText(costText(atGood));
      await atlas.expectHash().toContain(`price=${good}`);

      for (const refused of ['0', '99999']) {
        const check = checkPrice(refused);
        expect(check.ok).toBe(false);
        await price.fill(refused);
        await price.press('Enter');
        await expect(error).toHaveText(check.ok ? '' : check.problem);
        await expect(error).toHaveAttribute('role', 'alert');
        await expect(price).toHaveAttribute('aria-invalid', 'true');
        await expect(price).toHaveAttribute('aria-describedby', /routes-price-error/);
        await expect(cost).toHaveText(costText(atGood));
        expect(await atlas.hash()).toContain(`price=${good}`);
      }

      await page.getByTestId('price-reset').click();
      await expect(error).toBeHidden();
      await expect(price).not.toHaveAttribute('aria-invalid', 'true');
      await expect(price).toHaveValue(String(FUELS[DEFAULT_FUEL].defaultPrice.value));
      await expect(cost).toHaveText(costText(DEFAULTS));
      await atlas.expectHash().not.toContain('price=');
    },
  );

  onePage('a shared link opens with its vessel, fuel, price and dues', async ({ page, atlas }) => {
    await atlas.follow('#vessel=bulk-panamax&fuel=lng&price=700&dues=400000');
    const linked: Setting = {
      vessel: 'bulk-panamax',
      fuel: 'lng',
      knots: DEFAULT_SPEED_KN,
      price: 700,
      dues: 400_000,
    };
    await expect(page.getByTestId('vessel')).toHaveValue(linked.vessel);
    await expect(page.getByTestId('fuel')).toHaveValue(linked.fuel);
    await expect(page.getByTestId('price')).toHaveValue('700');
    await expect(page.getByTestId('dues')).toHaveValue('400000');
    await expect(page.getByTestId('corridor-fuel')).toHaveText(fuelText(linked));
    await expect(page.getByTestId('corridor-co2')).toHaveText(
      formatNumber(costOf('corridor', linked).co2T),
    );
    await expect(page.getByTestId('corridor-cost')).toHaveText(costText(linked));
    await expect(page.getByTestId('comparison-cost')).toHaveText(
      formatNumber(costOf('comparison', linked).costUsd),
    );
    const a = costOf('corridor', linked);
    const b = costOf('comparison', linked);
    await expect(page.getByTestId('difference-cost')).toContainText(
      formatUsd(a.costUsd - b.costUsd, { signed: true }),
    );
    // The bulk carrier has no published capacity: a note, no per-unit rows.
    await expect(page.getByTestId('per-unit-note')).toContainText('no capacity published');
    await expect(page.getByTestId('corridor-fuel-per-unit')).toHaveCount(0);
  });

  onePage(
    'on HFO the Suez route burns gas oil in its ECAs, in the table and under it; a scrubber keeps HFO',
    async ({ page, atlas }) => {
      // The corridor crosses no ECA; the comparison route via Suez crosses three (issue #32).
      expect(geo.route('corridor').ecaKm).toBe(0);
      expect(geo.route('comparison').ecaKm).toBeGreaterThan(1000);
      const hfo = costOf('comparison', DEFAULTS);
      const scrubbed = costOf('comparison', { ...DEFAULTS, scrubber: true });
      expect(DEFAULTS.fuel).toBe('hfo');
      expect(hfo.split).not.toBeNull();
      expect(scrubbed.split).toBeNull();
      // Gas oil costs more per tonne: the switch changes the route's cost.
      expect(formatNumber(hfo.costUsd)).not.toBe(formatNumber(scrubbed.costUsd));

      await expect(page.getByTestId('comparison-cost')).toHaveText(formatNumber(hfo.costUsd));
      await expect(page.getByTestId('comparison-co2')).toHaveText(formatNumber(hfo.co2T));
      const note = page.getByTestId('cost-fuel-switch');
      await expect(note).toContainText('at most 0.10 % sulphur (MARPOL Annex VI, regulation 14.4)');
      await expect(page.getByTestId('corridor-fuel-split')).toHaveCount(0);
      await expect(page.getByTestId('comparison-fuel-outside')).toContainText(
        `Heavy fuel oil (HFO), ${formatTonnes(hfo.split!.chosen.fuelT)}`,
      );
      await expect(page.getByTestId('comparison-fuel-inside')).toContainText(
        `${formatTonnes(hfo.split!.gasOil.fuelT)} at ${formatUsd(hfo.split!.gasOil.priceUsdPerTonne, { decimals: 2 })} per tonne`,
      );
      await expect(page.getByTestId('comparison-fuel-inside')).toContainText(
        `${formatTonnes(hfo.split!.gasOil.co2T)} CO₂`,
      );
      // The km behind it are the ones the panel's ECA sentence gives.
      await expect(page.getByTestId('tabpanel-routes')).toContainText(
        formatKm(geo.route('comparison').ecaKm),
      );

      await page.getByTestId('scrubber').check();
      await atlas.expectHash().toContain('scrub=1');
      await expect(page.getByTestId('comparison-cost')).toHaveText(formatNumber(scrubbed.costUsd));
      await expect(page.getByTestId('comparison-fuel-split')).toHaveCount(0);
      await expect(page.getByTestId('cost-fuel-one')).toContainText('A scrubber is fitted');
      await page.getByTestId('scrubber').uncheck();
      await atlas.expectHash().not.toContain('scrub=');

      // A fuel within the limit burns on: no split, and the note says why.
      await page.getByTestId('fuel').selectOption('mgo');
      await expect(page.getByTestId('comparison-cost')).toHaveText(
        formatNumber(costOf('comparison', { ...DEFAULTS, fuel: 'mgo' }).costUsd),
      );
      await expect(page.getByTestId('cost-fuel-one')).toContainText('meets the ECAs’ 0.10 %');
      await page.getByTestId('fuel').selectOption(DEFAULTS.fuel);
      await atlas.expectHash().not.toContain('fuel=');
    },
  );

  onePage(
    'a link with an unknown vessel is noticed and opens with the default one',
    async ({ page, atlas }) => {
      await atlas.follow('#vessel=titanic');
      const notice = page.getByTestId('notice');
      await expect(notice).toContainText('titanic');
      await expect(page.getByTestId('vessel')).toHaveValue(DEFAULT_VESSEL);
      await expect(page.getByTestId('corridor-fuel')).toHaveText(fuelText(DEFAULTS));
      await notice.getByRole('button', { name: /dismiss/i }).click();
    },
  );
});
