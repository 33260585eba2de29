/**
 * Builds geo/world-ports.geojson: every port of the NGA World Port Index (Pub. 150, public
 * domain; ../shared/data/wpi_pub150.csv), cleaned (scripts/lib/wpi/), with the 47 curated ports
 * of geo/ports.geojson in place of their WPI rows (ids, names, positions and approaches kept),
 * and for every other port an approach to the sea-lane network that follows the water at Natural
 * Earth 1:50m (scripts/lib/approach-search.ts). Prints what each cleaning rule did, the
 * approach statistics and the file's gzip size. Run after build-network.ts and build-ports.ts.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Feature, Point } from 'geojson';
import { decodeNetwork, geodesicKm, parsePorts, type LonLat } from '../src/lib/routing/index';
import { createSnapIndex } from '../src/lib/routing/snap';
import type { Port } from '../src/lib/routing/ports';
import { createApproachSearch, targetsFor } from './lib/approach-search';
import { sharedData, writeGeoJSON } from './lib/io';
import { landIndex } from './lib/land-index';
import { NETWORK_PATH, PORTS_PATH, WORLD_PORTS_PATH } from './lib/load-network';
import { PORT_SPECS } from './lib/port-specs';
import { buildWaterGrid, COLS, ROWS } from './lib/water-grid';
import { csvRecords } from './lib/wpi/csv';
import { matchCurated } from './lib/wpi/curated';
import { assignIds } from './lib/wpi/ids';
import { emptyStats, readRecord } from './lib/wpi/read';
import { dedupeRows, repeatedLocodes, swappedAmongNeighbours, type WpiPort } from './lib/wpi/rows';
import { APPROACH } from './lib/world-ports';

const started = performance.now();
const land = landIndex();
const grid = buildWaterGrid(land);

/** Km from a point to the nearest 1:50m sea (a grid cell whose centre is not on land), if ≤ maxKm. */
function kmToSea(lon: number, lat: number, maxKm: number): number {
  const home = grid.cellOf(lon, lat);
  const r = Math.floor(home / COLS);
  const c = home - r * COLS;
  const span = Math.ceil(maxKm / 1.85) + 1;
  const dc = Math.min(COLS / 2, Math.ceil(span / Math.max(0.05, Math.cos((lat * Math.PI) / 180))));
  let best = Infinity;
  for (let dr = -span; dr <= span; dr++) {
    if (r + dr < 0 || r + dr >= ROWS) continue;
    for (let k = -dc; k <= dc; k++) {
      const cell = (r + dr) * COLS + ((c + k + COLS) % COLS);
      if (grid.isLand(cell)) continue;
      const [x, y] = grid.centre(cell);
      best = Math.min(best, geodesicKm(lon, lat, x, y));
    }
  }
  return best <= maxKm ? best : Infinity;
}

// 1. Read and clean the rows.
const stats = emptyStats();
const records = csvRecords(readFileSync(resolve(sharedData, 'wpi_pub150.csv'), 'utf8'));
const read = records.flatMap((r) => readRecord(r, stats) ?? []);
const deduped = dedupeRows(read);
const { rows, swapped } = swappedAmongNeighbours(deduped.rows);
const repeated = deduped.repeated;
const repeats = repeatedLocodes(rows);

// 2. The curated ports replace their WPI rows.
const curated = parsePorts(JSON.parse(readFileSync(PORTS_PATH, 'utf8')));
const specLocode = new Map(
  PORT_SPECS.flatMap((s) => (s.source.kind === 'searoute-py' ? [[s.id, s.source.locode]] : [])),
);
const matches = matchCurated(
  curated.map((p) => ({ ...p, locode: specLocode.get(p.id) })),
  rows,
);
const curatedIdOf = new Map([...matches].map(([id, m]) => [m.row.wpi, id]));
const ids = assignIds(rows, curatedIdOf, repeats);
const sharedLocode = new Set(repeats.flatMap((r) => r.others));

// 3. Approaches for the WPI ports.
const graph = decodeNetwork(JSON.parse(readFileSync(NETWORK_PATH, 'utf8')));
const free: number[] = [];
for (let n = 0; n < graph.nodeCount; n++) {
  for (let k = graph.adjStart[n]!; k < graph.adjStart[n + 1]!; k++) {
    if (graph.edgePassage[graph.adjEdge[k]!] === 0) {
      free.push(n);
      break;
    }
  }
}
// Approaches end at nodes with an edge outside every passage, so a route may always use them.
const freeSet = new Set(free);
const position = (n: number): LonLat => [graph.lon[n]!, graph.lat[n]!];
const search = createApproachSearch(grid, land, targetsFor(grid, free, position));
const snap = createSnapIndex(graph);
const counts = { direct: 0, water: 0, approximate: 0, unreachable: 0 };
const unreachable: string[] = [];

