/**
 * Named stretches of a route (issue #15): which Natural Earth marine area ("Bay of Bengal",
 * "Strait of Malacca"…) each kilometre of the route runs through. scripts/build-routes.ts derives
 * them and stores them as the `stretches` property of each route in geo/routes.geojson; the
 * voyage's day counter reads them.
 */
import { round1 } from '../routing/geometry';

/** Km `fromKm`…`toKm` of a route lie in the marine area `name` (null: no named area). */
export interface Stretch {
  readonly name: string | null;
  readonly fromKm: number;
  readonly toKm: number;
}

const WHERE = 'geo/routes.geojson';
/** Tolerance for the last stretch's end against the route's km (both rounded to 0.1 km). */
const END_TOLERANCE_KM = 0.05;

function fail(route: string, message: string): never {
  throw new Error(`${WHERE}: the ${route} route's stretches ${message}`);
}

/**
 * Checks a route's `stretches` property: a non-empty list, in order, each starting where the
 * previous ends, from 0 to the route's km, names a string or null. Throws an Error naming
 * geo/routes.geojson otherwise.
 */
export function parseStretches(value: unknown, routeKm: number, route = 'a'): Stretch[] {
  if (!Array.isArray(value) || value.length === 0) {
    fail(route, 'are missing: expected a non-empty list of { name, fromKm, toKm }');
  }
  const out: Stretch[] = [];
  value.forEach((item: unknown, i) => {
    const at = `[${i}]`;
    if (typeof item !== 'object' || item === null || Array.isArray(item)) {
      fail(route, `${at} is not an object`);
    }
    const { name, fromKm, toKm } = item as Record<string, unknown>;
    if (name !== null && (typeof name !== 'string' || name.trim() === '')) {
      fail(route, `${at}.name must be a non-empty string or null`);
    }
    if (typeof fromKm !== 'number' || !Number.isFinite(fromKm)) {
      fail(route, `${at}.fromKm must be a finite number`);
    }
    if (typeof toKm !== 'number' || !Number.isFinite(toKm)) {
      fail(route, `${at}.toKm must be a finite number`);
    }
    const expected = i === 0 ? 0 : out[i - 1]!.toKm;
    if (fromKm !== expected) {
      fail(route, `${at}.fromKm is ${fromKm}, expected ${expected} (no gaps, no overlaps)`);
    }
    if (!(toKm > fromKm)) fail(route, `${at} is empty or reversed (${fromKm}…${toKm} km)`);
    out.push({ name, fromKm, toKm });
  });
  const end = out[out.length - 1]!.toKm;
  if (!(Math.abs(end - routeKm) <= END_TOLERANCE_KM)) {
    fail(route, `end at ${end} km, not at the route's ${routeKm} km`);
  }
  return out;
}

/** The stretch with fromKm ≤ km < toKm; the first before the start, the last past the end. */
export function stretchAt(stretches: readonly Stretch[], km: number): Stretch {
  if (stretches.length === 0) throw new RangeError('stretchAt: no stretches');
  let lo = 0;
  let hi = stretches.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >>> 1;
    if (stretches[mid]!.fromKm <= km) lo = mid;
    else hi = mid - 1;
  }
  return stretches[lo]!;
}

/**
 * Tidies raw runs of a route (consecutive, covering 0…routeKm, in order) into stretches: joins
 * neighbours with the same name, folds runs shorter than `minKm` into a neighbour (so the day
 * counter does not flicker between areas), and rounds the boundaries to 0.1 km, the last one to
 * the route's km. Deterministic; used by scripts/build-routes.ts.
 */
export function tidyStretches(runs: readonly Stretch[], routeKm: number, minKm: number): Stretch[] {
  const s: { name: string | null; fromKm: number; toKm: number }[] = [];
  const push = (r: Stretch): void => {
    const last = s[s.length - 1];
    if (last && last.name === r.name) last.toKm = r.toKm;
    else s.push({ ...r });
  };
  runs.forEach(push);
  // Fold the shortest short run first; ties go to the earliest, so the result does not depend on
  // the order of equal lengths in memory.
  for (;;) {
    let shortest = -1;
    for (let i = 0; i < s.length; i++) {
      const len = s[i]!.toKm - s[i]!.fromKm;
      if (len < minKm && s.length > 1 && (shortest < 0 || len < lengthOf(s[shortest]!))) {
        shortest = i;
      }
    }
    if (shortest < 0) break;
    const prev = s[shortest - 1];
    const next = s[shortest + 1];
    const run = s[shortest]!;
    if (prev && next && prev.name === next.name) {
      prev.toKm = next.toKm;
      s.splice(shortest, 2);
    } else if (prev && (!next || lengthOf(prev) >= lengthOf(next))) {
      prev.toKm = run.toKm;
      s.splice(shortest, 1);
    } else {
      next!.fromKm = run.fromKm;
      s.splice(shortest, 1);
    }
  }
  return s.map((r, i) => ({
    name: r.name,
    fromKm: i === 0 ? 0 : round1(r.fromKm),
    toKm: i === s.length - 1 ? round1(routeKm) : round1(r.toKm),
  }));
}

function lengthOf(r: Stretch): number {
  return r.toKm - r.fromKm;
}
