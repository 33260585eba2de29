/**
 * Builds geo/eca-extents.geojson and geo/ecas.geojson (issue #32; docs/eca.md) from the
 * boundary definitions in scripts/lib/eca-definitions.ts and the catalogue in
 * src/content/ecas.ts. Run from the repository root: `npx tsx scripts/build-ecas.ts`.
 *
 * - eca-extents.geojson: each area as its regulation draws it, its lines at sea exactly (the
 *   printed points, geodesics cut into ≤ 25 km pieces, parallels and meridians), closed over
 *   land where the boundary is "the coast". Route km are measured against these
 *   (src/lib/eca): a ship never sails over land, and a river port's approach, which is land at
 *   1:50m, still counts inside its area.
 * - ecas.geojson: the same areas with land taken out (Natural Earth 1:50m), for the map, with
 *   the catalogue's properties.
 *
 * The build fails if one of our closing lines crosses more 1:50m water than its stated
 * allowance, if two areas overlap, or if a file exceeds its byte budget.
 */
import { resolve } from 'node:path';
import * as turf from '@turf/turf';
import type { Feature, MultiPolygon, Position } from 'geojson';
import { type EcaId } from '../src/content/ecas';
import { ECAS } from '../src/content/eca-areas';
import { ECA_DEFINITIONS } from './lib/eca-definitions';
import { assembleRing, wetKmByLeg } from './lib/eca-rings';
import { DECIMALS, seaOf, SIMPLIFY_DEG } from './lib/eca-sea';
import { repoRoot, writeGeoJSON } from './lib/io';
import { isOnLand } from './lib/load-network';

const OUT_EXTENTS = resolve(repoRoot, 'geo/eca-extents.geojson');
const OUT_SEA = resolve(repoRoot, 'geo/ecas.geojson');
const MAX_EXTENT_BYTES = 80_000;
const MAX_SEA_BYTES = 400_000;
/** Extent precision: 6 decimals (0.1 m), so the printed points are kept as printed. */
const EXTENT_DECIMALS = 6;

const round = (x: number, d: number) => Math.round(x * 10 ** d) / 10 ** d;

/** Our closing lines' km on 1:50m water, each checked against its leg's stated allowance. */
function checkClosingLines(id: EcaId, ring: ReturnType<typeof assembleRing>): string[] {
  const lines: string[] = [];
  for (const [leg, km] of wetKmByLeg(ring, isOnLand)) {
    const allowed = leg.water?.km ?? 0;
    if (km > allowed)
      throw new Error(`${id}: "${leg.name}" crosses ${km} km of water (allowed ${allowed})`);
    if (km > 0) lines.push(`  ${id}: ${leg.name}: ${km} km on 1:50m water (${leg.water?.why})`);
  }
  return lines;
}

function main(): void {
  const extents: Feature<MultiPolygon>[] = [];
  const seas: Feature<MultiPolygon>[] = [];
  const notes: string[] = [];
  for (const def of ECA_DEFINITIONS) {
    const area = ECAS[def.id];
    const rings = def.rings.map(assembleRing);
    for (const ring of rings) notes.push(...checkClosingLines(def.id, ring));
    const polygons: Position[][] = rings.map((r) =>
      r.coords.map(([x, y]) => [round(x, EXTENT_DECIMALS), round(y, EXTENT_DECIMALS)]),
    );
    const extent = turf.rewind(
      turf.multiPolygon(
        polygons.map((p) => [p]),
        { id: area.id, name: area.name },
      ),
    ) as Feature<MultiPolygon>;
    extents.push(extent);
    seas.push(
      turf.multiPolygon(seaOf(polygons).coordinates, {
        id: area.id,
        name: area.name,
        sulphurLimitPct: area.sulphurLimitPct,
        inForce: area.inForce,
        sulphurLimitFrom: area.sulphurLimitFrom,
        regulation: area.regulation,
        source: `${area.boundarySource.title} — ${area.boundarySource.readIn}`,
      }),
    );
  }
  // Two areas may share a boundary (the Baltic and the North Sea over Jutland), never water.
  for (let i = 0; i < extents.length; i++) {
    for (let j = i + 1; j < extents.length; j++) {
      const both = turf.intersect(turf.featureCollection([extents[i]!, extents[j]!]));
      const km2 = both ? turf.area(both) / 1e6 : 0;
      if (km2 > 1)
        throw new Error(
          `${extents[i]!.properties!.id} and ${extents[j]!.properties!.id} overlap by ${km2.toFixed(1)} km²`,
        );
    }
  }
  const extentBytes = writeGeoJSON(OUT_EXTENTS, turf.featureCollection(extents));
  const seaBytes = writeGeoJSON(OUT_SEA, turf.featureCollection(seas));
  if (extentBytes > MAX_EXTENT_BYTES) throw new Error(`eca-extents: ${extentBytes} bytes`);
  if (seaBytes > MAX_SEA_BYTES) throw new Error(`ecas: ${seaBytes} bytes`);
  console.log(notes.join('\n'));
  for (const [i, f] of seas.entries()) {
    const ex = extents[i]!;
    const vertices = turf.coordAll(f).length;
    console.log(
      `${f.properties!.id}: sea ${(turf.area(f) / 1e6).toFixed(0)} km² (${vertices} vertices), ` +
        `extent ${(turf.area(ex) / 1e6).toFixed(0)} km² (${turf.coordAll(ex).length} vertices)`,
    );
  }
  console.log(
    `wrote ${OUT_EXTENTS} (${extentBytes} bytes) and ${OUT_SEA} (${seaBytes} bytes; coast ` +
      `simplified at ${SIMPLIFY_DEG}°, ${DECIMALS} decimals)`,
  );
}

main();
