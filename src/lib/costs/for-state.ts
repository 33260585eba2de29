/**
 * The cost model (model.ts) at the choices a reader made: vessel, fuel, price, canal dues, speed
 * and allowance, as the state holds them (checked by the codec and the actions). One rule for
 * every panel that shows a route's fuel, CO₂ and cost.
 */
import { FUELS } from '../../content/fuels';
import { VESSELS } from '../../content/vessels';
import { canalTransits } from '../routing/passages';
import { formatUsd } from '../analysis/format';
import { LIMITS, type UrlState } from '../url/state';
import { voyageCost, type PriceCheck, type VoyageCost } from './model';

/** The state keys a route's cost depends on (beside its length). */
export const COST_KEYS = ['speed', 'allowance', 'vessel', 'fuel', 'price', 'dues'] as const;

export type CostChoices = Pick<UrlState, (typeof COST_KEYS)[number]>;

/** What the cost of a route depends on: its length and the passages it goes through. */
export interface CostedRoute {
  readonly km: number;
  readonly passages: readonly string[];
}

/** The fuel price in use, USD per tonne: the reader's, or the fuel's published default. */
export function priceInUse(url: Pick<UrlState, 'fuel' | 'price'>): number {
  return url.price ?? FUELS[url.fuel].defaultPrice.value;
}

/** Canal dues typed by the reader: a number of USD from 0 up to the URL's limit. */
export function checkDues(text: string): PriceCheck {
  const n = text.trim() === '' ? 0 : Number(text.trim());
  if (!Number.isFinite(n) || n < LIMITS.dues.min)
    return {
      ok: false,
      code: 'dues-nan',
      problem: 'Canal dues must be a number of US dollars, 0 or more, written without commas.',
    };
  if (n > LIMITS.dues.max)
    return {
      ok: false,
      code: 'dues-high',
      problem: `Canal dues above ${formatUsd(LIMITS.dues.max)} per transit are refused as a likely typo.`,
    };
  return { ok: true, value: n };
}

/**
 * A route's modelled voyage cost at the reader's choices. The reader's canal dues (`dues`, USD
 * per canal transit) are charged once for each canal the route passes: none on the corridor via
 * Malacca, once on the comparison route via Suez.
 */
export function costForState(route: CostedRoute, url: CostChoices): VoyageCost {
  return voyageCost({
    km: route.km,
    vessel: VESSELS[url.vessel],
    fuel: FUELS[url.fuel],
    knots: url.speed,
    allowanceDays: url.allowance,
    priceUsdPerTonne: url.price ?? undefined,
    canalDuesUsd: url.dues * canalTransits(route.passages),
  });
}

/** Whether a change between two states changes any route's cost. */
export function costChoicesChanged(a: CostChoices, b: CostChoices): boolean {
  return COST_KEYS.some((key) => a[key] !== b[key]);
}
