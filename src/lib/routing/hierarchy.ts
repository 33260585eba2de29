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
 * Choosing the order takes witness searches (about a second, done by scripts/build-network.ts).
 * The compiled network stores only the order and, per node, which pairs of its edges became
 * shortcuts; `decodeHierarchy` replays the contraction from that in a few milliseconds.
 */
import { NodeHeap } from './heap';
import type { PlainGraph } from './network';

/** The hierarchy as stored in geo/sea-network.json. */
export interface CompiledHierarchy {
  /** Node ids in contraction order. */
  order: number[];
  /**
   * For each node of `order`: k, then k pairs (i, j) of positions in the node's edge list when it
   * was contracted; each pair became a shortcut. Small integers: they compress well.
   */
  shortcuts: number[];
}

export interface Hierarchy {
  /** rank[v] = when v was contracted; searches only climb to higher ranks. */
  rank: Uint32Array;
  /** Edges 0 … graph.edgeCount − 1 are the graph's; later ones are shortcuts. */
  edgeCount: number;
  edgeA: Uint32Array;
  edgeB: Uint32Array;
  edgeKm: Float64Array;
  /** Bit i set = the edge (or a graph edge it replaces) has passage code i. */
  edgeMask: Uint32Array;
  /** The two edges a shortcut replaces, A's end first (−1 for graph edges). */
  childA: Int32Array;
  childB: Int32Array;
  /** CSR of upward edges: from each node to its neighbours of higher rank. */
  upStart: Uint32Array;
  upNode: Uint32Array;
  upEdge: Uint32Array;
}

/** The end of edge e that is not v (graph edges and shortcuts alike). */
function otherEnd(
  edges: { edgeA: ArrayLike<number>; edgeB: ArrayLike<number> },
  e: number,
  v: number,
): number {
  return edges.edgeA[e] === v ? edges.edgeB[e]! : edges.edgeA[e]!;
}

/**
 * The graph while it is contracted: the edge store (graph edges, then shortcuts) and, for each
 * node not yet contracted, its edges to other such nodes, in a deterministic order.
 */
class Contraction {
  edgeA: number[] = [];
  edgeB: number[] = [];
  edgeKm: number[] = [];
  edgeMask: number[] = [];
  childA: number[] = [];
  childB: number[] = [];
  readonly adj: number[][];

  constructor(g: PlainGraph) {
    this.adj = Array.from({ length: g.nodeCount }, () => []);
    for (let e = 0; e < g.edgeCount; e++) {
      const code = g.edgePassage[e]!;
      this.add(g.edgeA[e]!, g.edgeB[e]!, g.edgeKm[e]!, code ? 1 << code : 0, -1, -1);
    }
  }

  other(e: number, v: number): number {
    return otherEnd(this, e, v);
  }

  private add(a: number, b: number, km: number, mask: number, c1: number, c2: number): void {
    const e = this.edgeA.length;
    this.edgeA.push(a);
    this.edgeB.push(b);
    this.edgeKm.push(km);
    this.edgeMask.push(mask);
    this.childA.push(c1);
    this.childB.push(c2);
    if (a === b) return;
    this.adj[a]!.push(e);
    this.adj[b]!.push(e);
  }

  /** Adds a shortcut for each pair (i, j) of positions in v's edge list, then removes v. */
  contract(v: number, pairs: ArrayLike<number>, from: number, count: number): void {
    const edges = this.adj[v]!;
    for (let k = from; k < from + 2 * count; k += 2) {
      const e1 = edges[pairs[k]!];
      const e2 = edges[pairs[k + 1]!];
      if (e1 === undefined || e2 === undefined || e1 === e2) {
        throw new Error(`sea network: bad shortcut pair at node ${v}`);
      }
      const km = this.edgeKm[e1]! + this.edgeKm[e2]!;
      const mask = this.edgeMask[e1]! | this.edgeMask[e2]!;
      this.add(this.other(e1, v), this.other(e2, v), km, mask, e1, e2);
    }
    for (const e of edges) {
      const list = this.adj[this.other(e, v)]!;
      list.splice(list.indexOf(e), 1);
    }
    this.adj[v] = [];
  }

