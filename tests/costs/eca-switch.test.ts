/**
 * The fuel switch inside Emission Control Areas (issue #32; docs/costs.md): a high-sulphur fuel
 * without a scrubber gives way to gas oil for the sea days inside, each part costed and
 * emitted at its own fuel's factors; a scrubber keeps one fuel; compliant fuels never switch.
 */
import { describe, expect, it } from 'vitest';
import { ECA_SULPHUR_LIMIT_PCT } from '../../src/content/ecas';
import { FUEL_IDS, FUELS } from '../../src/content/fuels';
import { VESSELS } from '../../src/content/vessels';
import { switchesInEca, voyageCostWithEca } from '../../src/lib/costs/eca-switch';
import { ecaCostForState } from '../../src/lib/costs/for-state';
import { voyageCost } from '../../src/lib/costs/model';
import { DEFAULT_STATE } from '../../src/lib/url/state';

const vessel = VESSELS['container-5000'];
const trip = { km: 14_000, vessel, knots: 14, allowanceDays: 2, canalDuesUsd: 300_000 };

describe('which fuels switch', () => {
  it('switches HFO (HSFO, up to 3.5 %) and LFO (priced as VLSFO, 0.50 %), not MGO or LNG', () => {
    const switching = FUEL_IDS.filter((id) => switchesInEca(FUELS[id], false));
    expect(switching).toEqual(['hfo', 'lfo']);
    for (const id of FUEL_IDS) expect(switchesInEca(FUELS[id], true), id).toBe(false);
    expect(FUELS.lfo.maxSulphur.pct).toBeGreaterThan(ECA_SULPHUR_LIMIT_PCT);
    expect(FUELS.mgo.maxSulphur.pct).toBeLessThanOrEqual(ECA_SULPHUR_LIMIT_PCT);
  });
});

describe('voyageCostWithEca', () => {
  it('with HFO and no scrubber: sea fuel outside plus gas oil inside, each at its own factors', () => {
    const c = voyageCostWithEca({ ...trip, fuel: FUELS.hfo, ecaKm: 4_000, scrubber: false });
    const outside = voyageCost({ ...trip, km: 10_000, fuel: FUELS.hfo });
    const inside = voyageCost({ km: 4_000, vessel, knots: 14, fuel: FUELS.mgo });
    expect(c.split).not.toBeNull();
    const { chosen, gasOil } = c.split!;
    expect(chosen.fuel).toBe('hfo');
    expect(gasOil.fuel).toBe('mgo');
    expect(chosen.fuelT).toBeCloseTo(outside.fuelT, 9);
    expect(gasOil.fuelT).toBeCloseTo(inside.fuelT, 9);
    expect(c.fuelT).toBeCloseTo(outside.fuelT + inside.fuelT, 9);
    // CO₂ and money each from its own fuel: HFO's Cf and price outside, MGO's inside.
    expect(chosen.co2T).toBeCloseTo(chosen.fuelT * FUELS.hfo.carbonFactor.value, 9);
    expect(gasOil.co2T).toBeCloseTo(gasOil.fuelT * FUELS.mgo.carbonFactor.value, 9);
    expect(c.co2T).toBeCloseTo(chosen.co2T + gasOil.co2T, 9);
    expect(gasOil.priceUsdPerTonne).toBe(FUELS.mgo.defaultPrice.value);
    expect(gasOil.costUsd).toBeCloseTo(gasOil.fuelT * FUELS.mgo.defaultPrice.value, 6);
    expect(chosen.costUsd).toBeCloseTo(
      chosen.fuelT * FUELS.hfo.defaultPrice.value + trip.canalDuesUsd,
      6,
    );
    expect(c.costUsd).toBeCloseTo(chosen.costUsd + gasOil.costUsd, 6);
    // The whole voyage still sails every mile, at one speed; port days burn the chosen fuel.
    expect(c.nm).toBeCloseTo(14_000 / 1.852, 9);
    expect(c.seaDays).toBeCloseTo(voyageCost({ ...trip, fuel: FUELS.hfo }).seaDays, 9);
    expect(c.portFuelT).toBeCloseTo(outside.portFuelT, 9);
    expect(c.perUnit!.co2T).toBeCloseTo(c.co2T / 5_000, 9);
  });

  it('costs more than HFO throughout, and emits a little less CO₂ per kWh inside', () => {
    const switched = voyageCostWithEca({ ...trip, fuel: FUELS.hfo, ecaKm: 4_000, scrubber: false });
    const hfoOnly = voyageCost({ ...trip, fuel: FUELS.hfo });
    expect(switched.costUsd).toBeGreaterThan(hfoOnly.costUsd);
    // Main engine per kWh: MGO 185 g × 3.206 = 593 g CO₂, HFO 195 g × 3.114 = 607 g CO₂.
    expect(switched.co2T).toBeLessThan(hfoOnly.co2T);
    expect(switched.fuelT).toBeLessThan(hfoOnly.fuelT);
  });

  it('with a scrubber: one fuel throughout, the model unchanged', () => {
    const c = voyageCostWithEca({ ...trip, fuel: FUELS.hfo, ecaKm: 4_000, scrubber: true });
    expect(c.split).toBeNull();
    const { ecaNm, scrubber, split, ...figures } = c;
    expect([ecaNm * 1.852, scrubber, split]).toEqual([expect.closeTo(4_000, 9), true, null]);
    expect(figures).toEqual(voyageCost({ ...trip, fuel: FUELS.hfo }));
  });

  it.each(['mgo', 'lng'] as const)('with %s: no switch', (fuel) => {
    const c = voyageCostWithEca({ ...trip, fuel: FUELS[fuel], ecaKm: 14_000, scrubber: false });
    expect(c.split).toBeNull();
    expect(c.fuelT).toBeCloseTo(voyageCost({ ...trip, fuel: FUELS[fuel] }).fuelT, 9);
  });

  it('switches LFO too, and nothing when no km lie inside', () => {
    expect(
      voyageCostWithEca({ ...trip, fuel: FUELS.lfo, ecaKm: 1, scrubber: false }).split,
    ).not.toBeNull();
    const none = voyageCostWithEca({ ...trip, fuel: FUELS.hfo, ecaKm: 0, scrubber: false });
    expect(none.split).toBeNull();
    expect(none.costUsd).toBe(voyageCost({ ...trip, fuel: FUELS.hfo }).costUsd);
  });

  it('refuses ECA km below 0, above the route or not a number, as a RangeError', () => {
    for (const ecaKm of [-1, 14_001, Number.NaN])
      expect(() => voyageCostWithEca({ ...trip, fuel: FUELS.hfo, ecaKm, scrubber: false })).toThrow(
        RangeError,
      );
    // A route wholly inside is fine, rounding included.
    const all = voyageCostWithEca({ ...trip, fuel: FUELS.hfo, ecaKm: 14_000, scrubber: false });
    expect(all.split!.chosen.seaDays).toBeCloseTo(0, 9);
  });
});

describe('ecaCostForState', () => {
  it('applies the state’s scrubber and the route’s ECA km; unmeasured routes do not switch', () => {
    const route = { km: 14_000, passages: ['suez'], ecaKm: 6_000 };
    const url = { ...DEFAULT_STATE, fuel: 'hfo' as const };
    expect(ecaCostForState(route, url).split).not.toBeNull();
    expect(ecaCostForState(route, { ...url, scrubber: true }).split).toBeNull();
    expect(ecaCostForState({ km: 14_000, passages: ['suez'] }, url).split).toBeNull();
  });
});
