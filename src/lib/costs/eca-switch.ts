/**
 * The fuel switch Emission Control Areas force (issue #32; docs/costs.md, docs/eca.md). Inside an
 * ECA fuel may carry at most 0.10 % sulphur (MARPOL Annex VI reg. 14.4); a ship whose fuel has
 * more (HFO, and LFO, which the catalogue prices as 0.50 % VLSFO) and no scrubber (an equivalent
 * under reg. 4.1) burns gas oil there: the catalogue's MGO, at its own SFOC, price and carbon
 * factor. Outside, and in port and canal days, it burns the chosen fuel. The voyage is costed as
 * two voyages at the same speed — the km outside (with the allowance and the canal dues) and
 * the km inside — and the figures give both parts.
 */
import { ECA_SULPHUR_LIMIT_PCT } from '../../content/ecas';
import { FUELS, type FuelId, type FuelType } from '../../content/fuels';
import { kmToNm } from '../analysis/units';
import { voyageCost, type VoyageCost, type VoyageCostInput } from './model';

/** The fuel burned inside ECAs by a ship that must switch. */
export const ECA_GAS_OIL: FuelId = 'mgo';

/** One fuel's share of a voyage with a switch. */
export interface FuelPart {
  fuel: FuelId;
  nm: number;
  seaDays: number;
  fuelT: number;
  co2T: number;
  priceUsdPerTonne: number;
  /** This fuel's cost (the canal dues are in the chosen fuel's part). */
  costUsd: number;
}

export interface EcaCost extends VoyageCost {
  /** Nautical miles inside ECAs. */
  ecaNm: number;
  scrubber: boolean;
  /** The two parts when the ship switches to gas oil inside ECAs; null when it does not. */
  split: { chosen: FuelPart; gasOil: FuelPart } | null;
}

export type EcaCostInput = VoyageCostInput & {
  /** Km of the route inside ECAs (src/lib/eca), 0 … the route's km. */
  ecaKm: number;
  /** A scrubber is fitted: the chosen fuel is burned throughout. */
  scrubber: boolean;
};

/** Whether a fuel must give way to gas oil inside an ECA (see the module comment). */
export function switchesInEca(fuel: FuelType, scrubber: boolean): boolean {
  return !scrubber && fuel.maxSulphur.pct > ECA_SULPHUR_LIMIT_PCT;
}

function part(fuel: FuelId, cost: VoyageCost): FuelPart {
  return {
    fuel,
    nm: cost.nm,
    seaDays: cost.seaDays,
    fuelT: cost.fuelT,
    co2T: cost.co2T,
    priceUsdPerTonne: cost.priceUsdPerTonne,
    costUsd: cost.costUsd,
  };
}

/** Fuel, CO₂ and cost of a voyage with its ECA km; throws RangeError on invalid input. */
export function voyageCostWithEca(input: EcaCostInput): EcaCost {
  const { ecaKm, scrubber, ...rest } = input;
  const nm = 'nm' in rest ? rest.nm : kmToNm(rest.km);
  const ecaNm = kmToNm(ecaKm);
  // The km inside come from the same geometry as the route's km: allow rounding, no more.
  if (!Number.isFinite(ecaNm) || ecaNm < 0 || ecaNm > nm * (1 + 1e-9) + 1e-9)
    throw new RangeError(`ECA distance must be between 0 and the route's ${nm} nm, got ${ecaNm}`);
  const inside = Math.min(ecaNm, nm);
  if (!switchesInEca(input.fuel, scrubber) || inside === 0) {
    return { ...voyageCost(input), ecaNm: inside, scrubber, split: null };
  }
  const outside = voyageCost({ ...rest, nm: nm - inside });
  const gasOil = voyageCost({
    nm: inside,
    vessel: input.vessel,
    fuel: FUELS[ECA_GAS_OIL],
    knots: input.knots,
  });
  const fuelT = outside.fuelT + gasOil.fuelT;
  const co2T = outside.co2T + gasOil.co2T;
  const costUsd = outside.costUsd + gasOil.costUsd;
  const unit = outside.perUnit;
  return {
    ...outside,
    nm,
    seaDays: outside.seaDays + gasOil.seaDays,
    mainFuelT: outside.mainFuelT + gasOil.mainFuelT,
    auxSeaFuelT: outside.auxSeaFuelT + gasOil.auxSeaFuelT,
    fuelT,
    co2T,
    costUsd,
    perUnit: unit && {
      ...unit,
      fuelT: fuelT / unit.capacity,
      co2T: co2T / unit.capacity,
      costUsd: costUsd / unit.capacity,
    },
    ecaNm: inside,
    scrubber,
    split: { chosen: part(input.fuel.id, outside), gasOil: part(ECA_GAS_OIL, gasOil) },
  };
}
