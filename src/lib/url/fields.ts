/**
 * Readers for single hash values. Each returns the checked value, or null when the value is
 * dropped, and records why in `problems`; none of them throws or casts unchecked.
 */
import { TOUR_LENGTH } from '../../content/tour';
import { checkPrice } from '../costs/model';
import type { Camera, Place } from './state';
import { LIMITS, MAX_VIA } from './state';
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

/**
 * The shape of a World Port Index id (issue #28): a UN/LOCODE in lower case (`brssz`) or the WPI
 * number (`wpi-12970`, `wpi-49454-5`). The catalogue loads after the link is read (with the
 * planner), so such an id is kept here and checked against it on arrival
 * (lib/planner/link-ports.ts); anything else must be a curated id.
 */
const WORLD_PORT_ID = /^(?:[a-z]{2}[a-z2-9]{3}|wpi-\d{1,6}(?:-\d)?)$/;

/** Whether `id` may name a port: a curated id, or one shaped like a World Port Index id. */
export function mayBePort(id: string, portIds: ReadonlySet<string>): boolean {
  return portIds.has(id) || WORLD_PORT_ID.test(id);
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
  if (mayBePort(value, portIds)) return { kind: 'port', id: value };
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

/** Decimals of `draft=` (10 cm). */
export const DRAFT_DECIMALS = 1;

/**
 * Stops on the way: port ids joined by `separator`, in order (a port may recur). Unknown ids are
 * dropped; beyond MAX_VIA the rest are.
 */
export function readVia(
  key: string,
  value: string,
  portIds: ReadonlySet<string>,
  separator: string,
  problems: Problems,
): string[] {
  const known = value.split(separator).filter((id) => {
    if (id === '') return false;
    if (mayBePort(id, portIds)) return true;
    problems.push(problem(key, 'unknown-id', 'unknown port, ignored', id));
    return false;
  });
  if (known.length > MAX_VIA) {
    problems.push(problem(key, 'out-of-range', `at most ${MAX_VIA} stops; the rest ignored`));
  }
  return known.slice(0, MAX_VIA);
}

/** A draft in metres, one decimal, within LIMITS.draft; outside it the value is dropped. */
export function readDraft(key: string, value: string, problems: Problems): number | null {
  const n = parseDecimal(value);
  if (n === null) {
    problems.push(problem(key, 'malformed', 'not a number of metres, ignored', value));
    return null;
  }
  const { min, max } = LIMITS.draft;
  const m = roundTo(n, DRAFT_DECIMALS);
  // A clamped draft would be another ship, with other passages closed: drop it instead.
  if (m < min || m > max) {
    problems.push(problem(key, 'out-of-range', `a draft is ${min} to ${max} m, ignored`, value));
    return null;
  }
  return m;
}

/** A month, 1 to 12 (written without leading zeros; `02` is read as 2). */
export function readMonth(key: string, value: string, problems: Problems): number | null {
  const n = /^\d{1,2}$/.test(value) ? Number(value) : NaN;
  if (!Number.isInteger(n)) {
    problems.push(problem(key, 'malformed', 'not a month number, ignored', value));
    return null;
  }
  if (n < 1 || n > 12) {
    problems.push(problem(key, 'out-of-range', 'a month is 1 to 12, ignored', value));
    return null;
  }
  return n;
}
