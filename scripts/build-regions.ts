/**
 * Builds geo/far-east-regions.geojson and geo/far-east-labels.geojson (issue #4) from the 11
 * federal subjects in ../shared/data/russia_far_east_subjects.geojson (GIS-Lab / OpenStreetMap,
 * ODbL 1.0). Run from the repository root: `npx tsx scripts/build-regions.ts`.
 *
 * Chukotka crosses the antimeridian. RFC 7946 §3.1.9 recommends cutting such geometries at ±180,
 * but MapLibre then draws the two halves at opposite ends of the world with a seam between
 * them, so we deliberately shift Chukotka's western-hemisphere parts by +360° (longitudes up to
 * ~191) and merge the halves into one continuous polygon. Turf's spherical area and length
 * only use longitude differences, so the shifted, continuous rings measure correctly.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import * as turf from '@turf/turf';
import type { Feature, FeatureCollection, MultiPolygon, Point, Polygon, Position } from 'geojson';
import { topology } from 'topojson-server';
import { feature } from 'topojson-client';
import {
  filter,
  filterAttachedWeight,
  presimplify,
  quantile,
  simplify,
  sphericalTriangleArea,
} from 'topojson-simplify';
import type { GeometryCollection, Objects, Topology } from 'topojson-specification';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const SOURCE = `${ROOT}../shared/data/russia_far_east_subjects.geojson`;
const OUT_REGIONS = `${ROOT}geo/far-east-regions.geojson`;
const OUT_LABELS = `${ROOT}geo/far-east-labels.geojson`;

/** Byte budget for the regions file: the issue asks for ≤ 150 KB; keep a margin below it. */
const MAX_BYTES = 140_000;
/** Output precision: 4 decimals ≈ 11 m, far below what the 1:1M-ish simplification keeps. */
const DECIMALS = 4;
/** Detached islets smaller than this (km²) are dropped; they are invisible at Far-East zooms. */
const MIN_ISLET_KM2 = 15;
/**
 * Candidate shares of (non-endpoint) vertices to keep, most detail first; the first whose output
 * fits MAX_BYTES is used. topojson's `quantile(topo, p)` sorts weights in descending order, so
 * keeping vertices with weight ≥ quantile(p) keeps about the share p of them.
 */
const KEEP_SHARES = Array.from({ length: 49 }, (_, i) => (50 - i) / 100);

/**
 * ISO 3166-2:RU codes, checked one by one against both names in the source. English names are
 * the source's `name_latin`; Russian names are the source's `name`.
 */
const REGIONS = {
  'RU-AMU': { nameRu: 'Амурская область', nameEn: 'Amur Oblast' },
  'RU-BU': { nameRu: 'Бурятия', nameEn: 'Republic of Buryatia' },
  'RU-CHU': { nameRu: 'Чукотский автономный округ', nameEn: 'Chukotka Autonomous Okrug' },
  'RU-KAM': { nameRu: 'Камчатский край', nameEn: 'Kamchatka Krai' },
  'RU-KHA': { nameRu: 'Хабаровский край', nameEn: 'Khabarovsk Krai' },
  'RU-MAG': { nameRu: 'Магаданская область', nameEn: 'Magadan Oblast' },
  'RU-PRI': { nameRu: 'Приморский край', nameEn: 'Primorsky Krai' },
  'RU-SA': { nameRu: 'Республика Саха (Якутия)', nameEn: 'Sakha (Yakutia) Republic' },
  'RU-SAK': { nameRu: 'Сахалинская область', nameEn: 'Sakhalin Oblast' },
  'RU-YEV': { nameRu: 'Еврейская автономная область', nameEn: 'Jewish Autonomous Oblast' },
  'RU-ZAB': { nameRu: 'Забайкальский край', nameEn: 'Zabaykalsky Krai' },
} as const satisfies Record<string, { nameRu: string; nameEn: string }>;
type RegionId = keyof typeof REGIONS;

/**
 * Chukotka's area, 721,481 km², as given for the subject on ru.wikipedia.org
 * ("Чукотский автономный округ", infobox "Площадь", from Rosstat). The older 2002-census figure
 * is 737,700 km². The build fails if our computed area strays more than 3 % from it.
 */
const CHUKOTKA_OFFICIAL_KM2 = 721_481;

interface RegionProps {
  id: RegionId;
  name_en: string;
  name_ru: string;
  area_km2: number;
}
type Region = Feature<MultiPolygon, RegionProps>;

function toMultiPolygon(geometry: Polygon | MultiPolygon): Position[][][] {
  return geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
}

