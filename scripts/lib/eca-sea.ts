/**
 * The sea part of an ECA's extent, for the map: the extent (the regulation's lines closed over
 * land) minus Natural Earth 1:50m land, then made small. The coast is simplified
 * (Douglas–Peucker at SIMPLIFY_DEG) but every vertex that lies on the extent's own boundary —
 * the regulation's points and lines, and where they meet the coast — is kept exactly, so the
 * boundary at sea stays the regulation's. Islands under MIN_HOLE_KM2 and sea scraps under
 * MIN_PART_KM2 are left out (tests/eca/data.test.ts bounds what that lets onto land).
 */
import * as turf from '@turf/turf';
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';
import { landPolygons } from './load-network';

/** Douglas–Peucker tolerance of the coast, degrees (≈ 1.1 km of latitude). */
export const SIMPLIFY_DEG = 0.01;
/** Islands (holes) smaller than this are not cut out, km². */
export const MIN_HOLE_KM2 = 20;
/** Detached bits of sea smaller than this are dropped, km². */
export const MIN_PART_KM2 = 20;
/** Output precision: 5 decimals ≈ 1 m, so the regulation's seconds of arc survive. */
export const DECIMALS = 5;

type Ring = Position[];

/** Perpendicular distance (degrees, planar) of p from segment a–b. */
function segmentDistance(p: Position, a: Position, b: Position): number {
  const [px, py] = p as [number, number];
  const [ax, ay] = a as [number, number];
  const [bx, by] = b as [number, number];
  const dx = bx - ax;
  const dy = by - ay;
  const len2 = dx * dx + dy * dy;
  const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / len2));
  return Math.hypot(px - ax - t * dx, py - ay - t * dy);
}

/** Douglas–Peucker on an open chain (both ends kept). */
function simplifyChain(chain: Ring, tolerance: number): Ring {
  if (chain.length <= 2) return chain;
  const keep = new Uint8Array(chain.length);
  keep[0] = keep[chain.length - 1] = 1;
  const stack: [number, number][] = [[0, chain.length - 1]];
  while (stack.length > 0) {
    const [i, j] = stack.pop()!;
    let worst = -1;
    let at = -1;
    for (let k = i + 1; k < j; k++) {
      const d = segmentDistance(chain[k]!, chain[i]!, chain[j]!);
      if (d > worst) [worst, at] = [d, k];
    }
    if (worst > tolerance) {
      keep[at] = 1;
      stack.push([i, at], [at, j]);
    }
  }
  return chain.filter((_, k) => keep[k] === 1);
}

/** A closed ring simplified between locked vertices (a ring with none is cut at two far points). */
export function simplifyRing(ring: Ring, locked: (p: Position) => boolean, tol: number): Ring {
  const open = ring.slice(0, -1);
  let anchors = open.map((p, i) => (locked(p) ? i : -1)).filter((i) => i >= 0);
  if (anchors.length < 2) {
    let far = 0;
    open.forEach((p, i) => {
      if (
        Math.hypot(p[0]! - open[0]![0]!, p[1]! - open[0]![1]!) >
        Math.hypot(open[far]![0]! - open[0]![0]!, open[far]![1]! - open[0]![1]!)
      )
        far = i;
    });
    anchors = [0, far];
  }
  const out: Ring = [];
  anchors.forEach((start, k) => {
    const end = anchors[(k + 1) % anchors.length]!;
    const chain =
      end > start ? open.slice(start, end + 1) : [...open.slice(start), ...open.slice(0, end + 1)];
    out.push(...simplifyChain(chain, tol).slice(0, -1));
  });
  out.push(out[0]!);
  return out;
}

/** Whether p lies on one of the edges of the rings (within 1e-9°). */
function onBoundary(rings: Ring[]): (p: Position) => boolean {
  return (p) =>
    rings.some((ring) => ring.some((a, i) => i > 0 && segmentDistance(p, ring[i - 1]!, a) < 1e-9));
}

const roundRing = (ring: Ring): Ring => {
  const f = 10 ** DECIMALS;
  const out: Ring = [];
  for (const p of ring) {
    const q = [Math.round(p[0]! * f) / f, Math.round(p[1]! * f) / f];
    const last = out[out.length - 1];
    if (!last || last[0] !== q[0] || last[1] !== q[1]) out.push(q);
  }
  return out;
};

/** The extent's polygons minus land, simplified and rounded (see the module comment). */
export function seaOf(extent: Ring[]): MultiPolygon {
  const sea: Position[][][] = [];
  const locked = onBoundary(extent);
  for (const ring of extent) {
    const bbox = turf.bbox(turf.polygon([ring]));
    const land = landPolygons()
      .filter((l) => l.bbox[0] <= bbox[2] && l.bbox[2] >= bbox[0])
      .filter((l) => l.bbox[1] <= bbox[3] && l.bbox[3] >= bbox[1])
      .map((l) => l.f);
    let rest: Feature<Polygon | MultiPolygon> | null = turf.polygon([ring]);
    if (land.length > 0) {
      const landMulti = turf.multiPolygon(land.map((l) => l.geometry.coordinates));
      rest = turf.difference(turf.featureCollection([rest, landMulti]));
    }
    if (!rest) continue;
    const parts =
      rest.geometry.type === 'Polygon' ? [rest.geometry.coordinates] : rest.geometry.coordinates;
    for (const [outer, ...holes] of parts) {
      if (turf.area(turf.polygon([outer!])) / 1e6 < MIN_PART_KM2) continue;
      const kept = holes.filter((h) => turf.area(turf.polygon([h])) / 1e6 >= MIN_HOLE_KM2);
      const rings = [outer!, ...kept].map((r) => roundRing(simplifyRing(r, locked, SIMPLIFY_DEG)));
      sea.push(rings.filter((r) => r.length >= 4));
    }
  }
  return (turf.rewind(turf.multiPolygon(sea)) as Feature<MultiPolygon>).geometry;
}
