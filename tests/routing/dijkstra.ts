/**
 * Plain Dijkstra over the graph's own edges: the reference the hierarchy search is tested
 * against (simple enough to be obviously right).
 */
import { NodeHeap } from '../../src/lib/routing/heap';
import type { PlainGraph } from '../../src/lib/routing/network';

/** Shortest distances in km from `source` to every node under a passage bitmask, into `out`. */
export function distancesFrom(g: PlainGraph, source: number, mask: number, out: Float64Array) {
  out.fill(Infinity);
  out[source] = 0;
  const heap = new NodeHeap();
  heap.push(0, source);
  while (heap.size > 0) {
    const key = heap.peekKey();
    const u = heap.pop();
    if (key > out[u]!) continue;
    for (let k = g.adjStart[u]!, end = g.adjStart[u + 1]!; k < end; k++) {
      const e = g.adjEdge[k]!;
      const code = g.edgePassage[e]!;
      if (code !== 0 && (mask >>> code) & 1) continue;
      const v = g.adjNode[k]!;
      const dv = key + g.edgeKm[e]!;
      if (dv < out[v]!) {
        out[v] = dv;
        heap.push(dv, v);
      }
    }
  }
}
