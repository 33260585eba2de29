/**
 * Builds geo/routes.geojson (issue #4): the corridor, the comparison route and the variant,
 * computed by the sea router on geo/sea-network.json and geo/ports.geojson. Checks that each
 * route takes the passages it is meant to take and fails loudly otherwise.
 * Run: `npx tsx scripts/build-routes.ts` (after build-network and build-ports).
 */
import { resolve } from 'node:path';
import type { Feature, LineString } from 'geojson';
import { ROUTE_IDS, type RouteId } from '../src/content/ids';
import {
  lineFeature,
  round1,
  roundCoords,
  type PassageId,
  type RouteOptions,
} from '../src/lib/routing/index';
import { repoRoot, writeGeoJSON } from './lib/io';
import { loadSeaRouter } from './lib/load-network';

const OUT = resolve(repoRoot, 'geo/routes.geojson');
const METHOD =
  'Shortest path on Eurostat SeaRoute marnet 20 km network (EUPL-1.2), WGS84 geodesic lengths, including the port approach and snap legs; default closures: kiel, corinth, northwest, northeast.';

interface RouteSpec {
  name: string;
  origin: string;
  destination: string;
  options: RouteOptions;
  /** Passages the route must include, and must not include. */
  expect: PassageId[];
  forbid: PassageId[];
}

export const ROUTE_SPECS: Record<RouteId, RouteSpec> = {
  corridor: {
    name: 'Chennai–Vladivostok maritime corridor',
    origin: 'chennai',
    destination: 'vladivostok',
    options: {},
    expect: ['malacca'],
    forbid: [],
  },
  comparison: {
    name: 'Mumbai–St Petersburg via Suez (existing route)',
    origin: 'mumbai',
    destination: 'st-petersburg',
    options: {},
    expect: ['babelmandeb', 'suez', 'gibraltar', 'dover'],
    forbid: [],
  },
  variant: {
    name: 'Chennai–Vladivostok avoiding the Strait of Malacca',
    origin: 'chennai',
    destination: 'vladivostok',
    options: { avoid: ['malacca'] },
    expect: [],
    forbid: ['malacca'],
  },
};

/** Computes the three route features (also used by the tests to compare with the file). */
export function buildRouteFeatures(): Feature<LineString>[] {
  const router = loadSeaRouter();
  return ROUTE_IDS.map((id) => {
    const spec = ROUTE_SPECS[id];
    const res = router.findSeaRoute(spec.origin, spec.destination, spec.options);
    if (!res.ok) throw new Error(`${id}: ${res.error.message}`);
    const r = res.route;
    for (const p of spec.expect) if (!r.passages.includes(p)) throw new Error(`${id}: misses ${p}`);
    for (const p of spec.forbid) if (r.passages.includes(p)) throw new Error(`${id}: uses ${p}`);
    if (id === 'variant' && !r.passages.some((p) => p === 'sunda' || p === 'lombok')) {
      throw new Error('variant: expected the Sunda or Lombok strait');
    }
    return lineFeature(roundCoords(r.coordinates), {
      id,
      name: spec.name,
      origin: spec.origin,
      destination: spec.destination,
      passages: r.passages,
      km: round1(r.km),
      nm: round1(r.nm),
      method: METHOD,
    });
  });
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(repoRoot, 'scripts/build-routes.ts')) {
  const features = buildRouteFeatures();
  const bytes = writeGeoJSON(OUT, { type: 'FeatureCollection', features });
  for (const f of features) {
    const p = f.properties!;
    console.log(
      `${p.id}: ${p.km} km, ${p.nm} nm via ${(p.passages as string[]).join(', ') || '—'}`,
    );
  }
  console.log(`wrote geo/routes.geojson: ${(bytes / 1024).toFixed(1)} KB`);
}
