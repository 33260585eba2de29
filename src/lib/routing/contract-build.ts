/**
 * Build time only (scripts/build-network.ts): chooses the contraction order with witness
 * searches, about a second for the whole network. The app never runs this; it replays the stored
 * result (hierarchy.ts, decodeHierarchy). See hierarchy.ts for how passages are kept exact.
 */
import { Contraction } from './contraction';
import type { CompiledHierarchy, PlainGraph } from './graph-types';
import { NodeHeap } from './heap';

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
