/**
 * Node-side loading for the sea router (reads geo/ with fs, which the pure core may not do),
 * plus a land test against Natural Earth 1:50m land (world-atlas, public domain) that the data
 * scripts and tests use to check that port approach connectors stay at sea.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';
import { feature } from 'topojson-client';
import type { Topology } from 'topojson-specification';
import {
  createSeaRouter,
  decodeNetwork,
  parsePorts,
  type SeaRouter,
} from '../../src/lib/routing/index';
import { repoRoot } from './io';
import { landIndex } from './land-index';

export const NETWORK_PATH = resolve(repoRoot, 'geo/sea-network.json');
export const PORTS_PATH = resolve(repoRoot, 'geo/ports.geojson');
export const WORLD_PORTS_PATH = resolve(repoRoot, 'geo/world-ports.geojson');

/**
 * Reads geo/sea-network.json and a port catalogue (geo/world-ports.geojson, every WPI port with
 * the curated ones, unless told otherwise) and builds the router (load + build).
 */
export function loadSeaRouter(portsPath = WORLD_PORTS_PATH): SeaRouter {
  const network = decodeNetwork(JSON.parse(readFileSync(NETWORK_PATH, 'utf8')));
  const ports = parsePorts(JSON.parse(readFileSync(portsPath, 'utf8')));
  return createSeaRouter(network, ports);
}

type LandPolygon = { bbox: [number, number, number, number]; f: Feature<Polygon> };
let land: LandPolygon[] | undefined;

/**
 * A ring cut at ±180° (Natural Earth's Eurasia, Wrangel Island, Fiji) jumps across the whole map
 * where it meets the antimeridian; read as a plane polygon, those chords flip land and sea in the
 * band between them (Eurasia's cut Chukotka at 65–69° N: Lapland was "sea", the Bothnian Bay
 * "land"). Unwrapping gives the ring continuous longitudes, shifted so that it starts in
 * [−180, 180]; it may end past 180°. Rings that close along the pole (Antarctica) keep theirs.
 */
export function unwrapRing(ring: Position[]): Position[] {
  if (ring.some((p) => Math.abs(p[1]!) > 89.9)) return ring;
  let offset = 0;
  const out = ring.map((p, i) => {
    const prev = ring[i - 1];
    if (prev && Math.abs(p[0]! - prev[0]!) > 180) offset += p[0]! > prev[0]! ? -360 : 360;
    return [p[0]! + offset, p[1]!];
  });
  const shift = Math.min(...out.map((p) => p[0]!)) < -180 ? 360 : 0;
  return shift === 0 ? out : out.map((p) => [p[0]! + shift, p[1]!]);
}

/** Natural Earth 1:50m land polygons, rings unwrapped (see unwrapRing), with their bboxes. */
export function landPolygons(): LandPolygon[] {
  if (land) return land;
  const require = createRequire(import.meta.url);
  const topo = require('world-atlas/land-50m.json') as Topology;
  const fc = feature(topo, topo.objects.land!) as unknown as {
    features: Feature<Polygon | MultiPolygon>[];
  };
  land = [];
  for (const f of fc.features) {
    const polys = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
    for (const cut of polys) {
      const rings = cut.map(unwrapRing);
      const outer = rings[0]!;
      const lons = outer.map((p) => p[0]!);
      const lats = outer.map((p) => p[1]!);
      land.push({
        bbox: [Math.min(...lons), Math.min(...lats), Math.max(...lons), Math.max(...lats)],
        f: { type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates: rings } },
      });
    }
  }
  return land;
}

/**
 * Whether a point lies on land in Natural Earth 1:50m (coarse: small islands may be absent).
 * The exact ray cast of land-index.ts: Turf's test of each polygon treated the rings that
 * world-atlas stitches across ±180° (Eurasia with Chukotka, Antarctica) as planar, and called
 * parts of northern Europe and the Norwegian Sea wrongly.
 */
export function isOnLand(lon: number, lat: number): boolean {
  return landIndex().isLand(lon, lat);
}
