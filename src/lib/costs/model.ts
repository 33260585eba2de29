/**
 * Fuel, CO₂ and cost of a sea voyage by vessel profile and fuel (issue #17; docs/costs.md).
 *
 *   t/day            = kW × g/kWh × 24 h ÷ 10⁶                      (each engine group)
 *   fuel at sea      = sea days × (main t/day × (speed ÷ design speed)³ + aux-at-sea t/day)
 *   fuel in port     = allowance days × aux-in-port t/day
 *   CO₂              = fuel × Cf of the fuel (IMO)
 *   cost             = fuel × price per tonne + canal dues
 *
 * Invalid inputs throw a RangeError, as in analysis/transit.ts; every number returned is finite.
 */
import {
  FUELS,
  DEFAULT_FUEL,
  PART_LOAD_SFC_COEFFICIENTS,
  type FuelType,
} from '../../content/fuels';
import type { VesselProfile } from '../../content/vessels';
import { kmToNm } from '../analysis/units';

const HOURS_PER_DAY = 24;
const GRAMS_PER_TONNE = 1e6;

/** Speeds more than this fraction off the design speed are flagged (the rule of issue #17). */
export const SPEED_WARNING_BAND = 0.3;

/**
 * Prices above this are refused as typos. It is about four times the highest bunker price in
 * the sources we read (docs/costs.md), so no real quote is refused, but an extra zero is.
 */
export const MAX_PRICE_USD_PER_TONNE = 10_000;

/** Fuel burned per day, in tonnes, by engine group and mode. */
export interface DailyFuel {
  /** Main engine at the design speed (full load). */
  mainAtDesignSpeedT: number;
  /** Auxiliary engines and boiler at sea. */
  auxSeaT: number;
  /** Auxiliary engines and boiler in port (and in canals). */
  auxPortT: number;
}

export type VoyageCostInput = ({ km: number } | { nm: number }) & {
  vessel: VesselProfile;
  fuel: FuelType;
  /** Speed at sea, knots (> 0). */
  knots: number;
  /** Port and canal days (≥ 0); default 0. */
  allowanceDays?: number;
  /** USD per tonne of fuel; default the fuel's published default price. */
  priceUsdPerTonne?: number;
  /** Canal dues the user typed, USD (≥ 0); default 0. */
  canalDuesUsd?: number;
};

export interface PerUnit {
  unit: 'TEU' | 't';
  /** Units of capacity divided by: the ship is taken as full. */
  capacity: number;
  fuelT: number;
  co2T: number;
  costUsd: number;
}

export interface VoyageCost {
  nm: number;
  seaDays: number;
  allowanceDays: number;
  mainFuelT: number;
  auxSeaFuelT: number;
  portFuelT: number;
  fuelT: number;
  co2T: number;
  priceUsdPerTonne: number;
  canalDuesUsd: number;
  costUsd: number;
  /** Per unit of capacity (ship full), or null when the profile has no capacity. */
  perUnit: PerUnit | null;
  /** Speed ÷ design speed. */
  speedRatio: number;
  /** True when the speed is more than 30 % off the design speed: the cube law is stretched. */
  speedWarning: boolean;
  /** True above the design speed, where the main engine would exceed full power. */
  aboveDesignSpeed: boolean;
  /**
   * Main-engine SFC at this load relative to full load, by the Fourth IMO GHG Study's part-load
   * curve, minus 1 (0.12 = 12 % more fuel per kWh; about −2 % near 75 % load). Not applied to
   * the figures; a caveat to show beside the speed warning.
   */
  partLoadSfcChange: number;
}

/** Why a typed price or dues were refused: the key of the reader's sentence (`cost.problem`). */
export type PriceProblem =
  'price-empty' | 'price-nan' | 'price-low' | 'price-high' | 'dues-nan' | 'dues-high';

export type PriceCheck =
  { ok: true; value: number } | { ok: false; code: PriceProblem; problem: string };

function requireNumber(name: string, value: number, min: number, inclusive: boolean): void {
  const ok = Number.isFinite(value) && (inclusive ? value >= min : value > min);
  if (!ok)
    throw new RangeError(
      `${name} must be a finite number ${inclusive ? '≥' : '>'} ${min}, got ${value}`,
    );
}

/** Tonnes per day of one engine group: kW × g/kWh × 24 h ÷ 10⁶. */
function tonnesPerDay(kw: number, gPerKwh: number): number {
  return (kw * gPerKwh * HOURS_PER_DAY) / GRAMS_PER_TONNE;
}

