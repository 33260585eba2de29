/**
 * Points along a geodesic on the WGS 84 ellipsoid (Vincenty's formulae, src/lib/routing/
 * geodesic.ts), so the build can draw the regulations' "geodesic lines" as short straight pieces
 * in longitude and latitude: a boundary stored that way lies within metres of the true geodesic
 * (tested in tests/eca/data.test.ts by the distance excess of every piece).
 */
import { geodesicDirect, geodesicInverse } from '../../src/lib/routing/geodesic';

type LonLat = [number, number];

/**
 * The points strictly between a and b on their geodesic, evenly spaced at most `stepKm` apart
 * (none when a and b are closer than that).
 */
export function geodesicInterior(a: LonLat, b: LonLat, stepKm: number): LonLat[] {
  const inverse = geodesicInverse(a[0], a[1], b[0], b[1]);
  if (!inverse) throw new Error(`Vincenty's inverse formula did not converge for ${a} → ${b}`);
  const pieces = Math.ceil(inverse.km / stepKm);
  const out: LonLat[] = [];
  for (let i = 1; i < pieces; i++)
    out.push(geodesicDirect(a[0], a[1], inverse.azimuth, (inverse.km * i) / pieces));
  return out;
}
