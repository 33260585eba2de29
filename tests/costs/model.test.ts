import fc from 'fast-check';
import { describe, expect, it, test } from 'vitest';
import { FUEL_IDS, FUELS } from '../../src/content/fuels';
import { VESSEL_IDS, VESSELS, type VesselProfile } from '../../src/content/vessels';
import {
  MAX_PRICE_USD_PER_TONNE,
  checkPrice,
  vesselDailyFuel,
  voyageCost,
  type VoyageCost,
} from '../../src/lib/costs/model';

const box5000 = VESSELS['container-5000'];
const aframax = VESSELS['tanker-aframax'];

describe('vesselDailyFuel', () => {
  it('is kW × g/kWh × 24 ÷ 10⁶ for the 5,000 TEU ship on HFO', () => {
    // Main: 37,000 kW × 195 g/kWh × 24 h = 173,160,000 g = 173.16 t/day.
    // At sea: aux 1,390 kW × 227 × 24 = 7.57272 t + boiler 0 kW = 7.57272 t/day.
    // In port: aux 940 × 227 × 24 = 5.12112 t + boiler 450 × 305 × 24 = 3.294 t = 8.41512 t/day.
    const d = vesselDailyFuel(box5000, FUELS.hfo);
    expect(d.mainAtDesignSpeedT).toBeCloseTo(173.16, 10);
    expect(d.auxSeaT).toBeCloseTo(7.57272, 10);
    expect(d.auxPortT).toBeCloseTo(8.41512, 10);
  });

  it('uses the fuel’s own g/kWh: the Aframax tanker on LNG', () => {
    // Main: 12,200 × 166 × 24 = 48.6048 t/day.
    // At sea: aux 1,000 × 166 × 24 = 3.984 t + boiler 200 × 285 × 24 = 1.368 t = 5.352 t/day.
    // In port: aux 3.984 t + boiler 2,000 × 285 × 24 = 13.68 t = 17.664 t/day.
    const d = vesselDailyFuel(aframax, FUELS.lng);
    expect(d.mainAtDesignSpeedT).toBeCloseTo(48.6048, 10);
    expect(d.auxSeaT).toBeCloseTo(5.352, 10);
    expect(d.auxPortT).toBeCloseTo(17.664, 10);
  });

  it('defaults to HFO', () => {
    expect(vesselDailyFuel(box5000)).toEqual(vesselDailyFuel(box5000, FUELS.hfo));
  });

  it('refuses a profile with negative power', () => {
    const bad: VesselProfile = {
      ...box5000,
      mainEngineKw: { ...box5000.mainEngineKw, value: -1 },
    };
    expect(() => vesselDailyFuel(bad)).toThrow(RangeError);
  });
});

