/**
 * Matching the 47 curated ports (geo/ports.geojson) to their World Port Index rows: by UN/LOCODE
 * where the curated list knows it, else by name (any name or alias of either, folded) within
 * MATCH_MAX_KM, else the nearest row of the same country within that distance.
 */
import { geodesicKm } from '../../../src/lib/routing/geodesic';
import { foldName } from '../../../src/lib/planner/port-search';
import type { WpiPort } from './rows';

/** A curated port and its WPI row are at most this far apart (tests/ports/world-ports.test.ts). */
export const MATCH_MAX_KM = 30;

export interface CuratedPort {
  id: string;
  name: string;
  country: string;
  aliases: readonly string[];
  coordinates: readonly [number, number];
  locode?: string;
}

export interface CuratedMatch {
  id: string;
  wpi: number;
  by: 'locode' | 'name' | 'nearest';
  km: number;
}

/** The WPI row of each curated port (undefined where none is within MATCH_MAX_KM). */
export function matchCurated(
  curated: readonly CuratedPort[],
  rows: readonly WpiPort[],
): Map<string, { row: WpiPort; match: CuratedMatch }> {
  const out = new Map<string, { row: WpiPort; match: CuratedMatch }>();
  const taken = new Set<number>();
  for (const c of curated) {
    const near = rows
      .map((row) => ({ row, km: geodesicKm(c.coordinates[0], c.coordinates[1], row.lon, row.lat) }))
      .filter((x) => x.km <= MATCH_MAX_KM && !taken.has(x.row.wpi))
      .sort((a, b) => a.km - b.km || a.row.wpi - b.row.wpi);
    const names = new Set([c.name, ...c.aliases].map(foldName));
    const named = (row: WpiPort) =>
      [row.name, ...row.aliases].some(
        (n) => names.has(foldName(n)) || foldName(n).startsWith(foldName(c.name)),
      );
    const pick =
      (c.locode &&
        near.find((x) => x.row.locode === c.locode) && {
          ...near.find((x) => x.row.locode === c.locode)!,
          by: 'locode' as const,
        }) ||
      (near.find((x) => named(x.row)) && {
        ...near.find((x) => named(x.row))!,
        by: 'name' as const,
      }) ||
      (near.find((x) => x.row.country === c.country) && {
        ...near.find((x) => x.row.country === c.country)!,
        by: 'nearest' as const,
      });
    if (!pick) continue;
    taken.add(pick.row.wpi);
    out.set(c.id, {
      row: pick.row,
      match: { id: c.id, wpi: pick.row.wpi, by: pick.by, km: pick.km },
    });
  }
  return out;
}
