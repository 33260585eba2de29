/**
 * Bidirectional A* (ALT) over the sea graph. Closed passages are a bitmask checked while relaxing
 * edges, so avoiding a strait never copies or rebuilds the graph. Scratch arrays are reused
 * between queries (reset by an epoch stamp), so a warm query allocates only its result.
 *
 * Both searches use the average potential of Ikeda et al. / Goldberg & Harrelson:
 * p(v) = (πt(v) − πs(v)) / 2, where πt and πs are lower bounds on the distance to the target and
 * from the source. The forward search uses p and the backward search −p, so both are consistent
 * and the search may stop as soon as the two smallest keys sum to at least the best meeting
 * length found: the result is still an exact shortest path.
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
const GC_SCALE = HEURISTIC_FACTOR * 2 * MEAN_RADIUS_KM;

/**
 * Landmarks used per query: those with the largest bound on d(source, target). Fewer landmarks
 * make each bound cheaper; the best few for the pair give nearly the full bound along its path.
 */
const ACTIVE_LANDMARKS = 6;

export interface PathResult {
  nodes: number[];
  edges: number[];
  km: number;
}

export interface PathFinder {
  /** Shortest path from source to target avoiding edges whose passage bit is set in closedMask. */
  find(source: number, target: number, closedMask: number): PathResult | null;
}

