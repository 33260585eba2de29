/**
 * How the URL writes a value that needs more than a number or an id: a place, a price, a pinned
 * route. The readers in fields.ts and pins-field.ts are their inverses; serializeHash and the
 * history use these.
 */
import { FUELS } from '../../content/fuels';
import { DRAFT_DECIMALS, PRICE_DECIMALS } from './fields';
import { formatDecimal, POINT_DECIMALS, roundTo } from './numbers';
import { PIN_SEPARATORS } from './pins-field';
import { canonicalPin, voyageOf } from './planner';
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

/** A draft as `draft=` writes it: metres to 10 cm, no trailing zeros. */
export function draftToken(draft: number): string {
  return formatDecimal(draft, DRAFT_DECIMALS);
}

/**
 * A pinned route as `pins=` writes it: `from_to_avoid_open` (canonical passage lists, trailing
 * empty fields left out), then its voyage settings as tagged fields, only those it has.
 */
export function pinToken(pin: PinnedRoute): string {
  const c = canonicalPin(pin);
  const { passage, field, tag } = PIN_SEPARATORS;
  const fields = [
    placeToken(c.from),
    placeToken(c.to),
    c.avoid.join(passage),
    c.open.join(passage),
  ];
  while (fields.length > 2 && fields[fields.length - 1] === '') fields.pop();
  const v = voyageOf(c);
  if (v.via.length > 0) fields.push(`via${tag}${v.via.join(passage)}`);
  if (v.through.length > 0) fields.push(`through${tag}${v.through.join(passage)}`);
  if (v.draft !== null) fields.push(`draft${tag}${draftToken(v.draft)}`);
  if (v.month !== null) fields.push(`month${tag}${v.month}`);
  return fields.join(field);
}
