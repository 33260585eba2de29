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
import { UpwardSearch } from './upward-search';

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
 * Visits, in order, the graph edges that CH edge e stands for when walked from its end `from`
 * (with the node each leads to), expanding shortcuts into the two edges they replace. `enter`
 * may skip a shortcut's whole subtree (e.g. one that carries no passage).
 */
export function unpackEdge(
  h: Hierarchy,
  e: number,
  from: number,
  visit: (graphEdge: number, to: number) => void,
  enter: (e: number) => boolean = () => true,
): void {
  if (!enter(e)) return;
  const c1 = h.childA[e]!;
  if (c1 < 0) {
    visit(e, otherEnd(h, e, from));
    return;
  }
  const c2 = h.childB[e]!;
  const a = h.edgeA[e]!;
  // The middle node is c1's other end from A.
  const mid = otherEnd(h, c1, a);
  if (from === a) {
    unpackEdge(h, c1, a, visit, enter);
    unpackEdge(h, c2, mid, visit, enter);
  } else {
    unpackEdge(h, c2, from, visit, enter);
    unpackEdge(h, c1, mid, visit, enter);
  }
}

/**
 * Bidirectional upward Dijkstra with stall-on-demand (two UpwardSearch runs). Both searches only
 * climb the hierarchy; the shortest path is the best meeting of the two. Closed passages are a
 * bitmask tested on each edge, so avoiding a strait never rebuilds anything.
 */
export function createPathFinder(h: Hierarchy): PathFinder {
  // Index 0 = forward search (from the source), 1 = backward search (from the target).
  const searches = [new UpwardSearch(h), new UpwardSearch(h)] as const;
  const prevEdge = [searches[0].prevEdge, searches[1].prevEdge] as const;

  /** Appends the graph edges of CH edge e, walked from node `from`, to edges/nodes. */
  const unpack = (e: number, from: number, nodes: number[], edges: number[]): void =>
    unpackEdge(h, e, from, (edge, to) => {
      edges.push(edge);
      nodes.push(to);
    });

  return {
    find(source, target, closedMask) {
      if (source === target) return { nodes: [source], edges: [], km: 0 };
      searches[0].start(source);
      searches[1].start(target);
      let best = Infinity;
      let meet = -1;
      let side = 1;
      for (;;) {
        const fwd = searches[0].queued && searches[0].peekKey() < best;
        const bwd = searches[1].queued && searches[1].peekKey() < best;
        if (!fwd && !bwd) break;
        // Alternate while both can still improve on the best meeting.
        side = fwd && bwd ? 1 - side : fwd ? 0 : 1;
        const search = searches[side]!;
        const u = search.pop();
        if (u < 0) continue;
        const other = searches[1 - side]!;
        const du = search.dist[u]!;
        if (other.reached(u) && du + other.dist[u]! < best) {
          best = du + other.dist[u]!;
          meet = u;
        }
        search.expand(u, closedMask);
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
