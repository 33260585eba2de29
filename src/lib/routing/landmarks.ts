/**
 * ALT landmarks: exact distances from a few far-apart nodes give A* a much tighter lower bound
 * than the great circle (|d(L,t) − d(L,v)| ≤ d(v,t) by the triangle inequality). They are
 * computed once when the router is built, on the default passages (everything open except the
 * closed-by-default ones), so they stay valid for every query that only closes more passages.
 */
import { NodeHeap } from './heap';
import type { SeaGraph } from './network';

export interface Landmarks {
  count: number;
  /** dist[v * count + k] = distance in km from landmark k to node v (Infinity if cut off). */
  dist: Float64Array;
  /** Passage bitmask the distances were computed with. */
  mask: number;
}

/** Single-source shortest distances (Dijkstra) under a passage bitmask, into `out`. */
export function distancesFrom(
  g: SeaGraph,
  source: number,
  mask: number,
  out: Float64Array,
  offset = 0,
  heap = new NodeHeap(),
): void {
  const n = g.nodeCount;
  out.fill(Infinity, offset, offset + n);
  out[offset + source] = 0;
  heap.clear();
  heap.push(0, source);
  while (heap.size > 0) {
    const key = heap.peekKey();
    const u = heap.pop();
    if (key > out[offset + u]!) continue;
    for (let k = g.adjStart[u]!, end = g.adjStart[u + 1]!; k < end; k++) {
      const e = g.adjEdge[k]!;
      const code = g.edgePassage[e]!;
      if (code !== 0 && (mask >>> code) & 1) continue;
      const v = g.adjNode[k]!;
      const dv = key + g.edgeKm[e]!;
      if (dv < out[offset + v]!) {
        out[offset + v] = dv;
        heap.push(dv, v);
      }
    }
  }
}

/** Picks `count` landmarks by farthest-point selection (deterministic) and stores distances. */
export function buildLandmarks(g: SeaGraph, count: number, mask: number): Landmarks {
  const n = g.nodeCount;
  const dist = new Float64Array(count * n);
  const heap = new NodeHeap();
  // minDist[v] = distance from v to the nearest landmark chosen so far (node 0 seeds it).
  const minDist = new Float64Array(n);
  distancesFrom(g, 0, mask, minDist, 0, heap);
  const one = new Float64Array(n);
  for (let k = 0; k < count; k++) {
    let best = 0;
    let bestD = -1;
    for (let v = 0; v < n; v++) {
      const d = minDist[v]!;
      if (d !== Infinity && d > bestD) {
        bestD = d;
        best = v;
      }
    }
    distancesFrom(g, best, mask, one, 0, heap);
    // Node-major layout: a node's bounds are adjacent in memory when A* reads them.
    for (let v = 0; v < n; v++) {
      const d = one[v]!;
      dist[v * count + k] = d;
      if (d < minDist[v]!) minDist[v] = d;
    }
  }
  return { count, dist, mask };
}
