/**
 * What a route costs in fuel, CO₂ and money, in the Routes panel (issue #17). Expected figures
 * come from geo/routes.geojson and the same model and catalogues the app uses, never typed in.
 */
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import type { FeatureCollection, LineString } from 'geojson';
import { FUELS, DEFAULT_FUEL, type FuelId } from '../src/content/fuels';
import { DEFAULT_VESSEL, type VesselId } from '../src/content/vessels';
import { formatNumber, formatUsd } from '../src/lib/analysis/format';
import { costForState } from '../src/lib/costs/for-state';
import { checkPrice } from '../src/lib/costs/model';
import { DEFAULT_ALLOWANCE_DAYS, DEFAULT_SPEED_KN, LIMITS } from '../src/lib/url/state';
import { disableWebGL, expect, openAtlas, test } from './driver-old';

const routes = JSON.parse(
  readFileSync(new URL('../geo/routes.geojson', import.meta.url), 'utf8'),
) as FeatureCollection<LineString>;
const routeOf = (id: string) => routes.features.find((f) => f.properties?.id === id)!.properties!;

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
const costOf = (route: string, s: Setting) =>
  costForState(
    { km: Number(routeOf(route).km), passages: routeOf(route).passages as string[] },
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
const hash = (page: Page) => page.evaluate(() => location.hash);

test('changing the vessel or the speed updates the figures and the link', async ({ page }) => {
  await openAtlas(page);
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
  await expect.poll(() => hash(page)).toContain(`vessel=${other}`);
  // 14 kn is far below this ship's design speed: the warning says so.
  await expect(page.getByTestId('speed-warning')).toContainText(
    `fuel per kWh ${formatNumber(costOf('corridor', bigger).partLoadSfcChange * 100)}% higher`,
  );

  const speed = page.getByTestId('speed');
  await speed.press('End');
  const fast = { ...bigger, knots: LIMITS.speed.max };
  await expect(fuel).toHaveText(fuelText(fast));
  await expect.poll(() => hash(page)).toContain(`speed=${LIMITS.speed.max}`);
  await expect(page.getByTestId('speed-warning')).toBeHidden();
});

test('a refused price keeps the last good one; a good price and Reset update the link', async ({
  page,
}) => {
  await openAtlas(page);
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
  await expect.poll(() => hash(page)).toContain(`price=${good}`);

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
    expect(await hash(page)).toContain(`price=${good}`);
  }

  await page.getByTestId('price-reset').click();
  await expect(error).toBeHidden();
  await expect(price).not.toHaveAttribute('aria-invalid', 'true');
  await expect(price).toHaveValue(String(FUELS[DEFAULT_FUEL].defaultPrice.value));
  await expect(cost).toHaveText(costText(DEFAULTS));
  await expect.poll(() => hash(page)).not.toContain('price=');
});

test('a shared link opens with its vessel, fuel, price and dues', async ({ page }) => {
  await openAtlas(page, '#vessel=bulk-panamax&fuel=lng&price=700&dues=400000');
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

test('a link with an unknown vessel is noticed and opens with the default one', async ({
  page,
}) => {
  await openAtlas(page, '#vessel=titanic');
  await expect(page.getByTestId('notice')).toContainText('titanic');
  await expect(page.getByTestId('vessel')).toHaveValue(DEFAULT_VESSEL);
  await expect(page.getByTestId('corridor-fuel')).toHaveText(fuelText(DEFAULTS));
});

test('without WebGL the cost figures still show and update', async ({ page }) => {
  await disableWebGL(page);
  await page.goto('./');
  await expect(page.getByTestId('map-fallback')).toBeVisible();
  await expect(page.getByTestId('corridor-fuel')).toHaveText(fuelText(DEFAULTS));
  await page.getByTestId('fuel').selectOption('mgo');
  await expect(page.getByTestId('corridor-cost')).toHaveText(
    costText({ ...DEFAULTS, fuel: 'mgo' }),
  );
  await expect.poll(() => hash(page)).toContain('fuel=mgo');
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
