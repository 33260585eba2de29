/**
 * A* over the sea graph with a great-circle lower bound. Closed passages are a bitmask checked
 * while relaxing edges, so avoiding a strait never copies or rebuilds the graph. Scratch arrays
 * are reused between queries (reset by an epoch stamp), so a warm query allocates little.
 */
import { MEAN_RADIUS_KM } from './geodesic';
import { NodeHeap } from './heap';
import type { Landmarks } from './landmarks';
import type { SeaGraph } from './network';

/**
 * Haversine on the mean sphere can exceed the WGS84 geodesic by up to ~0.6% (north–south near
 * the equator), so the bound is scaled down to stay admissible: results remain exact shortest
 * paths, A* only explores a little more.
 */
const HEURISTIC_FACTOR = 0.99;

export interface PathResult {
  nodes: number[];
  edges: number[];
  km: number;
}

export interface PathFinder {
  /** Shortest path from source to target avoiding edges whose passage bit is set in closedMask. */
  find(source: number, target: number, closedMask: number): PathResult | null;
}

/** Prepares the search state for a graph (unit vectors for the heuristic, reusable scratch). */
export function createPathFinder(g: SeaGraph, landmarks?: Landmarks): PathFinder {
  const n = g.nodeCount;
  const ux = new Float64Array(n);
  const uy = new Float64Array(n);
  const uz = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const la = (g.lat[i]! * Math.PI) / 180;
    const lo = (g.lon[i]! * Math.PI) / 180;
    ux[i] = Math.cos(la) * Math.cos(lo);
    uy[i] = Math.cos(la) * Math.sin(lo);
    uz[i] = Math.sin(la);
  }
  const dist = new Float64Array(n);
  const prevEdge = new Int32Array(n);
  const stamp = new Uint32Array(n);
  const heap = new NodeHeap();
  const lmCount = landmarks?.count ?? 0;
  const lmDist = landmarks?.dist ?? new Float64Array(0);
  const toTarget = new Float64Array(lmCount);
  // The heuristic is computed once per node and query (hStamp marks valid entries).
  const hCache = new Float64Array(n);
  const hStamp = new Uint32Array(n);
  let epoch = 0;

  return {
    find(source, target, closedMask) {
      epoch++;
      heap.clear();
      const tx = ux[target]!;
      const ty = uy[target]!;
      const tz = uz[target]!;
      // Landmark bounds hold only if this query closes everything the landmarks closed.
      const useLm = lmCount > 0 && (closedMask & landmarks!.mask) === landmarks!.mask;
      if (useLm) for (let k = 0; k < lmCount; k++) toTarget[k] = lmDist[target * lmCount + k]!;
      const h = (v: number): number => {
        if (hStamp[v] === epoch) return hCache[v]!;
        const dx = ux[v]! - tx;
        const dy = uy[v]! - ty;
        const dz = uz[v]! - tz;
        const chord = Math.sqrt(dx * dx + dy * dy + dz * dz);
        let best = HEURISTIC_FACTOR * 2 * MEAN_RADIUS_KM * Math.asin(Math.min(1, chord / 2));
        if (useLm) {
          const base = v * lmCount;
          for (let k = 0; k < lmCount; k++) {
            const b = Math.abs(toTarget[k]! - lmDist[base + k]!);
            // Infinity − Infinity is NaN and a cut-off landmark gives Infinity: skip both.
            if (b > best && b !== Infinity) best = b;
          }
        }
        hStamp[v] = epoch;
        hCache[v] = best;
        return best;
      };
      stamp[source] = epoch;
      dist[source] = 0;
      prevEdge[source] = -1;
      heap.push(h(source), source);
      while (heap.size > 0) {
        const key = heap.peekKey();
        const u = heap.pop();
        const du = dist[u]!;
        // Stale heap entry: a shorter route to u was found after this one was queued.
        if (key > du + h(u) + 1e-9) continue;
        if (u === target) {
          const nodes = [u];
          const edges: number[] = [];
          for (let v = u; prevEdge[v]! >= 0;) {
            const e = prevEdge[v]!;
            edges.push(e);
            v = g.edgeA[e] === v ? g.edgeB[e]! : g.edgeA[e]!;
            nodes.push(v);
          }
          return { nodes: nodes.reverse(), edges: edges.reverse(), km: du };
        }
        for (let k = g.adjStart[u]!, end = g.adjStart[u + 1]!; k < end; k++) {
          const e = g.adjEdge[k]!;
          const code = g.edgePassage[e]!;
          if (code !== 0 && (closedMask >>> code) & 1) continue;
          const v = g.adjNode[k]!;
          const dv = du + g.edgeKm[e]!;
          if (stamp[v] !== epoch || dv < dist[v]!) {
            stamp[v] = epoch;
            dist[v] = dv;
            prevEdge[v] = e;
            heap.push(dv + h(v), v);
          }
        }
      }
      return null;
    },
  };
}