function approachOf(r: WpiPort): Pick<Port, 'approach' | 'approachLandKm' | 'noRoute'> {
  if (snap.nearest(r.lon, r.lat, APPROACH.toleranceKm, (n) => freeSet.has(n))) {
    counts.direct++;
    return { approach: [] };
  }
  const a = search([r.lon, r.lat], APPROACH);
  if (!a.ok) {
    counts.unreachable++;
    const water = r.waterBody ? ` (${r.waterBody.split(';')[0]})` : '';
    const noRoute = a.enclosed
      ? `${r.name} lies on enclosed water${water} that the sea-lane network does not reach`
      : `${r.name}${water} has no lane of the sea-lane network within ${APPROACH.maxKm} km`;
    unreachable.push(`${ids.get(r.wpi)}: ${noRoute}`);
    return { approach: [], noRoute };
  }
  const landKm = Math.round(a.landKm * 10) / 10;
  if (landKm > 0) counts.approximate++;
  else counts.water++;
  return { approach: a.approach, ...(landKm > 0 ? { approachLandKm: landKm } : {}) };
}

const curatedById = new Map(curated.map((p) => [p.id, p]));
const features: Feature<Point>[] = [];
/** A port as written: WPI ports carry no `source` (the parser gives them the WPI's). */
type Written = Omit<Port, 'source'> & { source?: string };
const emit = (p: Written) => {
  const { coordinates, aliases, approach, source, ...rest } = p;
  features.push({
    type: 'Feature',
    properties: {
      ...rest,
      ...(aliases.length ? { aliases } : {}),
      ...(approach.length ? { approach } : {}),
      ...(source === undefined ? {} : { source }),
    },
    geometry: { type: 'Point', coordinates },
  });
};
const wpiFacts = (r: WpiPort) => {
  const { wpi, locode, size, harbourType, maxDraftM, maxLengthM, maxBeamM, ice } = r;
  return { locode, wpi, size, harbourType, maxDraftM, maxLengthM, maxBeamM, ice };
};
const defined = <T extends object>(o: T) =>
  Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;

// Curated ports first, in their order, unchanged, with their WPI facts added.
for (const p of curated) {
  const m = matches.get(p.id);
  const wpiNames = m ? [m.row.name, ...m.row.aliases] : [];
  const aliases = [...p.aliases, ...wpiNames].filter(
    (a, i, all) => a !== p.name && all.findIndex((b) => b.toLowerCase() === a.toLowerCase()) === i,
  );
  emit({
    ...p,
    aliases,
    ...(m ? defined(wpiFacts(m.row)) : {}),
    ...(m && sharedLocode.has(m.row.wpi) ? { sharedLocode: true } : {}),
  });
}
for (const r of [...rows].sort((a, b) => a.wpi - b.wpi)) {
  const id = ids.get(r.wpi)!;
  if (curatedById.has(id)) continue;
  emit(
    defined({
      id,
      name: r.name,
      country: r.country,
      aliases: r.aliases,
      coordinates: [r.lon, r.lat] as LonLat,
      ...wpiFacts(r),
      ...approachOf(r),
      ...(sharedLocode.has(r.wpi) ? { sharedLocode: true } : {}),
    }) as Written,
  );
}

// The targets of issue #28, over every port of the file (curated ones measured by the same rule:
// the leg from the harbour through the approach to the node it snaps to).
const clean = { all: 0, allN: 0, lm: 0, lmN: 0 };
for (const f of features) {
  const p = f.properties as Port;
  const [lon, lat] = f.geometry.coordinates as LonLat;
  const end = p.approach?.[p.approach.length - 1] ?? [lon, lat];
  const s = p.noRoute ? null : snap.nearest(end[0], end[1], APPROACH.maxKm, (n) => freeSet.has(n));
  const ok =
    s &&
    land.landKm([[lon, lat], ...(p.approach ?? []), position(s.node)], APPROACH.toleranceKm) === 0;
  const lm = p.size === 'large' || p.size === 'medium';
  clean.allN++;
  if (ok) clean.all++;
  if (lm) clean.lmN++;
  if (lm && ok) clean.lm++;
}
const share = (a: number, n: number) => `${a} of ${n} (${((100 * a) / n).toFixed(1)} %)`;
const bytes = writeGeoJSON(WORLD_PORTS_PATH, { type: 'FeatureCollection', features });
const gz = gzipSync(readFileSync(WORLD_PORTS_PATH)).length;
const list = (xs: readonly string[], max = 12) =>
  xs.length
    ? `\n    ${xs.slice(0, max).join('\n    ')}${xs.length > max ? `\n    … ${xs.length - max} more` : ''}`
    : '';
