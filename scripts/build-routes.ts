/**
 * Builds geo/routes.geojson (issue #4): the corridor, the comparison route and the variant,
 * computed by the sea router on geo/sea-network.json and geo/ports.geojson. Checks that each
 * route takes the passages it is meant to take and fails loudly otherwise.
 *
 * Each route also gets `stretches` (issue #15): the Natural Earth 1:50m marine area each
 * kilometre runs through, for the voyage's day counter ("Day 6 · Strait of Malacca").
 * Run: `npx tsx scripts/build-routes.ts` (after build-network and build-ports).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import * as turf from '@turf/turf';
import type { Feature, FeatureCollection, LineString, MultiPolygon, Polygon } from 'geojson';
import { ROUTE_IDS, type RouteId } from '../src/content/ids';
import {
  lineFeature,
  round1,
  roundCoords,
  type LonLat,
  type PassageId,
  type RouteOptions,
} from '../src/lib/routing/index';
import { parseStretches, tidyStretches, type Stretch } from '../src/lib/voyage/stretches';
import { measureLine, pointAtKm } from '../src/lib/voyage/voyage';
import { repoRoot, sharedData, writeGeoJSON } from './lib/io';
import { labelSafe, tidySeaName } from './lib/labels';
import { loadSeaRouter } from './lib/load-network';
import { loadEcaShapes } from './lib/load-ecas';
import { measureEcaKm } from '../src/lib/eca';

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
  /** Marine areas the route's stretches must name, in this order, and must not name. */
  areas: string[];
  notAreas: string[];
}

export const ROUTE_SPECS: Record<RouteId, RouteSpec> = {
  corridor: {
    name: 'Chennai–Vladivostok maritime corridor',
    origin: 'chennai',
    destination: 'vladivostok',
    options: {},
    expect: ['malacca'],
    forbid: [],
    areas: ['Bay of Bengal', 'Strait of Malacca', 'South China Sea', 'Sea of Japan'],
    notAreas: [],
  },
  comparison: {
    name: 'Mumbai–St Petersburg via Suez (existing route)',
    origin: 'mumbai',
    destination: 'st-petersburg',
    options: {},
    expect: ['babelmandeb', 'suez', 'gibraltar', 'dover'],
    forbid: [],
    areas: ['Arabian Sea', 'Red Sea', 'Mediterranean Sea', 'English Channel', 'Baltic Sea'],
    notAreas: [],
  },
  variant: {
    name: 'Chennai–Vladivostok avoiding the Strait of Malacca',
    origin: 'chennai',
    destination: 'vladivostok',
    options: { avoid: ['malacca'] },
    expect: [],
    forbid: ['malacca'],
    areas: ['Bay of Bengal', 'Sea of Japan'],
    notAreas: ['Strait of Malacca'],
  },
};

/** Longest step between two samples of a route when looking up its marine areas, km. */
const SAMPLE_KM = 5;
/** A point in no marine polygon takes the name of the nearest one within this distance, km. */
const NEAREST_KM = 50;
/** Stretches shorter than this fold into a neighbour, so the day counter does not flicker, km. */
const MIN_STRETCH_KM = 25;
/** Kinds of Natural Earth marine area a ship can be in (rivers and reefs are left out). */
const MARINE_KINDS = new Set(['ocean', 'sea', 'bay', 'gulf', 'strait', 'channel', 'sound']);

interface MarineArea {
  name: string;
  feature: Feature<Polygon | MultiPolygon>;
  rings: LonLat[][];
  bbox: [number, number, number, number];
  km2: number;
}

let marineAreas: MarineArea[] | undefined;

/**
 * Natural Earth 1:50m marine areas, smallest first (so the first polygon containing a point is
 * the most specific: the Strait of Malacca before the Indian Ocean). Names as the basemap's sea
 * labels write them ("North Pacific Ocean", "Caribbean Sea").
 */
function loadMarineAreas(): MarineArea[] {
  if (marineAreas) return marineAreas;
  const fc = JSON.parse(
    readFileSync(resolve(sharedData, 'ne_50m_geography_marine_polys.geojson'), 'utf8'),
  ) as FeatureCollection<Polygon | MultiPolygon>;
  marineAreas = fc.features
    .filter((f) => MARINE_KINDS.has(String(f.properties?.featurecla)))
    .map((f) => ({
      name: labelSafe(tidySeaName(String(f.properties?.name))),
      feature: f,
      rings: (f.geometry.type === 'Polygon'
        ? f.geometry.coordinates
        : f.geometry.coordinates.flat()) as LonLat[][],
      bbox: turf.bbox(f) as [number, number, number, number],
      km2: turf.area(f) / 1e6,
    }))
    .sort((a, b) => a.km2 - b.km2 || a.name.localeCompare(b.name));
  return marineAreas;
}