/** Shifts western-hemisphere parts by +360° and unions the halves that meet at 180°. */
function unwrapAntimeridian(polygons: Position[][][]): Position[][][] {
  const shifted = polygons.map((p) =>
    p.map((ring) => ring.map(([x = 0, y = 0]) => [x < 0 ? x + 360 : x, y])),
  );
  const merged = turf.union(turf.featureCollection(shifted.map((p) => turf.polygon(p))));
  if (!merged) throw new Error('Chukotka union came back empty');
  return toMultiPolygon(merged.geometry);
}

function readSource(): Region[] {
  const source = JSON.parse(readFileSync(SOURCE, 'utf8')) as FeatureCollection<
    Polygon | MultiPolygon,
    { name: string; name_latin: string }
  >;
  const seen = new Set<RegionId>();
  const regions = source.features.map((f): Region => {
    const entry = Object.entries(REGIONS).find(([, r]) => r.nameRu === f.properties.name);
    if (!entry) throw new Error(`Unknown subject in source: ${f.properties.name}`);
    const [id, names] = entry as [RegionId, (typeof REGIONS)[RegionId]];
    if (names.nameEn !== f.properties.name_latin) {
      throw new Error(`${id}: source name_latin "${f.properties.name_latin}" ≠ "${names.nameEn}"`);
    }
    if (seen.has(id)) throw new Error(`Duplicate subject in source: ${id}`);
    seen.add(id);
    let polygons = toMultiPolygon(f.geometry);
    if (id === 'RU-CHU') polygons = unwrapAntimeridian(polygons);
    const props: RegionProps = {
      id,
      name_en: names.nameEn,
      name_ru: f.properties.name,
      area_km2: 0,
    };
    const region = turf.multiPolygon(polygons, props);
    // Area of the unsimplified geometry: the published figure should not depend on our simplification.
    region.properties.area_km2 = Math.round(turf.area(region) / 1e6);
    return region;
  });
  const missing = Object.keys(REGIONS).filter((id) => !seen.has(id as RegionId));
  if (missing.length > 0) throw new Error(`Subjects missing from source: ${missing.join(', ')}`);
  return regions.sort((a, b) => (a.properties.id < b.properties.id ? -1 : 1));
}

const round = (v: number): number => Number(v.toFixed(DECIMALS));

/** Rounds positions and drops the consecutive duplicates that rounding can create. */
function roundRing(ring: Position[]): Position[] {
  const out: Position[] = [];
  for (const [x = 0, y = 0] of ring) {
    const p = [round(x), round(y)];
    const last = out[out.length - 1];
    if (!last || last[0] !== p[0] || last[1] !== p[1]) out.push(p);
  }
  return out;
}

/** Simplifies all regions in one topology so shared borders are simplified once, identically. */
function simplifyRegions(regions: Region[], q: number): Region[] {
  const topo = presimplify(
    // topojson-server types its output with GeoJSON's nullable properties; ours are never null.
    topology({ regions: turf.featureCollection(regions) }) as Topology<Objects<RegionProps>>,
    sphericalTriangleArea,
  );
  const simplified = simplify(topo, quantile(topo, q));
  const islet = (ring: [number, number][]): number => turf.area(turf.polygon([ring])) / 1e6;
  const filtered = filter(simplified, filterAttachedWeight(simplified, MIN_ISLET_KM2, islet));
  const fc = feature(filtered, filtered.objects.regions as GeometryCollection<RegionProps>);
  return fc.features.map((f) => {
    if (!f.geometry || (f.geometry.type !== 'Polygon' && f.geometry.type !== 'MultiPolygon')) {
      throw new Error(`${f.properties.id}: simplification left no polygon`);
    }
    const polygons = toMultiPolygon(f.geometry)
      .map((p) => p.map(roundRing).filter((ring) => ring.length >= 4))
      .filter((p) => p.length > 0);
    // The source follows the shapefile (clockwise) convention; RFC 7946 wants exterior rings CCW.
    return turf.rewind(turf.multiPolygon(polygons, f.properties), { mutate: true }) as Region;
  });
}

/** True when no polygon of the region crosses itself (simplification can fold small islands). */
function isSimple(region: Region): boolean {
  return region.geometry.coordinates.every(
    (p) => turf.kinks(turf.polygon(p)).features.length === 0,
  );
}

function serialise(features: Feature[]): string {
  const lines = features.map((f) => JSON.stringify(f));
  return `{"type":"FeatureCollection","features":[\n${lines.join(',\n')}\n]}\n`;
}

