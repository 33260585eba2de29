/**
 * Readers for single hash values. Each returns the checked value, or null when the value is
 * dropped, and records why in `problems`; none of them throws or casts unchecked.
 */
import type { Camera, Place } from './state';
import { LIMITS } from './state';
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