const wpiPorts = rows.length - matches.size;
// The evidence for the harbour tolerance: how far the open-roadstead ports (anchorages on an
// open coast) lie from 1:50m sea.
const roadsteads = rows
  .filter((r) => r.harbourType === 'Open Roadstead')
  .map((r) => kmToSea(r.lon, r.lat, 30))
  .sort((a, b) => a - b);
const pct = (q: number) => roadsteads[Math.floor(q * (roadsteads.length - 1))]!.toFixed(1);
console.log(`World Port Index: ${stats.rows} rows read from wpi_pub150.csv`);
console.log(`  blank cells (a single space) emptied: ${stats.blankCells}`);
console.log(`  LOCODE space removed ("IN MAA" → "INMAA"): ${stats.locodeSpaceRemoved}`);
console.log(
  `  LOCODE not a LOCODE, dropped: ${stats.locodeInvalid.length}${list(stats.locodeInvalid)}`,
);
console.log(
  `  LOCODE of another country, dropped: ${stats.locodeWrongCountry.length}${list(stats.locodeWrongCountry)}`,
);
console.log(`  main names split "Name (Other)": ${stats.namesSplit}`);
console.log(
  `  linking words lowered ("Rio De Janeiro" → "Rio de Janeiro"): ${stats.linkingWordsLowered}`,
);
console.log(
  `  coordinates swapped back (latitude out of range): ${stats.swapped.length}${list(stats.swapped)}`,
);
console.log(
  `  coordinates swapped back (far from every port of the country, near one swapped): ${swapped.length}${list(swapped.map(String))}`,
);
console.log(
  `  impossible coordinates, row dropped: ${stats.impossible.length}${list(stats.impossible)}`,
);
console.log(
  `  unknown country, row dropped: ${stats.unknownCountry.length}${list(stats.unknownCountry)}`,
);
console.log(
  `  duplicate rows (same WPI number) merged: ${repeated.length} (${repeated.join(', ')})`,
);
console.log(
  `  repeated LOCODEs, the larger harbour keeps the id: ${repeats.length}${list(
    repeats.map(
      (r) => `${r.locode}: WPI ${r.owner} keeps it; ${r.others.join(', ')} known by wpi-<n>`,
    ),
    40,
  )}`,
);
console.log(
  `Curated ports matched to a WPI row: ${matches.size} of ${curated.length}${list(
    [...matches.values()].map(
      (m) =>
        `${m.match.id} ← WPI ${m.match.wpi} "${m.row.name}" by ${m.match.by}, ${m.match.km.toFixed(1)} km`,
    ),
    60,
  )}`,
);
console.log(
  `Open-roadstead ports (${roadsteads.length}) to 1:50m sea: median ${pct(0.5)} km, ` +
    `90th percentile ${pct(0.9)} km, 95th ${pct(0.95)} km`,
);
console.log(
  `Approaches of the ${wpiPorts} other ports (tolerance ${APPROACH.toleranceKm} km at the harbour, at most ${APPROACH.maxKm} km):` +
    `\n  straight (a node within the tolerance): ${counts.direct}` +
    `\n  by water, no land at 1:50m: ${counts.water}` +
    `\n  approximate (crossing 1:50m land): ${counts.approximate}` +
    `\n  unreachable: ${counts.unreachable}${list(unreachable, 200)}`,
);
console.log(
  `Approaches crossing no 1:50m land beyond ${APPROACH.toleranceKm} km of the harbour: ` +
    `Large + Medium ${share(clean.lm, clean.lmN)}, all ports ${share(clean.all, clean.allN)}`,
);
console.log(
  `wrote geo/world-ports.geojson: ${features.length} ports, ${(bytes / 1024).toFixed(0)} KB, ` +
    `${(gz / 1024).toFixed(0)} KB gzip, in ${((performance.now() - started) / 1000).toFixed(1)} s`,
);
