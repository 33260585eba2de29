/**
 * Snapping a point to the nearest network node through a KD-tree (kdbush), never a linear scan.
 * The search box grows until it provably contains the nearest acceptable node.
 */
import KDBush from 'kdbush';
import { geodesicKm } from './geodesic';
import type { SeaGraph } from './network';

/** The shortest length of one degree of latitude on WGS84 (at the equator), in km. */
const MIN_KM_PER_DEG_LAT = 110.574;

export interface Snap {
  node: number;
  km: number;
}

export interface SnapIndex {
  /** Nearest node (geodesic) within maxKm for which accept(node) is true, or null. */
  nearest(lon: number, lat: number, maxKm: number, accept: (node: number) => boolean): Snap | null;
}

/** Builds the spatial index over the graph's nodes. */
export function createSnapIndex(g: SeaGraph): SnapIndex {
  const index = new KDBush(g.nodeCount);
  for (let i = 0; i < g.nodeCount; i++) index.add(g.lon[i]!, g.lat[i]!);
  index.finish();

  const candidates = (lon: number, lat: number, rDeg: number): number[] => {
    const minY = Math.max(-90, lat - rDeg);
    const maxY = Math.min(90, lat + rDeg);
    const poleward = Math.max(Math.abs(minY), Math.abs(maxY));
    // 10% margin: near the poles a circle spans slightly more longitude than r / cos(lat).
    const w = poleward >= 89 ? 180 : (1.1 * rDeg) / Math.cos((poleward * Math.PI) / 180);
    if (w >= 180) return index.range(-180, minY, 180, maxY);
    const ids = index.range(Math.max(-180, lon - w), minY, Math.min(180, lon + w), maxY);
    // Wrap around the antimeridian.
    if (lon - w < -180) ids.push(...index.range(lon - w + 360, minY, 180, maxY));
    if (lon + w > 180) ids.push(...index.range(-180, minY, lon + w - 360, maxY));
    return ids;
  };

  return {
    nearest(lon, lat, maxKm, accept) {
      for (let rDeg = 0.25; ; rDeg *= 2) {
        let best = -1;
        let bestKm = Infinity;
        for (const id of candidates(lon, lat, rDeg)) {
          if (!accept(id)) continue;
          const km = geodesicKm(lon, lat, g.lon[id]!, g.lat[id]!);
          if (km < bestKm || (km === bestKm && id < best)) {
            best = id;
            bestKm = km;
          }
        }
        const coveredKm = rDeg * MIN_KM_PER_DEG_LAT;
        if (best >= 0 && bestKm <= coveredKm)
          return bestKm <= maxKm ? { node: best, km: bestKm } : null;
        if (coveredKm > maxKm || rDeg >= 180) return null;
      }
    },
  };
}
