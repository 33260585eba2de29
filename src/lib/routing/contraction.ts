/**
 * The contraction step shared by the data build (contract-build.ts, which chooses the order) and
 * the app's load (hierarchy.ts, which replays the stored order): the graph while it is contracted,
 * and the finished hierarchy's arrays.
 */
import type { Hierarchy, PlainGraph } from './graph-types';

/** The end of edge e that is not v (graph edges and shortcuts alike). */
export function otherEnd(
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
export class Contraction {
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