/** The marine area at a point: the smallest containing it, else the nearest within NEAREST_KM. */
function marineAreaAt([lng, lat]: LonLat): string | null {
  // Routes keep continuous longitudes (past 180 across the Pacific); Natural Earth is cut at ±180.
  const point = turf.point([((((lng + 180) % 360) + 360) % 360) - 180, lat]);
  const [x, y] = point.geometry.coordinates as [number, number];
  const areas = loadMarineAreas();
  for (const a of areas) {
    const [w, s, e, n] = a.bbox;
    if (x >= w && x <= e && y >= s && y <= n && turf.booleanPointInPolygon(point, a.feature)) {
      return a.name;
    }
  }
  // Natural Earth's areas stop short of some coasts and harbours: take the nearest, if close.
  const dy = NEAREST_KM / 111;
  const dx = dy / Math.max(0.1, Math.cos((y * Math.PI) / 180));
  let best: string | null = null;
  let bestKm = NEAREST_KM;
  for (const a of areas) {
    const [w, s, e, n] = a.bbox;
    if (x < w - dx || x > e + dx || y < s - dy || y > n + dy) continue;
    const km = distanceToRingsKm(x, y, a.rings);
    if (km < bestKm) {
      bestKm = km;
      best = a.name;
    }
  }
  return best;
}

/**
 * Distance in km from a point outside an area to its outline, in a local equirectangular plane:
 * within the 50 km that matter here it is within 1 % of the geodesic distance, and a thousand
 * times faster than Turf's `pointToPolygonDistance` (the bisections ask often).
 */
function distanceToRingsKm(x: number, y: number, rings: readonly LonLat[][]): number {
  const kx = 111.32 * Math.cos((y * Math.PI) / 180);
  const ky = 110.57;
  let best = Infinity;
  for (const ring of rings) {
    for (let i = 1; i < ring.length; i++) {
      const ax = (ring[i - 1]![0] - x) * kx;
      const ay = (ring[i - 1]![1] - y) * ky;
      const bx = (ring[i]![0] - x) * kx;
      const by = (ring[i]![1] - y) * ky;
      const dx = bx - ax;
      const dy = by - ay;
      const len2 = dx * dx + dy * dy;
      const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, -(ax * dx + ay * dy) / len2));
      best = Math.min(best, Math.hypot(ax + t * dx, ay + t * dy));
    }
  }
  return best;
}

/**
 * The route's named stretches: the line sampled every ≤ SAMPLE_KM (and at every vertex) along
 * the same geodesic km as the route's length and the voyage's position (src/lib/voyage), each
 * sample looked up in the marine areas, each change of name located to within a metre by
 * bisection, then tidied (short stretches folded, km to 0.1, the last ending at the route's km).
 */
function routeStretches(coordinates: readonly LonLat[], routeKm: number): Stretch[] {
  const line = measureLine(coordinates);
  const kms: number[] = [];
  for (let i = 1; i < line.cumulative.length; i++) {
    const from = line.cumulative[i - 1]!;
    const len = line.cumulative[i]! - from;
    const n = Math.max(1, Math.ceil(len / SAMPLE_KM));
    for (let j = 0; j < n; j++) kms.push(from + (len * j) / n);
  }
  kms.push(line.totalKm);
  const nameAt = (km: number): string | null => marineAreaAt(pointAtKm(line, km));
  const runs: Stretch[] = [];
  let fromKm = 0;
  let name = nameAt(0);
  for (let i = 1; i < kms.length; i++) {
    const next = nameAt(kms[i]!);
    if (next === name) continue;
    let lo = kms[i - 1]!;
    let hi = kms[i]!;
    while (hi - lo > 0.001) {
      const mid = (lo + hi) / 2;
      if (nameAt(mid) === name) lo = mid;
      else hi = mid;
    }
    const boundary = (lo + hi) / 2;
    runs.push({ name, fromKm, toKm: boundary });
    fromKm = boundary;
    name = next;
  }
  runs.push({ name, fromKm, toKm: line.totalKm });
  return tidyStretches(runs, routeKm, MIN_STRETCH_KM);
}

/** Fails unless the stretches name `areas` in this order and none of `notAreas`. */
function checkAreas(id: RouteId, stretches: readonly Stretch[], spec: RouteSpec): void {
  const names = stretches.map((s) => s.name);
  let at = 0;
  for (const area of spec.areas) {
    const i = names.indexOf(area, at);
    if (i < 0) throw new Error(`${id}: stretches miss ${area} (after ${names[at - 1] ?? 'start'})`);
    at = i + 1;
  }
  for (const area of spec.notAreas) {
    if (names.includes(area)) throw new Error(`${id}: stretches pass ${area}`);
  }
}

/** Computes the three route features (also used by the tests to compare with the file). */
export function buildRouteFeatures(): Feature<LineString>[] {
  const router = loadSeaRouter();
  // Km inside each Emission Control Area (issue #32), measured on the shipped coordinates as the
  // planner measures its routes: the opening view then needs no ECA file for these three.
  const ecaShapes = loadEcaShapes();
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
    const coordinates = roundCoords(r.coordinates);
    const km = round1(r.km);
    // The shipped coordinates are measured, as the app measures them; parse as the app does.
    const stretches = parseStretches(routeStretches(coordinates, km), km, id);
    checkAreas(id, stretches, spec);
    const eca = measureEcaKm(coordinates, ecaShapes);
    return lineFeature(coordinates, {
      id,
      name: spec.name,
      origin: spec.origin,
      destination: spec.destination,
      passages: r.passages,
      km,
      nm: round1(r.nm),
      method: METHOD,
      stretches,
      ecaKm: round1(eca.ecaKm),
      ecas: eca.areas.map((a) => ({ id: a.id, km: round1(a.km) })),
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
    for (const s of p.stretches as Stretch[]) {
      console.log(`  ${s.fromKm}–${s.toKm} km  ${s.name ?? '(at sea)'}`);
    }
  }
  console.log(`wrote geo/routes.geojson: ${(bytes / 1024).toFixed(1)} KB`);
}
