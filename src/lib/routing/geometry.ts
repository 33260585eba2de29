/**
 * Route geometry helpers: continuous longitudes across the antimeridian, units, GeoJSON output.
 */
import type { Feature, LineString } from 'geojson';
import type { LonLat } from './ports';

// One definition of the nautical mile for the whole app (src/lib/analysis/units.ts).
export { KM_PER_NM, kmToNm, nmToKm } from '../analysis/units';

/** Days at sea for a distance in nm at a constant speed in knots (no port or canal time). */
export function seaDays(nm: number, knots: number): number {
  return nm / (knots * 24);
}

/**
 * Makes longitudes continuous: each point is shifted by ±360° so that it is within 180° of the
 * previous one (179 → 181 rather than 179 → −179). MapLibre then draws a line that crosses the
 * antimeridian as one piece instead of a stroke across the whole map. Consecutive duplicates
 * (e.g. the two ends of a ±180 join) are dropped.
 */
export function unwrapLongitudes(coords: readonly LonLat[]): LonLat[] {
  const out: LonLat[] = [];
  for (const [lon0, lat] of coords) {
    let lon = lon0;
    const prev = out[out.length - 1];
    if (prev) {
      while (lon - prev[0] > 180) lon -= 360;
      while (lon - prev[0] < -180) lon += 360;
      if (lon === prev[0] && lat === prev[1]) continue;
    }
    out.push([lon, lat]);
  }
  return out;
}

/** Rounds a coordinate list (for golden files and shipped GeoJSON). */
export function roundCoords(coords: readonly LonLat[], decimals = 5): LonLat[] {
  const f = 10 ** decimals;
  return coords.map(([x, y]) => [Math.round(x * f) / f, Math.round(y * f) / f]);
}

/** Rounds to one decimal (km and nm as published in geo/routes.geojson). */
export function round1(x: number): number {
  return Math.round(x * 10) / 10;
}

/** A LineString feature from route coordinates (a single point is doubled so it stays valid). */
export function lineFeature<P extends Record<string, unknown>>(
  coords: readonly LonLat[],
  properties: P,
): Feature<LineString, P> {
  const c = coords.length === 1 ? [coords[0]!, coords[0]!] : coords.map((p) => [p[0], p[1]]);
  return { type: 'Feature', properties, geometry: { type: 'LineString', coordinates: c } };
}
