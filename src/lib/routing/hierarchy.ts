/**
 * Contraction hierarchy (Geisberger et al. 2008) over the sea graph, with passage restrictions.
 *
 * Nodes are contracted one by one; contracting v adds a shortcut u–w for each pair of neighbours
 * whose shortest connection may run through v. A shortcut carries the union of the passage bits
 * of the two edges it replaces. A witness (a path u → w that avoids v and makes the shortcut
 * unnecessary) counts only if it is no longer and uses no passage the shortcut does not: then a
 * query that allows the shortcut also allows the witness, so one hierarchy answers every passage
 * mask exactly (tested against plain Dijkstra in tests/routing/search.test.ts).
 *
 * Choosing the order takes witness searches (about a second, contract-build.ts, run by
 * scripts/build-network.ts). The compiled network stores only the order and, per node, which pairs
 * of its edges became shortcuts; `decodeHierarchy` here replays the contraction from that in a few
 * milliseconds, and `createPathFinder` answers queries.
 */
import { Contraction, otherEnd } from './contraction';
import type { CompiledHierarchy, Hierarchy, PlainGraph } from './graph-types';
import { NodeHeap } from './heap';

/** Rebuilds the hierarchy from its compiled form (no searches: a replay of the contraction). */
export function decodeHierarchy(g: PlainGraph, compiled: CompiledHierarchy): Hierarchy {
  const { order, shortcuts } = compiled;
  if (order.length !== g.nodeCount) throw new Error('sea network: hierarchy order length');
  const state = new Contraction(g);
  const seen = new Uint8Array(g.nodeCount);
  let k = 0;
  for (const v of order) {
    if (!Number.isInteger(v) || v < 0 || v >= g.nodeCount || seen[v]) {
      throw new Error('sea network: hierarchy order is not a permutation of the nodes');
    }
    seen[v] = 1;
    const count = shortcuts[k]!;
    state.contract(v, shortcuts, k + 1, count);
    k += 1 + 2 * count;
  }
  if (k !== shortcuts.length) throw new Error('sea network: hierarchy shortcut list length');
  return state.finish(order);
}

export interface PathResult {
  /** Graph nodes from source to target. */
  nodes: number[];
  /** Graph edges between them (shortcuts unpacked). */
  edges: number[];
  km: number;
}

export interface PathFinder {
  /** Shortest path from source to target avoiding edges whose passage bit is set in closedMask. */
  find(source: number, target: number, closedMask: number): PathResult | null;
}

/**
 * Bidirectional upward Dijkstra with stall-on-demand. Both searches only climb the hierarchy;
 * the shortest path is the best meeting of the two. Closed passages are a bitmask tested on each
 * edge, so avoiding a strait never rebuilds anything. Scratch arrays are reused (epoch stamps).
 */
export function createPathFinder(g: PlainGraph, h: Hierarchy): PathFinder {
  const n = g.nodeCount;
  // Index 0 = forward search (from the source), 1 = backward search (from the target).
  const dist = [new Float64Array(n), new Float64Array(n)] as const;
  const prevEdge = [new Int32Array(n), new Int32Array(n)] as const;
  const stamp = [new Uint32Array(n), new Uint32Array(n)] as const;
  const heaps = [new NodeHeap(), new NodeHeap()] as const;
  const { upStart, upNode, upEdge, edgeKm, edgeMask } = h;
  let epoch = 0;

  /** Appends the graph edges of CH edge e, walked from node `from`, to edges/nodes. */
  const unpack = (e: number, from: number, nodes: number[], edges: number[]): void => {
    const c1 = h.childA[e]!;
    if (c1 < 0) {
      edges.push(e);
      nodes.push(otherEnd(h, e, from));
      return;
    }
    const c2 = h.childB[e]!;
    const a = h.edgeA[e]!;
    // The middle node is c1's other end from A.
    const mid = otherEnd(h, c1, a);
    if (from === a) {
      unpack(c1, a, nodes, edges);
      unpack(c2, mid, nodes, edges);
    } else {
      unpack(c2, from, nodes, edges);
      unpack(c1, mid, nodes, edges);
    }
  };

  return {
    find(source, target, closedMask) {
      if (source === target) return { nodes: [source], edges: [], km: 0 };
      epoch++;
      for (let side = 0; side < 2; side++) {
        const s = side === 0 ? source : target;
        stamp[side]![s] = epoch;
        dist[side]![s] = 0;
        prevEdge[side]![s] = -1;
        heaps[side]!.clear();
        heaps[side]!.push(0, s);
      }
      let best = Infinity;
      let meet = -1;
      let side = 1;
      for (;;) {
        const fwd = heaps[0].size > 0 && heaps[0].peekKey() < best;
        const bwd = heaps[1].size > 0 && heaps[1].peekKey() < best;
        if (!fwd && !bwd) break;
        // Alternate while both can still improve on the best meeting.
        side = fwd && bwd ? 1 - side : fwd ? 0 : 1;
        const heap = heaps[side]!;
        const d = dist[side]!;
        const st = stamp[side]!;
        const du = heap.peekKey();
        const u = heap.pop();
        // Stale entry: u was reached by a shorter path since.
        if (du > d[u]!) continue;
        const od = dist[1 - side]!;
        if (stamp[1 - side]![u] === epoch && du + od[u]! < best) {
          best = du + od[u]!;
          meet = u;
        }
        const end = upStart[u + 1]!;
        // Stall on demand: if a higher node reaches u by a shorter path, u's distance is not
        // final in this search, so its edges need not be relaxed.
        let stalled = false;
        for (let k = upStart[u]!; k < end; k++) {
          const v = upNode[k]!;
          const e = upEdge[k]!;
          if (st[v] === epoch && d[v]! + edgeKm[e]! < du && !(edgeMask[e]! & closedMask)) {
            stalled = true;
            break;
          }
        }
        if (stalled) continue;
        const pe = prevEdge[side]!;
        for (let k = upStart[u]!; k < end; k++) {
          const e = upEdge[k]!;
          if (edgeMask[e]! & closedMask) continue;
          const v = upNode[k]!;
          const dv = du + edgeKm[e]!;
          if (st[v] !== epoch || dv < d[v]!) {
            st[v] = epoch;
            d[v] = dv;
            pe[v] = e;
            heap.push(dv, v);
          }
        }
      }
      if (meet < 0) return null;
      // Walk down from the meeting node to each end, then unpack the shortcuts.
      const up: number[] = [];
      for (let v = meet; prevEdge[0][v]! >= 0;) {
        const e = prevEdge[0][v]!;
        up.push(e);
        v = otherEnd(h, e, v);
      }
      const nodes = [source];
      const edges: number[] = [];
      let at = source;
      for (let i = up.length - 1; i >= 0; i--) {
        unpack(up[i]!, at, nodes, edges);
        at = nodes[nodes.length - 1]!;
      }
      for (let v = meet; prevEdge[1][v]! >= 0;) {
        const e = prevEdge[1][v]!;
        unpack(e, v, nodes, edges);
        v = nodes[nodes.length - 1]!;
      }
      return { nodes, edges, km: best };
    },
  };
}
