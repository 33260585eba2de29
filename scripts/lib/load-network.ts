/**
 * Node-side loading for the sea router (reads geo/ with fs, which the pure core may not do),
 * plus a land test against Natural Earth 1:50m land (world-atlas, public domain) that the data
 * scripts and tests use to check that port approach connectors stay at sea.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
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

/**
 * Whether a point lies on land in Natural Earth 1:50m (coarse: small islands may be absent).
 * The exact ray cast of land-index.ts: Turf's test of each polygon treated the rings that
 * world-atlas stitches across ±180° (Eurasia with Chukotka, Antarctica) as planar, and called
 * parts of northern Europe and the Norwegian Sea wrongly.
 */
export function isOnLand(lon: number, lat: number): boolean {
  return landIndex().isLand(lon, lat);
}