describe('voyageCost', () => {
  it('matches a hand computation: 5,000 TEU ship, HFO, 0.8 × design speed, 10 sea days', () => {
    // 20.08 kn = 0.8 × 25.1 kn; 4,819.2 nm ÷ (20.08 × 24) = 10 days at sea.
    // Main: 10 × 173.16 × 0.8³ (0.512) = 886.5792 t. Aux at sea: 10 × 7.57272 = 75.7272 t.
    // Port: 2 days × 8.41512 = 16.83024 t. Total 979.13664 t.
    // CO₂: 979.13664 × 3.114 = 3,049.031497 t. Cost: 979.13664 × 447.50 + 300,000 = 738,163.6464.
    const r = voyageCost({
      nm: 4819.2,
      vessel: box5000,
      fuel: FUELS.hfo,
      knots: 20.08,
      allowanceDays: 2,
      canalDuesUsd: 300_000,
    });
    expect(r.seaDays).toBeCloseTo(10, 10);
    expect(r.mainFuelT).toBeCloseTo(886.5792, 6);
    expect(r.auxSeaFuelT).toBeCloseTo(75.7272, 6);
    expect(r.portFuelT).toBeCloseTo(16.83024, 6);
    expect(r.fuelT).toBeCloseTo(979.13664, 6);
    expect(r.co2T).toBeCloseTo(3049.031497, 5);
    expect(r.priceUsdPerTonne).toBe(447.5);
    expect(r.costUsd).toBeCloseTo(738_163.6464, 3);
    // Per TEU of a full 5,000 TEU ship.
    expect(r.perUnit).toEqual({
      unit: 'TEU',
      capacity: 5000,
      fuelT: expect.closeTo(0.195827328, 9),
      co2T: expect.closeTo(0.6098062994, 9),
      costUsd: expect.closeTo(147.63272928, 6),
    });
    expect(r.speedRatio).toBeCloseTo(0.8, 12);
    expect(r.speedWarning).toBe(false);
    expect(r.aboveDesignSpeed).toBe(false);
    // IMO4 part-load factor at L = 0.512: 0.455 × 0.262144 − 0.71 × 0.512 + 1.28 = 1.03575552;
    // at L = 1: 1.025. 1.03575552 ÷ 1.025 − 1 = 0.0104932.
    expect(r.partLoadSfcChange).toBeCloseTo(0.0104932, 6);
  });

  it('takes km (1,852 km = 1,000 nm) and a typed price', () => {
    // 1,000 nm at 15.7 kn (design speed): 1000 ÷ 376.8 = 2.653928 days.
    // HFO: main 57.096 t/day, aux at sea 1,000 × 227 × 24 = 5.448 + boiler 200 × 305 × 24 = 1.464.
    // Fuel: 2.653928 × (57.096 + 6.912) = 2.653928 × 64.008 = 169.8726 t; at 600 USD/t = 101,923.6.
    const r = voyageCost({
      km: 1852,
      vessel: aframax,
      fuel: FUELS.hfo,
      knots: 15.7,
      priceUsdPerTonne: 600,
    });
    expect(r.nm).toBeCloseTo(1000, 10);
    expect(r.fuelT).toBeCloseTo(169.8726, 3);
    expect(r.costUsd).toBeCloseTo(101_923.6, 0);
    expect(r.perUnit).toBeNull();
    expect(r.partLoadSfcChange).toBeCloseTo(0, 12);
  });

  it('flags speeds more than 30 % off the design speed, and speeds above it', () => {
    const at = (knots: number) => voyageCost({ nm: 1000, vessel: box5000, fuel: FUELS.hfo, knots });
    expect(at(25.1 * 0.69).speedWarning).toBe(true);
    expect(at(25.1 * 0.71).speedWarning).toBe(false);
    expect(at(25.1 * 1.29).speedWarning).toBe(false);
    expect(at(25.1 * 1.31).speedWarning).toBe(true);
    expect(at(25.1 * 1.01).aboveDesignSpeed).toBe(true);
    expect(at(14).speedWarning).toBe(true); // the atlas's default 14 kn is 0.56 × 25.1 kn
  });

  it('burns only auxiliary fuel in port: zero distance costs allowance × port t/day', () => {
    // Aframax, HFO, 3 days: aux 1,000 × 227 × 24 = 5.448 + boiler 2,000 × 305 × 24 = 14.64.
    // 3 × 20.088 = 60.264 t.
    const r = voyageCost({ nm: 0, vessel: aframax, fuel: FUELS.hfo, knots: 12, allowanceDays: 3 });
    expect(r.fuelT).toBeCloseTo(60.264, 10);
    expect(r.mainFuelT).toBe(0);
  });

  it.each([
    { nm: -1 },
    { km: Number.NaN },
    { knots: 0 },
    { knots: -3 },
    { knots: Number.POSITIVE_INFINITY },
    { allowanceDays: -0.5 },
    { canalDuesUsd: -1 },
    { priceUsdPerTonne: 0 },
    { priceUsdPerTonne: 20_000 },
    { knots: 1e-310 },
    { nm: 1e307 }, // the cost overflows to Infinity
  ])('throws RangeError for %o', (bad) => {
    const distance = 'km' in bad ? {} : { nm: 1000 };
    const input = { ...distance, vessel: box5000, fuel: FUELS.hfo, knots: 14, ...bad };
    expect(() => voyageCost(input as Parameters<typeof voyageCost>[0])).toThrow(RangeError);
  });
});

describe('checkPrice', () => {
  it.each([
    [447.5, 447.5],
    ['612', 612],
    [' 1e3 ', 1000],
    [MAX_PRICE_USD_PER_TONNE, 10_000],
  ])('accepts %o', (input, value) => {
    expect(checkPrice(input)).toEqual({ ok: true, value });
  });

  it.each([0, -5, '', '  ', 'abc', Number.NaN, Number.POSITIVE_INFINITY, 10_000.01, '99999'])(
    'refuses %o with one plain sentence',
    (input) => {
      const r = checkPrice(input);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.problem).toMatch(/^[A-Z][^\n]{10,200}\.$/);
    },
  );
});

// --- Properties over the input space ----------------------------------------------------------

