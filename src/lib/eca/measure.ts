/**
 * Km of a route inside each Emission Control Area (issue #32; docs/eca.md), measured with the
 * route's own geodesic lengths (routing/geodesic.ts): each segment is cut where it crosses an
 * area's boundary (both drawn straight in longitude and latitude, as the map draws them), and
 * the pieces inside are measured by Vincenty. A segment's pieces are scaled to add up to its
 * own length exactly, so inside + outside = the route's km.
 *
 * Route longitudes are continuous across the antimeridian (docs/routing.md) and may pass ±180;
 * the extents lie within ±180, so each segment is also tried one turn east or west.
 */
import type { EcaId } from '../../content/ecas';
import { geodesicKm } from '../routing/geodesic';
import type { SeaGraph } from '../routing/graph-types';
import { cellOf, type EcaShape } from './extents';

export interface EcaKm {
  id: EcaId;
  name: string;
  km: number;
}

export interface RouteEcaKm {
  /** The route's length, the sum of its segments' geodesic lengths. */
  routeKm: number;
  /** Km inside any ECA (the areas do not overlap). */
  ecaKm: number;
  /** ecaKm ÷ routeKm, 0 for an empty route. */
  share: number;
  /** The areas the route enters, in catalogue order, each with its km. */
  areas: EcaKm[];
}

/** Marks the edges of a new search as unseen (an epoch per edge, never cleared). */
function nextEpoch(shape: EcaShape): number {
  shape.epoch += 1;
  if (shape.epoch === 0xffffffff) {
    shape.seen.fill(0);
    shape.epoch = 1;
  }
  return shape.epoch;
}

/** Whether (x, y) is inside the shape: crossings of a ray due east, even-odd. */
function contains(shape: EcaShape, x: number, y: number): boolean {
  const [west, south, east, north] = shape.bbox;
  if (x < west || x > east || y < south || y > north) return false;
  const { ax, ay, bx, by, seen } = shape;
  const epoch = nextEpoch(shape);
  const [c0, row] = cellOf(shape, x, y);
  let inside = false;
  for (let c = c0; c < shape.cols; c++) {
    for (const e of shape.cellEdges[row * shape.cols + c]!) {
      if (seen[e] === epoch) continue;
      seen[e] = epoch;
      const y1 = ay[e]!;
      const y2 = by[e]!;
      if (y1 > y === y2 > y) continue;
      const xCross = ax[e]! + ((y - y1) * (bx[e]! - ax[e]!)) / (y2 - y1);
      if (x < xCross) inside = !inside;
    }
  }
  return inside;
}

/** Parameters t ∈ [0, 1] where the segment (x1, y1)–(x2, y2) meets the shape's edges. */
function crossings(shape: EcaShape, x1: number, y1: number, x2: number, y2: number): number[] {
  const { ax, ay, bx, by, seen } = shape;
  const epoch = nextEpoch(shape);
  const [c0, r0] = cellOf(shape, Math.min(x1, x2), Math.min(y1, y2));
  const [c1, r1] = cellOf(shape, Math.max(x1, x2), Math.max(y1, y2));
  const dx = x2 - x1;
  const dy = y2 - y1;
  const ts: number[] = [];
  for (let r = r0; r <= r1; r++) {
    for (let c = c0; c <= c1; c++) {
      for (const e of shape.cellEdges[r * shape.cols + c]!) {
        if (seen[e] === epoch) continue;
        seen[e] = epoch;
        const ex = bx[e]! - ax[e]!;
        const ey = by[e]! - ay[e]!;
        const denom = dx * ey - dy * ex;
        if (denom === 0) continue; // parallel: a touch, not a crossing; midpoints decide
        const qx = ax[e]! - x1;
        const qy = ay[e]! - y1;
        const t = (qx * ey - qy * ex) / denom;
        const u = (qx * dy - qy * dx) / denom;
        if (t >= 0 && t <= 1 && u >= 0 && u <= 1) ts.push(t);
      }
    }
  }
  return ts;
}