/** Prepares the search state for a graph (unit vectors for the bounds, reusable scratch). */
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
  // Index 0 = forward search (from the source), 1 = backward search (from the target).
  const dist = [new Float64Array(n), new Float64Array(n)] as const;
  const prevEdge = [new Int32Array(n), new Int32Array(n)] as const;
  const stamp = [new Uint32Array(n), new Uint32Array(n)] as const;
  const done = [new Uint32Array(n), new Uint32Array(n)] as const;
  const heaps = [new NodeHeap(), new NodeHeap()] as const;
  const lmCount = landmarks?.count ?? 0;
  const lmDist = landmarks?.dist ?? new Float64Array(0);
  const active = new Int32Array(lmCount);
  const toS = new Float64Array(lmCount);
  const toT = new Float64Array(lmCount);
  const score = new Float64Array(lmCount);
  // The potential is computed once per node and query (pStamp marks valid entries).
  const pCache = new Float64Array(n);
  const pStamp = new Uint32Array(n);
  let epoch = 0;

  /** Picks the landmarks with the largest bound on d(s, t) into `active`; returns how many. */
  const chooseLandmarks = (s: number, t: number): number => {
    let m = 0;
    for (let k = 0; k < lmCount; k++) {
      const b = Math.abs(lmDist[s * lmCount + k]! - lmDist[t * lmCount + k]!);
      // A cut-off landmark (Infinity, or Infinity − Infinity = NaN) bounds nothing.
      if (!(b < Infinity)) continue;
      // Insertion into the top list, largest first.
      let i = Math.min(m, ACTIVE_LANDMARKS - 1);
      if (m === ACTIVE_LANDMARKS && b <= score[i]!) continue;
      while (i > 0 && score[i - 1]! < b) {
        score[i] = score[i - 1]!;
        active[i] = active[i - 1]!;
        i--;
      }
      score[i] = b;
      active[i] = k;
      if (m < ACTIVE_LANDMARKS) m++;
    }
    return m;
  };

  return {
    find(source, target, closedMask) {
      if (source === target) return { nodes: [source], edges: [], km: 0 };
      epoch++;
      const sx = ux[source]!;
      const sy = uy[source]!;
      const sz = uz[source]!;
      const tx = ux[target]!;
      const ty = uy[target]!;
      const tz = uz[target]!;
      // Landmark bounds hold only if this query closes everything the landmarks closed.
      const useLm = lmCount > 0 && (closedMask & landmarks!.mask) === landmarks!.mask;
      const m = useLm ? chooseLandmarks(source, target) : 0;
      for (let i = 0; i < m; i++) {
        const k = active[i]!;
        toS[i] = lmDist[source * lmCount + k]!;
        toT[i] = lmDist[target * lmCount + k]!;
      }
      /** Forward potential p(v) = (lower bound to target − lower bound from source) / 2. */
      const potential = (v: number): number => {
        if (pStamp[v] === epoch) return pCache[v]!;
        let bt = 0;
        let bs = 0;
        // With landmarks the great circle hardly ever tightens the bound (measured on the bench
        // pairs), so it is skipped to save two asin per node; either bound alone is consistent.
        if (m === 0) {
          const vx = ux[v]!;
          const vy = uy[v]!;
          const vz = uz[v]!;
          let dx = vx - tx;
          let dy = vy - ty;
          let dz = vz - tz;
          bt = GC_SCALE * Math.asin(Math.min(1, Math.sqrt(dx * dx + dy * dy + dz * dz) / 2));
          dx = vx - sx;
          dy = vy - sy;
          dz = vz - sz;
          bs = GC_SCALE * Math.asin(Math.min(1, Math.sqrt(dx * dx + dy * dy + dz * dz) / 2));
        }
        const base = v * lmCount;
        for (let i = 0; i < m; i++) {
          const lv = lmDist[base + active[i]!]!;
          // Skip Infinity (landmark cut off from v) and NaN (cut off from both).
          const a = Math.abs(toT[i]! - lv);
          if (a > bt && a !== Infinity) bt = a;
          const b = Math.abs(toS[i]! - lv);
          if (b > bs && b !== Infinity) bs = b;
        }
        const p = (bt - bs) / 2;
        pStamp[v] = epoch;
        pCache[v] = p;
        return p;
      };

      let best = Infinity;
      let meet = -1;
      const ends = [source, target] as const;
      for (let side = 0; side < 2; side++) {
        const s = ends[side]!;
        stamp[side]![s] = epoch;
        dist[side]![s] = 0;
        prevEdge[side]![s] = -1;
        heaps[side]!.clear();
        const p = potential(s);
        heaps[side]!.push(side === 0 ? p : -p, s);
      }
      const [hf, hb] = heaps;
      while (hf.size > 0 && hb.size > 0) {
        // With consistent potentials no unsettled path can beat `best` once this holds.
        if (hf.peekKey() + hb.peekKey() >= best) break;
        // Expand the side with the smaller frontier (balances the work on both sides).
        const side = hf.size <= hb.size ? 0 : 1;
        const heap = heaps[side]!;
        const u = heap.pop();
        const dn = done[side]!;
        // Stale heap entry: u was settled by an earlier, shorter entry.
        if (dn[u] === epoch) continue;
        dn[u] = epoch;
        const d = dist[side]!;
        const st = stamp[side]!;
        const pe = prevEdge[side]!;
        const od = dist[1 - side]!;
        const ost = stamp[1 - side]!;
        const sign = side === 0 ? 1 : -1;
        const du = d[u]!;
        for (let k = g.adjStart[u]!, end = g.adjStart[u + 1]!; k < end; k++) {
          const e = g.adjEdge[k]!;
          const code = g.edgePassage[e]!;
          if (code !== 0 && (closedMask >>> code) & 1) continue;
          const v = g.adjNode[k]!;
          const dv = du + g.edgeKm[e]!;
          if (st[v] !== epoch || dv < d[v]!) {
            st[v] = epoch;
            d[v] = dv;
            pe[v] = e;
            heap.push(dv + sign * potential(v), v);
            if (ost[v] === epoch && dv + od[v]! < best) {
              best = dv + od[v]!;
              meet = v;
            }
          }
        }
      }
      if (meet < 0) return null;
      // Walk from the meeting node back to the source, then on to the target.
      const nodes: number[] = [];
      const edges: number[] = [];
      const other = (e: number, v: number) => (g.edgeA[e] === v ? g.edgeB[e]! : g.edgeA[e]!);
      for (let v = meet; ;) {
        nodes.push(v);
        const e = prevEdge[0][v]!;
        if (e < 0) break;
        edges.push(e);
        v = other(e, v);
      }
      nodes.reverse();
      edges.reverse();
      for (let v = meet; prevEdge[1][v]! >= 0;) {
        const e = prevEdge[1][v]!;
        edges.push(e);
        v = other(e, v);
        nodes.push(v);
      }
      return { nodes, edges, km: best };
    },
  };
}
