/**
 * Builds the embedded basemap, geo/basemap/basemap.geojson, from Natural Earth data. Its features
 * are told apart by `layer`:
 *   land               country polygons (world-atlas 1:50m), simplified, coordinates rounded
 *   coastline, border  coastlines (without the artificial edges at ±180° and the south pole)
 *                      and land borders (shared arcs only), one MultiLineString each
 *   country, sea, city label points: one per country, per named sea, bay, strait and ocean
 *                      (NE marine polys), and major cities (NE populated places)
 *
 * Re-run with `npm run data`. Deterministic: same inputs, same bytes.
 */
import { readFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { feature, mesh } from 'topojson-client';
import { presimplify, simplify, quantile } from 'topojson-simplify';
import * as turf from '@turf/turf';
import type {
  Feature,
  FeatureCollection,
  Geometry,
  MultiLineString,
  MultiPolygon,
  Point,
  Polygon,
  Position,
} from 'geojson';
import type { GeometryCollection, Objects, Topology } from 'topojson-specification';
import { repoRoot, sharedData, writeGeoJSON } from './lib/io.ts';
import { labelSafe, tidySeaName } from './lib/labels.ts';

const require = createRequire(import.meta.url);
const OUT = resolve(repoRoot, 'geo/basemap');

/** Share of the smallest-area vertices Visvalingam may drop (the rest are kept). */
const KEEP_QUANTILE = 0.15;
/** 0.01° ≈ 1.1 km: far below the ~25 km generalisation of a 1:50m source. */
const DECIMALS = 2;

function round(value: number, decimals = DECIMALS): number {
  const f = 10 ** decimals;
  return Math.round(value * f) / f;
}

function roundPositions<T>(coords: T): T {
  if (Array.isArray(coords) && typeof coords[0] === 'number') {
    return (coords as number[]).map((v) => round(v)) as T;
  }
  return (coords as unknown[]).map((c) => roundPositions(c)) as T;
}

/** Drops consecutive duplicate positions that rounding creates; rings stay closed. */
function dedupe(line: Position[]): Position[] {
  const out: Position[] = [];
  for (const p of line) {
    const last = out[out.length - 1];
    if (!last || last[0] !== p[0] || last[1] !== p[1]) out.push(p);
  }
  return out;
}

/** Rounds a polygon; drops holes that collapse, and the polygon if its outer ring does. */
function cleanPolygon(rings: Position[][], decimals = DECIMALS): Position[][] | null {
  const [outer, ...holes] = rings.map((ring) =>
    dedupe(ring.map(([x, y]) => [round(x!, decimals), round(y!, decimals)])),
  );
  if (!outer || outer.length < 4) return null;
  return [outer, ...holes.filter((r) => r.length >= 4)];
}

/**
 * Natural Earth cuts polygons that cross the antimeridian (Chukotka, Wrangel Island, Fiji) so
 * their rings jump from +180° to −180°: drawn as is, that leaves a seam and a sliver across the
 * whole map. Shifting such a polygon's negative longitudes by +360° keeps it one continuous
 * piece, which MapLibre's GeoJSON tiler wraps into the neighbouring world copy. Antarctica's ring
 * really does go round the pole and stays as it is.
 */
function unwrapAntimeridian(poly: Position[][]): Position[][] {
  const outer = poly[0] ?? [];
  const crosses = outer.some((p) => p[0]! < -170) && outer.some((p) => p[0]! > 170);
  if (!crosses) return poly;
  return poly.map((ring) => ring.map(([x, y]) => [x! < 0 ? x! + 360 : x!, y!]));
}

function polygonsOf(topology: Topology, index: number, name: string): Position[][][] {
  const f = feature(topology, topology.objects.countries as GeometryCollection).features[index]!;
  const geometry = f.geometry as Polygon | MultiPolygon;
  const polys = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  return name === 'Antarctica' ? polys : polys.map(unwrapAntimeridian);
}

function buildCountries(
  topology: Topology,
  original: Topology,
): FeatureCollection<Polygon | MultiPolygon> {
  const countries = feature(topology, topology.objects.countries as GeometryCollection);
  const features: Feature<Polygon | MultiPolygon>[] = [];
  for (const [index, f] of countries.features.entries()) {
    const name = String((f.properties as { name?: string } | null)?.name ?? '');
    let kept = polygonsOf(topology, index, name)
      .map((poly) => cleanPolygon(poly))
      .filter((p): p is Position[][] => p !== null);
    // Simplification collapses the smallest countries (Singapore, Maldives, Bahrain…): no country
    // may disappear from the map, so those keep their unsimplified outline.
    if (kept.length === 0) {
      kept = polygonsOf(original, index, name)
        .map((poly) => cleanPolygon(poly, DECIMALS + 1))
        .filter((p): p is Position[][] => p !== null);
    }
    if (kept.length === 0) continue;
    features.push({
      type: 'Feature',
      id: String(f.id),
      properties: { id: String(f.id), name },
      geometry:
        kept.length === 1
          ? { type: 'Polygon', coordinates: kept[0]! }
          : { type: 'MultiPolygon', coordinates: kept },
    });
  }
  features.sort((a, b) => String(a.id).localeCompare(String(b.id)));
  return { type: 'FeatureCollection', features };
}

/** Zoom from which a country's name shows, by its land area: big countries first. */
function countryMinzoom(areaKm2: number): number {
  if (areaKm2 > 2e6) return 1.5;
  if (areaKm2 > 5e5) return 2.5;
  if (areaKm2 > 1e5) return 3.5;
  if (areaKm2 > 2e4) return 4.5;
  return 5.5;
}

/** One label point per country, inside its largest polygon. */
function buildCountryLabels(
  countries: FeatureCollection<Polygon | MultiPolygon>,
): FeatureCollection<Point> {
  const features: Feature<Point>[] = [];
  for (const f of countries.features) {
    const polys = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
    const largest = polys
      .map((c) => turf.polygon(c))
      .reduce((a, b) => (turf.area(b) > turf.area(a) ? b : a));
    let point = turf.centerOfMass(largest);
    if (!turf.booleanPointInPolygon(point, largest)) point = turf.pointOnFeature(largest);
    const areaKm2 = turf.area(f) / 1e6;
    features.push({
      type: 'Feature',
      properties: {
        id: f.properties!.id,
        name: labelSafe(String(f.properties!.name)),
        rank: -Math.round(areaKm2),
        minzoom: countryMinzoom(areaKm2),
      },
      geometry: { type: 'Point', coordinates: roundPositions(point.geometry.coordinates) },
    });
  }
  return { type: 'FeatureCollection', features };
}

function toLines(geometry: MultiLineString): Position[][] {
  return geometry.coordinates.map((l) => dedupe(roundPositions(l))).filter((l) => l.length >= 2);
}

/**
 * True for the artificial edges Natural Earth adds where it cuts land at the antimeridian (both
 * ends within 0.01° of ±180° after quantisation, or a jump across it) and along the bottom of
 * Antarctica. Drawn, they would be stray lines across the map.
 */
function isArtificial(a: Position, b: Position): boolean {
  const onAntimeridian = Math.abs(a[0]!) > 179.99 && Math.abs(b[0]!) > 179.99;
  const jumps = Math.abs(a[0]! - b[0]!) > 180;
  const onPole = a[1]! < -84.9 && b[1]! < -84.9;
  return onAntimeridian || jumps || onPole;
}

function splitArtificial(lines: Position[][]): Position[][] {
  const out: Position[][] = [];
  for (const line of lines) {
    let current: Position[] = [line[0]!];
    for (let i = 1; i < line.length; i++) {
      const a = line[i - 1]!;
      const b = line[i]!;
      if (isArtificial(a, b)) {
        if (current.length >= 2) out.push(current);
        current = [b];
      } else current.push(b);
    }
    if (current.length >= 2) out.push(current);
  }
  return out;
}

function multiLine(lines: Position[][], layer: string): Feature<MultiLineString> {
  return {
    type: 'Feature',
    properties: { layer },
    geometry: { type: 'MultiLineString', coordinates: lines },
  };
}

/** Marks each feature with the layer that draws it. */
function tag<G extends Geometry>(fc: FeatureCollection<G>, layer: string): Feature<G>[] {
  return fc.features.map((f) => ({ ...f, properties: { layer, ...f.properties } }));
}
function buildSeas(): FeatureCollection<Point> {
  const marine = JSON.parse(
    readFileSync(resolve(sharedData, 'ne_50m_geography_marine_polys.geojson'), 'utf8'),
  ) as FeatureCollection<Polygon | MultiPolygon>;
  const seen = new Set<string>();
  const features: Feature<Point>[] = [];
  for (const f of marine.features) {
    const p = f.properties ?? {};
    const kind = String(p.featurecla);
    if (!['ocean', 'sea', 'bay', 'gulf', 'strait', 'channel', 'sound'].includes(kind)) continue;
    const name = labelSafe(tidySeaName(String(p.name)));
    // NE splits some seas in two (Ross Sea, Mediterranean Sea): one label, on the larger part.
    if (seen.has(name)) continue;
    const sameName = marine.features.filter(
      (g) => tidySeaName(String(g.properties?.name)) === name,
    );
    const largest = sameName.reduce((a, b) => (turf.area(b) > turf.area(a) ? b : a));
    seen.add(name);
    const polys =
      largest.geometry.type === 'Polygon'
        ? [largest.geometry.coordinates]
        : largest.geometry.coordinates;
    const biggest = polys
      .map((c) => turf.polygon(c))
      .reduce((a, b) => (turf.area(b) > turf.area(a) ? b : a));
    let point = turf.centerOfMass(biggest);
    if (!turf.booleanPointInPolygon(point, biggest)) point = turf.pointOnFeature(biggest);
    features.push({
      type: 'Feature',
      properties: {
        name,
        kind,
        rank: Number(p.scalerank),
        minzoom: Number(p.min_label),
      },
      geometry: { type: 'Point', coordinates: roundPositions(point.geometry.coordinates) },
    });
  }
  features.sort(
    (a, b) =>
      a.properties!.rank - b.properties!.rank ||
      a.properties!.name.localeCompare(b.properties!.name),
  );
  return { type: 'FeatureCollection', features };
}

/** Zoom at which a city of each Natural Earth scalerank gets its dot and label. */
const CITY_MINZOOM: Record<number, number> = { 0: 1, 1: 2, 2: 3, 3: 4.5 };

function buildCities(): FeatureCollection<Point> {
  const places = JSON.parse(
    readFileSync(resolve(sharedData, 'ne_50m_populated_places_simple.geojson'), 'utf8'),
  ) as FeatureCollection<Point>;
  const features: Feature<Point>[] = places.features
    .filter(
      (f) => Number(f.properties?.scalerank) <= 3 && f.properties?.featurecla !== 'Historic place',
    )
    .map((f) => {
      const p = f.properties!;
      return {
        type: 'Feature' as const,
        properties: {
          name: labelSafe(String(p.name), String(p.nameascii)),
          country: String(p.adm0name),
          rank: Number(p.scalerank),
          capital: Number(p.adm0cap) === 1,
          minzoom: CITY_MINZOOM[Number(p.scalerank)] ?? 5,
        },
        geometry: {
          type: 'Point' as const,
          coordinates: [round(p.longitude, 3), round(p.latitude, 3)],
        },
      };
    })
    .sort(
      (a, b) =>
        a.properties.rank - b.properties.rank || a.properties.name.localeCompare(b.properties.name),
    );
  return { type: 'FeatureCollection', features };
}

function main(): void {
  const raw = require('world-atlas/countries-50m.json') as Topology<Objects<{ name: string }>>;
  const topology = simplify(presimplify(raw), quantile(presimplify(raw), KEEP_QUANTILE));
  mkdirSync(OUT, { recursive: true });

  const countries = buildCountries(topology, raw);
  const countriesObject = topology.objects.countries as GeometryCollection;
  const borders = mesh(topology, countriesObject, (a, b) => a !== b) as MultiLineString;
  const coast = mesh(topology, countriesObject, (a, b) => a === b) as MultiLineString;

  // One file, so one map source: MapLibre draws a frame each time a source's tiles arrive, and on
  // a software GPU the map loads in 0.85× the time it took from three files (issue #13). Land
  // first, then the lines, then the label points.
  const basemap: FeatureCollection = {
    type: 'FeatureCollection',
    features: [
      ...tag(countries, 'land'),
      multiLine(splitArtificial(toLines(coast)), 'coastline'),
      multiLine(splitArtificial(toLines(borders)), 'border'),
      ...tag(buildCountryLabels(countries), 'country'),
      ...tag(buildSeas(), 'sea'),
      ...tag(buildCities(), 'city'),
    ],
  };
  const bytes = writeGeoJSON(resolve(OUT, 'basemap.geojson'), basemap);
  console.log(
    `geo/basemap/basemap.geojson: ${basemap.features.length} features, ${(bytes / 1024).toFixed(1)} KB`,
  );
}

main();
