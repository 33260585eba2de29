import { distance, feature, length } from '@turf/turf';
import type { Feature, LineString, Position } from 'geojson';

/**
 * Length of a route in km along its vertices (Turf: haversine on a 6,371.0088 km sphere).
 * Longitudes may run past 180 (a line kept continuous across the antimeridian): haversine only
 * uses the sine of half the longitude difference, so 179 → 181 and 179 → -179 both measure 2°.
 */
export function routeLengthKm(line: LineString | Feature<LineString>): number {
  return length(line.type === 'Feature' ? line : feature(line), { units: 'kilometers' });
}

/** Great-circle distance in km between two [lon, lat] positions. */
export function greatCircleKm(a: Position, b: Position): number {
  return distance(a, b, { units: 'kilometers' });
}

/** Route length divided by great-circle distance (1 = straight line); throws RangeError if gcKm ≤ 0. */
export function detourRatio(routeKm: number, gcKm: number): number {
  if (!Number.isFinite(routeKm) || routeKm < 0) {
    throw new RangeError(`routeKm must be a finite number ≥ 0, got ${routeKm}`);
  }
  if (!Number.isFinite(gcKm) || gcKm <= 0) {
    throw new RangeError(`gcKm must be a finite number > 0, got ${gcKm}`);
  }
  return routeKm / gcKm;
}