  /** The finished hierarchy, given the contraction order. */
  finish(order: ArrayLike<number>): Hierarchy {
    const n = this.adj.length;
    const rank = new Uint32Array(n);
    for (let i = 0; i < order.length; i++) rank[order[i]!] = i;
    const m = this.edgeA.length;
    const upStart = new Uint32Array(n + 1);
    for (let e = 0; e < m; e++) {
      const a = this.edgeA[e]!;
      const b = this.edgeB[e]!;
      if (a !== b) upStart[(rank[a]! < rank[b]! ? a : b) + 1]!++;
    }
    for (let v = 0; v < n; v++) upStart[v + 1]! += upStart[v]!;
    const fill = upStart.slice(0, n);
    const upNode = new Uint32Array(upStart[n]!);
    const upEdge = new Uint32Array(upStart[n]!);
    for (let e = 0; e < m; e++) {
      const a = this.edgeA[e]!;
      const b = this.edgeB[e]!;
      if (a === b) continue;
      const low = rank[a]! < rank[b]! ? a : b;
      upNode[fill[low]!] = low === a ? b : a;
      upEdge[fill[low]!++] = e;
    }
    return {
      rank,
      edgeCount: m,
      edgeA: Uint32Array.from(this.edgeA),
      edgeB: Uint32Array.from(this.edgeB),
      edgeKm: Float64Array.from(this.edgeKm),
      edgeMask: Uint32Array.from(this.edgeMask),
      childA: Int32Array.from(this.childA),
      childB: Int32Array.from(this.childB),
      upStart,
      upNode,
      upEdge,
    };
  }
}

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

/**
 * A witness search may settle this many nodes. Stopping early can only miss a witness (one more
 * shortcut than needed), never accept a false one.
 */
const WITNESS_SETTLE_LIMIT = 60;

/** Chooses a contraction order and its shortcuts (slow: run by scripts/build-network.ts). */
export function contractGraph(g: PlainGraph): CompiledHierarchy {
  const n = g.nodeCount;
  const state = new Contraction(g);
  const { adj, edgeKm, edgeMask } = state;
  const dist = new Float64Array(n);
  const stamp = new Uint32Array(n);
  let epoch = 0;
  const heap = new NodeHeap();
  /** Dijkstra from u over the remaining graph without v, on edges whose passages ⊆ allowed. */
  const witness = (u: number, v: number, allowed: number, limit: number): void => {
    epoch++;
    stamp[u] = epoch;
    dist[u] = 0;
    heap.clear();
    heap.push(0, u);
    for (let settled = 0; heap.size > 0 && settled < WITNESS_SETTLE_LIMIT;) {
      const d = heap.peekKey();
      const x = heap.pop();
      if (d > dist[x]!) continue;
      if (d > limit) break;
      settled++;
      for (const e of adj[x]!) {
        if (edgeMask[e]! & ~allowed) continue;
        const y = state.other(e, x);
        const dy = d + edgeKm[e]!;
        if (y !== v && (stamp[y] !== epoch || dy < dist[y]!)) {
          stamp[y] = epoch;
          dist[y] = dy;
          heap.push(dy, y);
        }
      }
    }
  };
  const hasWitness = (w: number, km: number) => stamp[w] === epoch && dist[w]! <= km;

  /** Pairs of positions in v's edge list that need a shortcut (into out, when given). */
  const shortcutsFor = (v: number, out: number[] | null): number => {
    const edges = adj[v]!;
    let count = 0;
    for (let i = 0; i < edges.length; i++) {
      const e1 = edges[i]!;
      const u = state.other(e1, v);
      let longest = 0;
      for (let j = i + 1; j < edges.length; j++) longest = Math.max(longest, edgeKm[edges[j]!]!);
      witness(u, v, edgeMask[e1]!, edgeKm[e1]! + longest);
      for (let j = i + 1; j < edges.length; j++) {
        const e2 = edges[j]!;
        const w = state.other(e2, v);
        if (w === u) continue;
        const km = edgeKm[e1]! + edgeKm[e2]!;
        if (hasWitness(w, km)) continue;
        const mask = edgeMask[e1]! | edgeMask[e2]!;
        if (mask !== edgeMask[e1]!) {
          // The search allowed only e1's passages; a witness may need e2's too (rare).
          witness(u, v, mask, km);
          const found = hasWitness(w, km);
          witness(u, v, edgeMask[e1]!, edgeKm[e1]! + longest);
          if (found) continue;
        }
        count++;
        out?.push(i, j);
      }
    }
    return count;
  };

  // Priority: edge difference, plus contracted neighbours (spreads contraction evenly).
  const contractedNeighbours = new Uint32Array(n);
  const priority = (v: number) =>
    2 * shortcutsFor(v, null) - adj[v]!.length + contractedNeighbours[v]!;
  const queue = new NodeHeap();
  for (let v = 0; v < n; v++) queue.push(priority(v), v);
  const done = new Uint8Array(n);
  const order: number[] = [];
  const shortcuts: number[] = [];
  const pairs: number[] = [];
  while (queue.size > 0) {
    const v = queue.pop();
    if (done[v]) continue;
    // Lazy update: re-queue v if its priority grew past the next candidate's.
    const p = priority(v);
    if (queue.size > 0 && p > queue.peekKey()) {
      queue.push(p, v);
      continue;
    }
    pairs.length = 0;
    const count = shortcutsFor(v, pairs);
    for (const e of adj[v]!) contractedNeighbours[state.other(e, v)]!++;
    state.contract(v, pairs, 0, count);
    done[v] = 1;
    order.push(v);
    shortcuts.push(count, ...pairs);
  }
  return { order, shortcuts };
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
