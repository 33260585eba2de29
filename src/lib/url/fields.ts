/**
 * Readers for single hash values. Each returns the checked value, or null when the value is
 * dropped, and records why in `problems`; none of them throws or casts unchecked.
 */
import { TOUR_LENGTH } from '../../content/tour';
import { checkPrice } from '../costs/model';
import { isPassageId, type PassageId } from '../routing/passages';
import { canonicalPassages } from './planner';
import type { Camera, PinnedRoute, Place } from './state';
import { LIMITS, MAX_PINS } from './state';
import {
  clamp,
  parseDecimal,
  POINT_DECIMALS,
  quantiseCamera,
  roundLat,
  roundLng,
  roundTo,
} from './numbers';
import type { UrlProblem } from './problems';
import { problem } from './problems';

type Problems = UrlProblem[];

/** The member of `ids` equal to `value`, or null; the catalogue, not a cast, gives the type. */
export function findId<T extends string>(ids: readonly T[], value: string): T | null {
  return ids.find((id) => id === value) ?? null;
}

/** A number from `value`, clamped to [min, max] (reported) and rounded to `decimals`. */
export function readNumber(
  key: string,
  value: string,
  range: { readonly min: number; readonly max: number },
  decimals: number,
  problems: Problems,
): number | null {
  const n = parseDecimal(value);
  if (n === null) {
    problems.push(problem(key, 'malformed', 'not a number, ignored', value));
    return null;
  }
  const c = clamp(n, range.min, range.max);
  if (c !== n) {
    problems.push(
      problem(key, 'out-of-range', `outside ${range.min} to ${range.max}, set to ${c}`, value),
    );
  }
  return roundTo(c, decimals);
}

/** A camera from `zoom/lat/lng[/bearing[/pitch]]`; any non-number part drops the whole camera. */
export function readCamera(value: string, problems: Problems): Camera | null {
  const parts = value.split('/');
  if (parts.length < 3 || parts.length > 5) {
    problems.push(problem('map', 'malformed', 'expected zoom/lat/lng[/bearing[/pitch]]', value));
    return null;
  }
  const nums = parts.map(parseDecimal);
  const [zoom, lat, lng, bearing = 0, pitch = 0] = nums;
  if (zoom == null || lat == null || lng == null || bearing === null || pitch === null) {
    problems.push(problem('map', 'malformed', 'a camera part is not a number, ignored', value));
    return null;
  }
  const { zoom: z, lat: la, pitch: p } = LIMITS;
  if (zoom < z.min || zoom > z.max) {
    problems.push(problem('map', 'out-of-range', `zoom outside ${z.min} to ${z.max}, clamped`));
  }
  if (lat < la.min || lat > la.max) {
    problems.push(problem('map', 'out-of-range', `latitude outside ±${la.max}, clamped`));
  }
  if (pitch < p.min || pitch > p.max) {
    problems.push(problem('map', 'out-of-range', `pitch outside ${p.min} to ${p.max}, clamped`));
  }
  // Longitude and bearing wrap: 190° is the same place as −170°, so nothing is reported.
  return quantiseCamera({ zoom, lat, lng, bearing, pitch });
}

/** A planner endpoint: `p:lng,lat` (a point at sea) or a port id from the catalogue. */
export function readPlace(
  key: string,
  value: string,
  portIds: ReadonlySet<string>,
  problems: Problems,
): Place | null {
  if (value.startsWith('p:')) {
    const parts = value.slice(2).split(',');
    const lng = parts.length === 2 ? parseDecimal(parts[0] ?? '') : null;
    const lat = parts.length === 2 ? parseDecimal(parts[1] ?? '') : null;
    if (lng === null || lat === null) {
      problems.push(problem(key, 'malformed', 'expected p:lng,lat, ignored', value));
      return null;
    }
    if (lat < LIMITS.lat.min || lat > LIMITS.lat.max) {
      // A clamped point would be another place, likely on land: drop it instead.
      problems.push(problem(key, 'out-of-range', 'latitude of the point out of range, ignored'));
      return null;
    }
    return {
      kind: 'point',
      lng: roundLng(lng, POINT_DECIMALS),
      lat: roundLat(lat, POINT_DECIMALS),
    };
  }
  if (portIds.has(value)) return { kind: 'port', id: value };
  problems.push(problem(key, 'unknown-id', 'unknown port, ignored', value));
  return null;
}