/** Km of the segment inside the shape, tried at its own longitudes and one turn either way. */
function segmentKmInside(
  shape: EcaShape,
  x1: number,
  y1: number,
  x2: number,
  y2: number,
  segmentKm: number,
): number {
  const [west, south, east, north] = shape.bbox;
  if (Math.max(y1, y2) < south || Math.min(y1, y2) > north || segmentKm === 0) return 0;
  let km = 0;
  for (const turn of [0, -360, 360]) {
    const a = x1 + turn;
    const b = x2 + turn;
    if (Math.max(a, b) < west || Math.min(a, b) > east) continue;
    const ts = crossings(shape, a, y1, b, y2).sort((p, q) => p - q);
    if (ts.length === 0) {
      if (contains(shape, (a + b) / 2, (y1 + y2) / 2)) km += segmentKm;
      continue;
    }
    const at = (t: number): [number, number] => [a + t * (b - a), y1 + t * (y2 - y1)];
    let inside = 0;
    let all = 0;
    const cuts = [0, ...ts, 1];
    for (let i = 1; i < cuts.length; i++) {
      const t0 = cuts[i - 1]!;
      const t1 = cuts[i]!;
      if (t1 - t0 < 1e-12) continue;
      const [px, py] = at(t0);
      const [qx, qy] = at(t1);
      const piece = geodesicKm(px, py, qx, qy);
      all += piece;
      const [mx, my] = at((t0 + t1) / 2);
      if (contains(shape, mx, my)) inside += piece;
    }
    if (all > 0) km += (inside * segmentKm) / all;
  }
  return km;
}

/** Km of a polyline inside each area (see the module comment). */
export function measureEcaKm(
  coords: readonly (readonly [number, number])[],
  shapes: readonly EcaShape[],
): RouteEcaKm {
  const byArea = new Float64Array(shapes.length);
  let routeKm = 0;
  for (let i = 1; i < coords.length; i++) {
    const [x1, y1] = coords[i - 1]!;
    const [x2, y2] = coords[i]!;
    const km = geodesicKm(x1, y1, x2, y2);
    routeKm += km;
    shapes.forEach((shape, k) => {
      byArea[k]! += segmentKmInside(shape, x1, y1, x2, y2, km);
    });
  }
  const areas = shapes
    .map((s, k) => ({ id: s.id, name: s.name, km: byArea[k]! }))
    .filter((a) => a.km > 0);
  const ecaKm = areas.reduce((sum, a) => sum + a.km, 0);
  return { routeKm, ecaKm, share: routeKm > 0 ? ecaKm / routeKm : 0, areas };
}

/**
 * For each area, the km of every edge of the sea graph inside it (index = edge id), from the
 * edge lengths the router uses: sums over a path's edges (or, added up child by child, over a
 * contraction hierarchy's shortcuts) give the path's km in each area.
 */
export function graphEdgeEcaKm(
  graph: Pick<SeaGraph, 'edgeCount' | 'edgeA' | 'edgeB' | 'lon' | 'lat' | 'edgeKm'>,
  shapes: readonly EcaShape[],
): Map<EcaId, Float64Array> {
  const out = new Map<EcaId, Float64Array>();
  for (const shape of shapes) {
    const km = new Float64Array(graph.edgeCount);
    for (let e = 0; e < graph.edgeCount; e++) {
      const a = graph.edgeA[e]!;
      const b = graph.edgeB[e]!;
      const x1 = graph.lon[a]!;
      const y1 = graph.lat[a]!;
      const x2 = graph.lon[b]!;
      const y2 = graph.lat[b]!;
      km[e] = segmentKmInside(shape, x1, y1, x2, y2, graph.edgeKm[e]!);
    }
    out.set(shape.id, km);
  }
  return out;
}

/**
 * For each area, the km of every edge of the contraction hierarchy inside it (index = hierarchy
 * edge id): a graph edge's from graphEdgeEcaKm, a shortcut's the sum of the two edges it replaces
 * (built before it, so one pass in edge order). Summed over a path's CH edges, these give the
 * path's km in each area without unpacking it (the distance table, routing/distance-table.ts).
 */
export function hierarchyEcaKm(
  graph: Pick<SeaGraph, 'edgeCount' | 'edgeA' | 'edgeB' | 'lon' | 'lat' | 'edgeKm' | 'hierarchy'>,
  shapes: readonly EcaShape[],
): { id: EcaId; name: string; km: Float64Array }[] {
  const h = graph.hierarchy;
  const base = graphEdgeEcaKm(graph, shapes);
  return shapes.map((shape) => {
    const km = new Float64Array(h.edgeCount);
    km.set(base.get(shape.id)!);
    for (let e = graph.edgeCount; e < h.edgeCount; e++) {
      const a = h.childA[e]!;
      const b = h.childB[e]!;
      if (a < 0 || b < 0 || a >= e || b >= e)
        throw new Error(`hierarchy: shortcut ${e} does not follow the edges it replaces`);
      km[e] = km[a]! + km[b]!;
    }
    return { id: shape.id, name: shape.name, km };
  });
}
