/**
 * The cost model (model.ts) at the choices a reader made: vessel, fuel, price, canal dues, speed
 * and allowance, as the state holds them (checked by the codec and the actions). One rule for
 * every panel that shows a route's fuel, CO₂ and cost.
 */
import { FUELS } from '../../content/fuels';
import { VESSELS } from '../../content/vessels';
import { canalTransits } from '../routing/passages';
import { portCalls } from '../analysis/transit';
import { formatUsd } from '../analysis/format';
import { LIMITS, type UrlState } from '../url/state';
import { voyageCostWithEca, type EcaCost } from './eca-switch';
import type { PriceCheck, VoyageCost } from './model';

/** The state keys a route's cost depends on (beside its length). */
export const COST_KEYS = [
  'speed',
  'allowance',
  'vessel',
  'fuel',
  'scrubber',
  'price',
  'dues',
] as const;

/** The choices a cost depends on; `scrubber` may be left out (none fitted). */
export type CostChoices = Pick<UrlState, Exclude<(typeof COST_KEYS)[number], 'scrubber'>> &
  Partial<Pick<UrlState, 'scrubber'>>;

/**
 * What the cost of a route depends on: its length, the passages it goes through, and its legs
 * (a voyage with stops: one port call per leg; a route without legs makes one call).
 */
export interface CostedRoute {
  readonly km: number;
  readonly passages: readonly string[];
  readonly legs?: readonly { readonly passages: readonly string[] }[];
  /** Km inside Emission Control Areas (src/lib/eca); absent = not measured, no fuel switch. */
  readonly ecaKm?: number;
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
 * A route's modelled voyage cost at the reader's choices. Sea days run over the whole length (the
 * sum of the legs); the allowance (`allowance`, days) is per port call, so a voyage with two
 * stops counts it three times. The reader's canal dues (`dues`, USD per canal transit) are
 * charged once for each canal transit, leg by leg: none on the corridor via Malacca, once on
 * the comparison route via Suez. Inside ECAs a high-sulphur fuel without a scrubber gives way to
 * gas oil (eca-switch.ts).
 */
export function ecaCostForState(route: CostedRoute, url: CostChoices): EcaCost {
  return voyageCostWithEca({
    km: route.km,
    vessel: VESSELS[url.vessel],
    fuel: FUELS[url.fuel],
    knots: url.speed,
    allowanceDays: url.allowance * portCalls(route),
    priceUsdPerTonne: url.price ?? undefined,
    // A canal passed on two legs is two transits.
    canalDuesUsd:
      url.dues * (route.legs ?? [route]).reduce((sum, leg) => sum + canalTransits(leg.passages), 0),
    ecaKm: route.ecaKm ?? 0,
    scrubber: url.scrubber ?? false,
  });
}

/** ecaCostForState's figures without the split (what the panels show until they show it). */
export function costForState(route: CostedRoute, url: CostChoices): VoyageCost {
  // eslint-disable-next-line @typescript-eslint/no-unused-vars -- dropped: not VoyageCost's
  const { ecaNm, scrubber, split, ...cost } = ecaCostForState(route, url);
  return cost;
}

/** Whether a change between two states changes any route's cost. */
export function costChoicesChanged(a: CostChoices, b: CostChoices): boolean {
  return COST_KEYS.some((key) =>
    key === 'scrubber' ? Boolean(a.scrubber) !== Boolean(b.scrubber) : a[key] !== b[key],
  );
}