const vesselArb = fc.constantFrom(...VESSEL_IDS).map((id) => VESSELS[id]);
const fuelArb = fc.constantFrom(...FUEL_IDS).map((id) => FUELS[id]);
const knotsArb = fc.double({ min: 1, max: 40, noNaN: true });
const nmArb = fc.double({ min: 1, max: 20_000, noNaN: true });

describe('voyageCost properties', () => {
  test('at a fixed distance, main-engine fuel grows with speed² and aux fuel at sea with 1 ÷ speed', () => {
    fc.assert(
      fc.property(vesselArb, fuelArb, nmArb, knotsArb, knotsArb, (vessel, fuel, nm, v1, v2) => {
        const a = voyageCost({ nm, vessel, fuel, knots: v1 });
        const b = voyageCost({ nm, vessel, fuel, knots: v2 });
        expect(b.mainFuelT / a.mainFuelT).toBeCloseTo((v2 / v1) ** 2, 9);
        expect(b.auxSeaFuelT / a.auxSeaFuelT).toBeCloseTo(v1 / v2, 9);
      }),
      { numRuns: 500 },
    );
  });

  test('CO₂ ÷ fuel is the fuel’s carbon factor; per unit × capacity is the total', () => {
    fc.assert(
      fc.property(
        vesselArb,
        fuelArb,
        nmArb,
        knotsArb,
        fc.double({ min: 0, max: 30, noNaN: true }),
        fc.double({ min: 1, max: MAX_PRICE_USD_PER_TONNE, noNaN: true }),
        fc.double({ min: 0, max: 1e6, noNaN: true }),
        (vessel, fuel, nm, knots, allowanceDays, priceUsdPerTonne, canalDuesUsd) => {
          const r = voyageCost({
            nm,
            vessel,
            fuel,
            knots,
            allowanceDays,
            priceUsdPerTonne,
            canalDuesUsd,
          });
          expect(r.co2T / r.fuelT).toBeCloseTo(fuel.carbonFactor.value, 12);
          expect(r.fuelT).toBeCloseTo(r.mainFuelT + r.auxSeaFuelT + r.portFuelT, 9);
          expect(r.costUsd).toBeCloseTo(r.fuelT * priceUsdPerTonne + canalDuesUsd, 6);
          expect(r.perUnit === null).toBe(vessel.capacity === null);
          if (r.perUnit) {
            expect(r.perUnit.fuelT * r.perUnit.capacity).toBeCloseTo(r.fuelT, 9);
            expect(r.perUnit.co2T * r.perUnit.capacity).toBeCloseTo(r.co2T, 9);
            expect(r.perUnit.costUsd * r.perUnit.capacity).toBeCloseTo(r.costUsd, 6);
          }
        },
      ),
      { numRuns: 500 },
    );
  });

  test('any input gives finite numbers (non-negative but for the SFC change) or a RangeError', () => {
    const anyNumber = fc.oneof(
      fc.double(),
      fc.double({ min: 0, max: 1e5 }),
      fc.double({ min: 0.5, max: 40 }),
      fc.constantFrom(0, -0, 1e-310, 1e308, Number.NaN, Number.POSITIVE_INFINITY),
    );
    const finiteFields = (r: VoyageCost) =>
      Object.values(r)
        .concat(r.perUnit ? Object.values(r.perUnit) : [])
        .filter((x): x is number => typeof x === 'number');
    fc.assert(
      fc.property(
        vesselArb,
        fuelArb,
        anyNumber,
        anyNumber,
        anyNumber,
        fc.option(anyNumber, { nil: undefined }),
        fc.option(anyNumber, { nil: undefined }),
        (vessel, fuel, km, knots, allowanceDays, priceUsdPerTonne, canalDuesUsd) => {
          let r: VoyageCost;
          try {
            r = voyageCost({
              km,
              vessel,
              fuel,
              knots,
              allowanceDays,
              priceUsdPerTonne,
              canalDuesUsd,
            });
          } catch (e) {
            expect(e).toBeInstanceOf(RangeError);
            return;
          }
          for (const x of finiteFields(r)) expect(Number.isFinite(x)).toBe(true);
          const { partLoadSfcChange, ...rest } = r;
          for (const x of finiteFields({ ...rest, partLoadSfcChange: 0 }))
            expect(x).toBeGreaterThanOrEqual(0);
          // The IMO4 curve's minimum is just below full load: 1.00302 ÷ 1.025 − 1 = −2.1 % at L = 0.78.
          expect(partLoadSfcChange).toBeGreaterThan(-0.03);
        },
      ),
      { numRuns: 3000 },
    );
  });
});
