/**
 * Builds geo/ports.geojson, the curated port catalogue, from the list below. Coordinates are
 * read from Natural Earth 1:10m ports (../shared/data/ne_10m_ports.geojson, public domain) by
 * name; ports missing there come from searoute-py's port list (UN/LOCODE-keyed, MIT) or from
 * Natural Earth populated places, as each entry's `source` says. Approach connectors are
 * hand-placed sea waypoints (rounded, schematic) from the harbour to a marnet node; the script
 * checks every leg against Natural Earth 1:50m land and fails if one crosses land.
 * Run: `npx tsx scripts/build-ports.ts` (after scripts/build-network.ts).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Feature, FeatureCollection, Point } from 'geojson';
import { decodeNetwork, geodesicKm, lineKm, type LonLat } from '../src/lib/routing/index';
import { createSnapIndex } from '../src/lib/routing/snap';
import { isOnLand, NETWORK_PATH, PORTS_PATH } from './lib/load-network';
import { sharedData, writeGeoJSON } from './lib/io';
import { PORT_MAX_SNAP_KM, PORT_SPECS, type PortSpec } from './lib/port-specs';

/** Land samples this close to the harbour are ignored: harbours sit on 1:50m coastlines. */
const DEFAULT_LAND_TOLERANCE_KM = 3;

type NeFeature = Feature<Point, { name: string; website?: string | null; nameascii?: string }>;

function load(name: string): NeFeature[] {
  return (JSON.parse(readFileSync(resolve(sharedData, name), 'utf8')) as FeatureCollection<Point>)
    .features as NeFeature[];
}

function coordinateOf(spec: PortSpec, nePorts: NeFeature[], nePlaces: NeFeature[]): LonLat {
  const src = spec.source;
  if (src.kind === 'searoute-py') return src.coordinates;
  const pool = src.kind === 'ne-ports' ? nePorts : nePlaces;
  const website = src.kind === 'ne-ports' ? src.website : undefined;
  const hits = pool.filter(
    (f) => f.properties.name === src.name && (!website || f.properties.website === website),
  );
  if (hits.length !== 1) throw new Error(`${spec.id}: ${hits.length} "${src.name}" in ${src.kind}`);
  const [lon, lat] = hits[0]!.geometry.coordinates as [number, number];
  return [Math.round(lon * 1e5) / 1e5, Math.round(lat * 1e5) / 1e5];
}

function sourceText(spec: PortSpec): string {
  const s = spec.source;
  if (s.kind === 'ne-ports')
    return `Natural Earth 1:10m ports, "${s.name}"${s.website ? ` (${s.website})` : ''}`;
  if (s.kind === 'ne-places')
    return `Natural Earth 1:50m populated places, "${s.name}" (city point)`;
  return `searoute-py searoute/data/ports.geojson (MIT), "${s.name}", UN/LOCODE ${s.locode}`;
}

/** Kilometres of a polyline that lie on 1:50m land, ignoring the first `skipKm` from its start. */
function landKm(line: LonLat[], skipKm: number, where: LonLat[] = []): number {
  let along = 0;
  let onLand = 0;
  for (let i = 1; i < line.length; i++) {
    const [a, b] = [line[i - 1]!, line[i]!];
    const km = geodesicKm(a[0], a[1], b[0], b[1]);
    const steps = Math.max(1, Math.ceil(km));
    for (let s = 0; s < steps; s++) {
      const t = (s + 0.5) / steps;
      const here = along + t * km;
      const p: LonLat = [a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t];
      if (here > skipKm && isOnLand(p[0], p[1])) {
        onLand += km / steps;
        where.push(p);
      }
    }
    along += km;
  }
  return onLand;
}

function main(): void {
  const nePorts = load('ne_10m_ports.geojson');
  const nePlaces = load('ne_50m_populated_places_simple.geojson');
  const graph = decodeNetwork(JSON.parse(readFileSync(NETWORK_PATH, 'utf8')));
  const snap = createSnapIndex(graph);
  const problems: string[] = [];
  const features = PORT_SPECS.map((spec): Feature<Point> => {
    const coordinates = coordinateOf(spec, nePorts, nePlaces);
    const approach = spec.approach ?? [];
    const from = approach[approach.length - 1] ?? coordinates;
    const s = snap.nearest(from[0], from[1], PORT_MAX_SNAP_KM, () => true);
    if (!s) problems.push(`${spec.id}: more than ${PORT_MAX_SNAP_KM} km from the network`);
    const node: LonLat = s ? [graph.lon[s.node]!, graph.lat[s.node]!] : from;
    const leg = [coordinates, ...approach, node];
    const where: LonLat[] = [];
    const dry = landKm(leg, spec.landToleranceKm ?? DEFAULT_LAND_TOLERANCE_KM, where);
    if (dry > 0) {
      const at = where.map((p) => p.map((x) => x.toFixed(2)).join(',')).join(' ');
      problems.push(`${spec.id}: ${dry.toFixed(1)} km of the approach on land at ${at}`);
    }
    console.log(
      `${spec.id.padEnd(26)} approach ${lineKm([coordinates, ...approach])
        .toFixed(1)
        .padStart(6)} km` + ` + snap ${(s?.km ?? NaN).toFixed(1).padStart(5)} km`,
    );
    return {
      type: 'Feature',
      properties: {
        id: spec.id,
        name: spec.name,
        country: spec.country,
        aliases: spec.aliases,
        source: sourceText(spec),
        ...(approach.length
          ? { approach, approachKm: Math.round(lineKm([coordinates, ...approach]) * 10) / 10 }
          : {}),
        ...(spec.note ? { note: spec.note } : {}),
      },
      geometry: { type: 'Point', coordinates },
    };
  });
  if (problems.length) throw new Error(`ports check failed:\n${problems.join('\n')}`);
  const bytes = writeGeoJSON(PORTS_PATH, { type: 'FeatureCollection', features });
  console.log(`wrote geo/ports.geojson: ${features.length} ports, ${(bytes / 1024).toFixed(1)} KB`);
}

main();
