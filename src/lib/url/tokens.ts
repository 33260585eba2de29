/**
 * How the URL writes a value that needs more than a number or an id: a place, a price, a pinned
 * route. The readers in fields.ts are their inverses; serializeHash and the history use these.
 */
import { FUELS } from '../../content/fuels';
import { PIN_SEPARATORS, PRICE_DECIMALS } from './fields';
import { formatDecimal, POINT_DECIMALS, roundTo } from './numbers';
import { canonicalPassages } from './planner';
import type { PinnedRoute, Place, UrlState } from './state';

/** A place as the URL writes it: a port id, or `p:lng,lat` with 4 decimals. */
export function placeToken(place: Place): string {
  return place.kind === 'port'
    ? place.id
    : `p:${formatDecimal(place.lng, POINT_DECIMALS)},${formatDecimal(place.lat, POINT_DECIMALS)}`;
}

/** A price as the state holds it: rounded to cents, and null when it is the fuel's default. */
export function canonicalPrice(fuel: UrlState['fuel'], price: number | null): number | null {
  if (price === null) return null;
  const rounded = roundTo(price, PRICE_DECIMALS);
  return rounded === roundTo(FUELS[fuel].defaultPrice.value, PRICE_DECIMALS) ? null : rounded;
}

/** A pinned route as `pins=` writes it (canonical passage lists, trailing empty fields left out). */
export function pinToken(pin: PinnedRoute): string {
  const { avoid, open } = canonicalPassages(pin.avoid, pin.open);
  const fields = [
    placeToken(pin.from),
    placeToken(pin.to),
    avoid.join(PIN_SEPARATORS.passage),
    open.join(PIN_SEPARATORS.passage),
  ];
  while (fields.length > 2 && fields[fields.length - 1] === '') fields.pop();
  return fields.join(PIN_SEPARATORS.field);
}
