/**
 * Builds geo/chokepoints.geojson: one labelled point per strait or canal the map marks.
 * - Passages of the sea-lane network (Suez, Bab-el-Mandeb, Hormuz, Gibraltar, Dover, Sunda,
 *   Lombok, Bering, Panama): the network node nearest to the centroid of the nodes of the edges
 *   that carry the passage's label, so the marker sits on the sea lane itself.
 * - Straits of Malacca and Singapore: the centroid of their Natural Earth marine polygon (marnet's
 *   `malacca` label covers only the Singapore end of the strait).
 * - Korea Strait: Natural Earth's polygon of that name is a sliver off Ulsan, north of the strait,
 *   so the marker is the corridor route's point nearest to the port of Busan, which lies on the
 *   strait (geo/routes.geojson, geo/ports.geojson).
 * Re-run with `npm run data` after the network or the basemap changes.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import * as turf from '@turf/turf';
import type { Feature, FeatureCollection, LineString, Point, Polygon } from 'geojson';
import { decodeNetwork, PASSAGES, type PassageId } from '../src/lib/routing/index.ts';
import { repoRoot, sharedData, writeGeoJSON } from './lib/io.ts';

const FROM_NETWORK: PassageId[] = [
  'suez',
  'babelmandeb',
  'hormuz',
  'gibraltar',
  'dover',
  'sunda',
  'lombok',
  'bering',
  'panama',
];

/** Natural Earth name → the id and name the atlas uses, and whether to snap to the corridor. */
const FROM_SEAS: Record<string, { id: string; name: string; passage: PassageId | null }> = {
  'Strait of Malacca': { id: 'malacca', name: 'Strait of Malacca', passage: 'malacca' },
  'Strait of Singapore': { id: 'singapore', name: 'Singapore Strait', passage: null },
};

const round = (v: number) => Math.round(v * 1e4) / 1e4;

function main(): void {
  const raw = JSON.parse(readFileSync(resolve(repoRoot, 'geo/sea-network.json'), 'utf8'));
  const graph = decodeNetwork(raw);
  const features: Feature<Point>[] = [];

  for (const id of FROM_NETWORK) {
    const code = raw.passages[id] as number[] | undefined;
    if (!code || code.length === 0) throw new Error(`no edge carries the passage label ${id}`);
    const nodes = new Set<number>();
    for (const e of code) {
      nodes.add(graph.edgeA[e]!);
      nodes.add(graph.edgeB[e]!);
    }
    const list = [...nodes];
    const cx = list.reduce((s, n) => s + graph.lon[n]!, 0) / list.length;
    const cy = list.reduce((s, n) => s + graph.lat[n]!, 0) / list.length;
    const nearest = list.reduce((best, n) =>
      (graph.lon[n]! - cx) ** 2 + (graph.lat[n]! - cy) ** 2 <
      (graph.lon[best]! - cx) ** 2 + (graph.lat[best]! - cy) ** 2
        ? n
        : best,
    );
    features.push({
      type: 'Feature',
      properties: { id, name: PASSAGES[id].name, passage: id, source: 'sea-network passage label' },
      geometry: {
        type: 'Point',
        coordinates: [round(graph.lon[nearest]!), round(graph.lat[nearest]!)],
      },
    });
  }

  const marine = JSON.parse(
    readFileSync(resolve(sharedData, 'ne_50m_geography_marine_polys.geojson'), 'utf8'),
  ) as FeatureCollection<Polygon>;
  const routes = JSON.parse(
    readFileSync(resolve(repoRoot, 'geo/routes.geojson'), 'utf8'),
  ) as FeatureCollection<LineString>;
  const corridor = routes.features.find((f) => f.properties?.id === 'corridor');
  if (!corridor) throw new Error('geo/routes.geojson has no corridor');
  for (const [neName, { id, name, passage }] of Object.entries(FROM_SEAS)) {
    const sea = marine.features.find((f) => f.properties?.name === neName);
    if (!sea) throw new Error(`Natural Earth marine areas have no ${neName}`);
    const [x, y] = turf.centroid(sea).geometry.coordinates;
    features.push({
      type: 'Feature',
      properties: {
        id,
        name,
        passage,
        source: `centroid of Natural Earth marine area "${neName}"`,
      },
      geometry: { type: 'Point', coordinates: [round(x!), round(y!)] },
    });
  }
  const ports = JSON.parse(
    readFileSync(resolve(repoRoot, 'geo/ports.geojson'), 'utf8'),
  ) as FeatureCollection<Point>;
  const busan = ports.features.find((f) => f.properties?.id === 'busan');
  if (!busan) throw new Error('geo/ports.geojson has no busan');
  const [kx, ky] = turf.nearestPointOnLine(corridor, busan).geometry.coordinates;
  features.push({
    type: 'Feature',
    properties: {
      id: 'korea',
      name: 'Korea Strait',
      passage: null,
      source: 'corridor route point nearest to the port of Busan',
    },
    geometry: { type: 'Point', coordinates: [round(kx!), round(ky!)] },
  });
  const bytes = writeGeoJSON(resolve(repoRoot, 'geo/chokepoints.geojson'), {
    type: 'FeatureCollection',
    features,
  });
  console.log(`geo/chokepoints.geojson: ${features.length} features, ${bytes} bytes`);
}

main();