/** Interior point farthest from the boundary of the largest polygon (grid-refined search). */
function labelPoint(region: Region): Position {
  const [largest] = [...region.geometry.coordinates].sort(
    (a, b) => turf.area(turf.polygon(b)) - turf.area(turf.polygon(a)),
  );
  if (!largest) throw new Error(`${region.properties.id}: no polygon to label`);
  const poly = turf.polygon(largest);
  const [minX, minY, maxX, maxY] = turf.bbox(poly);
  const k = Math.cos((((minY + maxY) / 2) * Math.PI) / 180);
  // Distance to the boundary in a local equirectangular plane: good enough to rank candidates.
  const segments = largest.flatMap((ring) => ring.slice(1).map((b, i) => [ring[i]!, b] as const));
  const clearance = (x: number, y: number): number => {
    let best = Infinity;
    for (const [[ax = 0, ay = 0], [bx = 0, by = 0]] of segments) {
      const dx = (bx - ax) * k;
      const dy = by - ay;
      const len2 = dx * dx + dy * dy;
      const t =
        len2 === 0 ? 0 : Math.max(0, Math.min(1, ((x - ax) * k * dx + (y - ay) * dy) / len2));
      best = Math.min(best, Math.hypot((x - ax) * k - t * dx, y - ay - t * dy));
    }
    return best;
  };
  let centre: Position = [(minX + maxX) / 2, (minY + maxY) / 2];
  let half = [(maxX - minX) / 2, (maxY - minY) / 2];
  let bestScore = -Infinity;
  for (let pass = 0; pass < 5; pass++) {
    const [cx = 0, cy = 0] = centre;
    const [hx = 0, hy = 0] = half;
    for (let i = 0; i <= 24; i++) {
      for (let j = 0; j <= 24; j++) {
        const x = cx - hx + (2 * hx * i) / 24;
        const y = cy - hy + (2 * hy * j) / 24;
        if (!turf.booleanPointInPolygon([x, y], poly)) continue;
        const score = clearance(x, y);
        if (score > bestScore) [bestScore, centre] = [score, [x, y]];
      }
    }
    half = [hx / 4, hy / 4];
  }
  if (bestScore === -Infinity) throw new Error(`${region.properties.id}: no interior label point`);
  return centre.map((v) => Number(v.toFixed(3)));
}

function main(): void {
  const source = readSource();
  const sourceArea = new Map(source.map((r) => [r.properties.id, turf.area(r)]));
  let chosen: { q: number; regions: Region[]; text: string } | undefined;
  for (const q of KEEP_SHARES) {
    const regions = simplifyRegions(source, q);
    const text = serialise(regions);
    if (Buffer.byteLength(text) <= MAX_BYTES && regions.every(isSimple)) {
      chosen = { q, regions, text };
      break;
    }
  }
  if (!chosen) throw new Error(`No simplification is both valid and within ${MAX_BYTES} bytes`);

  for (const r of chosen.regions) {
    const before = sourceArea.get(r.properties.id) ?? NaN;
    const drift = (turf.area(r) - before) / before;
    if (!(Math.abs(drift) <= 0.01)) {
      throw new Error(
        `${r.properties.id}: simplification moved area by ${(drift * 100).toFixed(2)} %`,
      );
    }
  }
  const chukotka = chosen.regions.find((r) => r.properties.id === 'RU-CHU');
  const chuDiff = (chukotka!.properties.area_km2 - CHUKOTKA_OFFICIAL_KM2) / CHUKOTKA_OFFICIAL_KM2;
  if (Math.abs(chuDiff) > 0.03)
    throw new Error(`Chukotka area off by ${(chuDiff * 100).toFixed(1)} %`);

  writeFileSync(OUT_REGIONS, chosen.text);
  // Labels carry the card's facts and the region's bounds too, so the app can bundle this small
  // file, list the regions, frame one and show its card without the (large) polygons.
  const labels: Feature<Point, RegionProps & { bounds: number[] }>[] = chosen.regions.map((r) =>
    turf.point(labelPoint(r), {
      ...r.properties,
      bounds: turf.bbox(r).map((x) => Math.round(x * 1000) / 1000),
    }),
  );
  writeFileSync(OUT_LABELS, serialise(labels));

  const vertices = chosen.regions.reduce((n, r) => n + turf.coordAll(r).length, 0);
  console.log(
    `kept share ${chosen.q.toFixed(2)} of vertices: ${vertices} vertices, ${Buffer.byteLength(chosen.text)} bytes`,
  );
  for (const r of chosen.regions) {
    const simplifiedKm2 = turf.area(r) / 1e6;
    console.log(
      `${r.properties.id.padEnd(7)} ${r.properties.name_en.padEnd(26)} source ${r.properties.area_km2} km², simplified ${Math.round(simplifiedKm2)} km²`,
    );
  }
  console.log(`Chukotka vs official ${CHUKOTKA_OFFICIAL_KM2} km²: ${(chuDiff * 100).toFixed(2)} %`);
}

main();
