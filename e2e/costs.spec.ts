/**
 * What a route costs in fuel, CO₂ and money, in the Routes panel (issue #17). Expected figures
 * come from geo/routes.geojson and the same model and catalogues the app uses, never typed in.
 */
import { FUELS, DEFAULT_FUEL, type FuelId } from '../src/content/fuels';
import { DEFAULT_VESSEL, type VesselId } from '../src/content/vessels';
import { formatNumber, formatUsd } from '../src/lib/analysis/format';
import { costForState } from '../src/lib/costs/for-state';
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
}
const DEFAULTS: Setting = {
  vessel: DEFAULT_VESSEL,
  fuel: DEFAULT_FUEL,
  knots: DEFAULT_SPEED_KN,
};

/** The model's figures for a route at a setting, with the default allowance (dues per canal). */
const costOf = (route: RouteId, s: Setting) =>
  costForState(
    { km: geo.route(route).km, passages: [...geo.route(route).passages] },
    {
      vessel: s.vessel,
      fuel: s.fuel,
      speed: s.knots,
      allowance: DEFAULT_ALLOWANCE_DAYS,
      price: s.price ?? null,
      dues: s.dues ?? 0,
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
