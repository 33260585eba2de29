/**
 * "How far along the route is this point?": the nearest point on a polyline and the distance
 * travelled to it. Route longitudes are continuous across the antimeridian (they may pass 180),
 * while the map reports the pointer in [−180, 180]; each segment compares the pointer shifted by
 * whole turns to lie next to it.
 */
import { geodesicKm } from '../routing/geodesic';
import type { LonLat } from '../routing/ports';

export interface AlongHit {
  /** Kilometres from the start of the line to the nearest point. */
  km: number;
  /** The nearest point on the line (in the line's own longitudes). */
  point: LonLat;
  /** Index of the segment the point lies on. */
  segment: number;
}

export interface AlongMeasure {
  /** Total length, km (sum of the segments' geodesic lengths). */
  readonly totalKm: number;
  /** The nearest point on the line to a position, and the km travelled to reach it. */
  nearest(position: readonly [number, number]): AlongHit;
}

/** Shifts a longitude by whole turns to within 180° of a reference. */
function near(lng: number, reference: number): number {
  return lng + 360 * Math.round((reference - lng) / 360);
}

/** Prepares a line once (cumulative lengths) for many `nearest` queries, e.g. while hovering. */
export function measureAlong(coordinates: readonly LonLat[]): AlongMeasure {
  if (coordinates.length === 0) throw new RangeError('measureAlong: the line has no points');
  const cumulative = [0];
  for (let i = 1; i < coordinates.length; i++) {
    const [x0, y0] = coordinates[i - 1]!;
    const [x1, y1] = coordinates[i]!;
    cumulative.push(cumulative[i - 1]! + geodesicKm(x0, y0, x1, y1));
  }
  const totalKm = cumulative[cumulative.length - 1]!;

  const nearest = (position: readonly [number, number]): AlongHit => {
    let best: AlongHit = { km: 0, point: coordinates[0]!, segment: 0 };
    let bestD2 = Infinity;
    const last = Math.max(1, coordinates.length - 1);
    for (let i = 0; i < last; i++) {
      const a = coordinates[i]!;
      const b = coordinates[Math.min(i + 1, coordinates.length - 1)]!;
      // A local equirectangular plane around the segment: good enough to pick the nearest
      // point for a pointer readout (segments are at most a few hundred km).
      const k = Math.cos((((a[1] + b[1]) / 2) * Math.PI) / 180);
      const px = near(position[0], (a[0] + b[0]) / 2);
      const dx = (b[0] - a[0]) * k;
      const dy = b[1] - a[1];
      const len2 = dx * dx + dy * dy;
      const t =
        len2 === 0
          ? 0
          : Math.max(0, Math.min(1, ((px - a[0]) * k * dx + (position[1] - a[1]) * dy) / len2));
      const ex = (a[0] + t * (b[0] - a[0]) - px) * k;
      const ey = a[1] + t * dy - position[1];
      const d2 = ex * ex + ey * ey;
      if (d2 < bestD2) {
        bestD2 = d2;
        const segmentKm = cumulative[Math.min(i + 1, cumulative.length - 1)]! - cumulative[i]!;
        best = {
          km: cumulative[i]! + t * segmentKm,
          point: [a[0] + t * (b[0] - a[0]), a[1] + t * dy],
          segment: i,
        };
      }
    }
    return best;
  };
  return { totalKm, nearest };
}