/** Daily fuel (t/day) of a profile burning a fuel, from its kW and the fuel's g/kWh; throws RangeError on bad data. */
export function vesselDailyFuel(
  vessel: VesselProfile,
  fuel: FuelType = FUELS[DEFAULT_FUEL],
): DailyFuel {
  const kw = [
    vessel.mainEngineKw,
    vessel.auxKw.sea,
    vessel.auxKw.port,
    vessel.boilerKw.sea,
    vessel.boilerKw.port,
  ];
  for (const k of kw) requireNumber(`${vessel.id} power`, k.value, 0, true);
  for (const s of [fuel.sfoc.main, fuel.sfoc.aux, fuel.sfoc.boiler])
    requireNumber(`${fuel.id} SFOC`, s.value, 0, false);
  const { main, aux, boiler } = fuel.sfoc;
  return {
    mainAtDesignSpeedT: tonnesPerDay(vessel.mainEngineKw.value, main.value),
    auxSeaT:
      tonnesPerDay(vessel.auxKw.sea.value, aux.value) +
      tonnesPerDay(vessel.boilerKw.sea.value, boiler.value),
    auxPortT:
      tonnesPerDay(vessel.auxKw.port.value, aux.value) +
      tonnesPerDay(vessel.boilerKw.port.value, boiler.value),
  };
}

/** The Fourth IMO GHG Study's SFC factor at load L, relative to full load, minus 1. */
function partLoadChange(load: number): number {
  const { a, b, c } = PART_LOAD_SFC_COEFFICIENTS;
  const f = (l: number) => a * l * l + b * l + c;
  return f(Math.min(1, load)) / f(1) - 1;
}

/** Fuel, CO₂ and cost of one voyage (see the module comment); throws RangeError on invalid input. */
export function voyageCost(input: VoyageCostInput): VoyageCost {
  const { vessel, fuel, knots } = input;
  const nm = 'nm' in input ? input.nm : kmToNm(input.km);
  const allowanceDays = input.allowanceDays ?? 0;
  const canalDuesUsd = input.canalDuesUsd ?? 0;
  requireNumber('distance', nm, 0, true);
  requireNumber('knots', knots, 0, false);
  requireNumber('allowanceDays', allowanceDays, 0, true);
  requireNumber('canalDuesUsd', canalDuesUsd, 0, true);
  requireNumber(`${vessel.id} design speed`, vessel.designSpeedKn.value, 0, false);
  const price = checkPrice(input.priceUsdPerTonne ?? fuel.defaultPrice.value);
  if (!price.ok) throw new RangeError(price.problem);
  const capacity = vessel.capacity;
  if (capacity) requireNumber(`${vessel.id} capacity`, capacity.value, 0, false);

  const daily = vesselDailyFuel(vessel, fuel);
  const speedRatio = knots / vessel.designSpeedKn.value;
  const seaDays = nm / (knots * HOURS_PER_DAY);
  const mainFuelT = seaDays * daily.mainAtDesignSpeedT * speedRatio ** 3;
  const auxSeaFuelT = seaDays * daily.auxSeaT;
  const portFuelT = allowanceDays * daily.auxPortT;
  const fuelT = mainFuelT + auxSeaFuelT + portFuelT;
  const co2T = fuelT * fuel.carbonFactor.value;
  const costUsd = fuelT * price.value + canalDuesUsd;
  // Extreme but valid-looking inputs (1e-300 kn, 1e300 km) overflow; refuse them, never NaN.
  if (![seaDays, mainFuelT, fuelT, co2T, costUsd].every(Number.isFinite))
    throw new RangeError(`distance ${nm} nm at ${knots} kn is out of the model's range`);

  return {
    nm,
    seaDays,
    allowanceDays,
    mainFuelT,
    auxSeaFuelT,
    portFuelT,
    fuelT,
    co2T,
    priceUsdPerTonne: price.value,
    canalDuesUsd,
    costUsd,
    perUnit: capacity
      ? {
          unit: capacity.unit,
          capacity: capacity.value,
          fuelT: fuelT / capacity.value,
          co2T: co2T / capacity.value,
          costUsd: costUsd / capacity.value,
        }
      : null,
    speedRatio,
    speedWarning: Math.abs(speedRatio - 1) > SPEED_WARNING_BAND,
    aboveDesignSpeed: speedRatio > 1,
    partLoadSfcChange: partLoadChange(speedRatio ** 3),
  };
}

/** Checks a fuel price in USD per tonne (number or typed text): ok with the value, or a plain-English problem. */
export function checkPrice(value: number | string): PriceCheck {
  const text = typeof value === 'string' ? value.trim() : null;
  if (text === '')
    return {
      ok: false,
      code: 'price-empty',
      problem: 'Enter a fuel price in US dollars per tonne.',
    };
  const n = text === null ? value : Number(text);
  if (typeof n !== 'number' || !Number.isFinite(n))
    return {
      ok: false,
      code: 'price-nan',
      problem: 'The fuel price must be a number of US dollars per tonne.',
    };
  if (n <= 0)
    return {
      ok: false,
      code: 'price-low',
      problem: 'The fuel price must be more than 0 US dollars per tonne.',
    };
  if (n > MAX_PRICE_USD_PER_TONNE)
    return {
      ok: false,
      code: 'price-high',
      problem:
        'A fuel price above 10,000 US dollars per tonne is refused as a likely typo; bunker ' +
        'prices in the model’s sources are below 3,000.',
    };
  return { ok: true, value: n };
}
