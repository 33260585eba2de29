/**
 * One upward Dijkstra search on the contraction hierarchy: it only climbs to nodes contracted
 * later, skips edges whose passage bit is closed, and stalls on demand. The point query runs two
 * of them against each other (hierarchy.ts); the distance table runs one per port
 * (many-to-many.ts). Both step it node by node, so the rule for honouring a passage mask lives
 * here once. Scratch arrays are reused between searches (an epoch stamp marks valid entries).
 */
import type { Hierarchy } from './graph-types';
import { NodeHeap } from './heap';

export class UpwardSearch {
  /** Distance from the source along upward edges (valid where reached). */
  readonly dist: Float64Array;
  /** The edge a node was reached by (−1 at the source; valid where reached). */
  readonly prevEdge: Int32Array;
  private readonly stamp: Uint32Array;
  private readonly heap = new NodeHeap();
  private epoch = 0;

  constructor(private readonly h: Hierarchy) {
    const n = h.rank.length;
    this.dist = new Float64Array(n);
    this.prevEdge = new Int32Array(n);
    this.stamp = new Uint32Array(n);
  }

  /** Starts a new search from `source`, forgetting the previous one. */
  start(source: number): void {
    this.epoch++;
    this.stamp[source] = this.epoch;
    this.dist[source] = 0;
    this.prevEdge[source] = -1;
    this.heap.clear();
    this.heap.push(0, source);
  }

  /** Whether the current search has reached node v. */
  reached(v: number): boolean {
    return this.stamp[v] === this.epoch;
  }

  /** Whether nodes are still queued. */
  get queued(): boolean {
    return this.heap.size > 0;
  }

  /** The smallest queued distance (call only while `queued`). */
  peekKey(): number {
    return this.heap.peekKey();
  }

  /** Removes the closest queued node; returns it, or −1 when the entry was stale (a shorter
   * path reached the node since it was queued). Its distance is then final for this search. */
  pop(): number {
    const du = this.heap.peekKey();
    const u = this.heap.pop();
    return du > this.dist[u]! ? -1 : u;
  }

  /**
   * Relaxes the open upward edges of u (just popped) unless u is stalled: if a higher node
   * reaches u by a shorter open path, u's distance is not final in this search, so its edges
   * need not be followed. Returns false when u was stalled.
   */
  expand(u: number, closedMask: number): boolean {
    const { upStart, upNode, upEdge, edgeKm, edgeMask } = this.h;
    const { dist, stamp, epoch } = this;
    const du = dist[u]!;
    const end = upStart[u + 1]!;
    for (let k = upStart[u]!; k < end; k++) {
      const v = upNode[k]!;
      const e = upEdge[k]!;
      if (stamp[v] === epoch && dist[v]! + edgeKm[e]! < du && !(edgeMask[e]! & closedMask)) {
        return false;
      }
    }
    for (let k = upStart[u]!; k < end; k++) {
      const e = upEdge[k]!;
      if (edgeMask[e]! & closedMask) continue;
      const v = upNode[k]!;
      const dv = du + edgeKm[e]!;
      if (stamp[v] !== epoch || dv < dist[v]!) {
        stamp[v] = epoch;
        dist[v] = dv;
        this.prevEdge[v] = e;
        this.heap.push(dv, v);
      }
    }
    return true;
  }
}