/** Comma-separated ids: known ones kept (deduplicated, in `order`), unknown ones reported. */
export function readIdList<T extends string>(
  key: string,
  value: string,
  known: (id: string) => T | null,
  order: (a: T, b: T) => number,
  problems: Problems,
): T[] | null {
  const found = new Set<T>();
  for (const item of value.split(',')) {
    if (item === '') continue;
    const id = known(item);
    if (id === null) problems.push(problem(key, 'unknown-id', 'unknown id, ignored', item));
    else found.add(id);
  }
  return found.size > 0 ? [...found].sort(order) : null;
}

/** A tour step, 1 to the number of steps. */
export function readTour(value: string, problems: Problems): number | null {
  const n = /^\d{1,3}$/.test(value) ? Number(value) : NaN;
  if (!Number.isInteger(n)) {
    problems.push(problem('tour', 'malformed', 'not a step number, ignored', value));
    return null;
  }
  if (n < 1 || n > TOUR_LENGTH) {
    problems.push(
      problem('tour', 'out-of-range', `the tour has steps 1 to ${TOUR_LENGTH}, ignored`, value),
    );
    return null;
  }
  return n;
}

/** A fuel price in USD per tonne, checked by the cost model's own rule (checkPrice). */
export function readPrice(value: string, problems: Problems): number | null {
  const n = parseDecimal(value);
  const checked = n === null ? null : checkPrice(roundTo(n, PRICE_DECIMALS));
  if (checked?.ok) return checked.value;
  problems.push(
    problem(
      'price',
      n === null ? 'malformed' : 'out-of-range',
      n === null
        ? 'not a number, ignored'
        : 'not a usable price (above 0, at most 10,000 USD/t), ignored',
      value,
    ),
  );
  return null;
}

/** Decimals of `price=` (US cents). */
export const PRICE_DECIMALS = 2;

/** Separators of `pins=`: pins by `;`, a pin's fields by `_`, passages within a field by `+`. */
export const PIN_SEPARATORS = { pin: ';', field: '_', passage: '+' } as const;

/**
 * Pinned routes: `from_to[_avoid[_open]]` joined by `;`, each end a port id or `p:lng,lat`, each
 * passage list joined by `+`. A pin with a bad end is dropped; beyond MAX_PINS, the rest are.
 */
export function readPins(
  value: string,
  portIds: ReadonlySet<string>,
  problems: Problems,
): PinnedRoute[] {
  const pins: PinnedRoute[] = [];
  const tokens = value.split(PIN_SEPARATORS.pin).filter((t) => t !== '');
  if (tokens.length > MAX_PINS) {
    problems.push(problem('pins', 'out-of-range', `at most ${MAX_PINS} routes; the rest ignored`));
  }
  for (const token of tokens.slice(0, MAX_PINS)) {
    const [from = '', to = '', avoid = '', open = '', ...extra] = token.split(PIN_SEPARATORS.field);
    const before = problems.length;
    const a = readPlace('pins', from, portIds, problems);
    const b = readPlace('pins', to, portIds, problems);
    const passages = (list: string) =>
      list
        .split(PIN_SEPARATORS.passage)
        .filter((id) => id !== '')
        .filter((id): id is PassageId => {
          if (isPassageId(id)) return true;
          problems.push(problem('pins', 'unknown-id', 'unknown passage, ignored', id));
          return false;
        });
    if (extra.length > 0 || a === null || b === null) {
      if (problems.length === before) {
        problems.push(problem('pins', 'malformed', 'expected from_to_avoid_open, ignored', token));
      }
      continue;
    }
    const lists = canonicalPassages(passages(avoid), passages(open));
    pins.push({ from: a, to: b, avoid: lists.avoid, open: lists.open });
  }
  return pins;
}
