/**
 * Node-side loading for the sea router (reads geo/ with fs, which the pure core may not do),
 * plus a land test against Natural Earth 1:50m land (world-atlas, public domain) that the data
 * scripts and tests use to check that port approach connectors stay at sea.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { booleanPointInPolygon } from '@turf/turf';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { feature } from 'topojson-client';
import type { Topology } from 'topojson-specification';
import {
  createSeaRouter,
  decodeNetwork,
  parsePorts,
  type SeaRouter,
} from '../../src/lib/routing/index';
import { repoRoot } from './io';

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

function landPolygons(): LandPolygon[] {
  if (land) return land;
  const require = createRequire(import.meta.url);
  const topo = require('world-atlas/land-50m.json') as Topology;
  const fc = feature(topo, topo.objects.land!) as unknown as {
    features: Feature<Polygon | MultiPolygon>[];
  };
  land = [];
  for (const f of fc.features) {
    const polys = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
    for (const rings of polys) {
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

/** Whether a point lies on land in Natural Earth 1:50m (coarse: small islands may be absent). */
export function isOnLand(lon: number, lat: number): boolean {
  const x = ((((lon + 180) % 360) + 360) % 360) - 180;
  for (const p of landPolygons()) {
    const [x0, y0, x1, y1] = p.bbox;
    if (x < x0 || x > x1 || lat < y0 || lat > y1) continue;
    if (booleanPointInPolygon([x, lat], p.f)) return true;
  }
  return false;
}
