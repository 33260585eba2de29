/**
 * Many-to-many shortest distances on the contraction hierarchy with buckets (Knopp, Sanders,
 * Schultes, Schulz, Wagner: "Computing Many-to-Many Shortest Paths Using Highway Hierarchies",
 * read at https://docplayer.net/amp/16146015-Computing-many-to-many-shortest-paths-using-highway-hierarchies.html;
 * the same scheme on contraction hierarchies).
 *
 * Every shortest path in the hierarchy climbs from the source to a top node, then descends to the
 * target. So, once per table, an upward search from every target leaves an entry (target,
 * distance) in a bucket at each node it settles; then, per source, one upward search scans the
 * buckets of the nodes it settles: a bucket entry is a meeting, and each target's best meeting is
 * its distance. The network is undirected, so a target's backward search is an upward search like
 * the point query's. Here the searches settle about 50 nodes each, so a cell costs about ten
 * bucket entries, well under a one-to-all sweep of the hierarchy per source (PHAST) unless nearly
 * every node is a port.
 *
 * Passage masks are honoured exactly as the point query honours them: both use the same upward
 * search (upward-search.ts) under the same closed mask, stall-on-demand included (a stalled node
 * has a shorter way up, so no shortest path meets there; it gets no entry and scans none).
 *
 * Each search node and each bucket entry carries the union of the passage bits of its path, so a
 * search-tree branch without a passage is never unpacked. A cell's passages, in order, come from
 * unpacking the shortcuts of its path that carry one, each branch once per table (entries) or per
 * row (the source's side), kept as each passage once in first-crossing order, so most cells reuse
 * a list as it is. An additive per-edge quantity (km inside Emission Control Areas, issue #32)
 * is summed over a cell's path edges (pathEdges): a per-CH-edge array, a shortcut's value its two
 * children's, so the path is walked as the search left it, never unpacked.
 */
import { otherEnd } from './contraction';
import type { Hierarchy } from './graph-types';
import { unpackEdge } from './hierarchy';
import { UpwardSearch } from './upward-search';

export interface ManyToMany {
  /** Network km from node `source` to every target, into out[j] (Infinity where none). */
  distancesFrom(source: number, out: Float64Array): void;
  /** The passage codes of the last distancesFrom's path to target j, each once, in the order the
   * path first crosses them ([] where none). Shared: do not modify. */
  pathPassageCodes(j: number): readonly number[];
  /** Calls `visit` with each CH edge (graph edge or shortcut) of the last distancesFrom's path
   * to target j, from the source up to the meeting node, then down to the target (none where
   * there is no route). */
  pathEdges(j: number, visit: (edge: number) => void): void;
}

/** The targets' upward searches, as bucket entries grouped by node. */
interface Buckets {
  /** Entries at node v: start[v] … start[v + 1] − 1. */
  start: Uint32Array;
  /** Per entry (grouped by node): its target (distinct node index) and distance. */
  target: Int32Array;
  dist: Float64Array;
  /** Per entry (grouped by node): its index in search order, for the fields below. */
  order: Int32Array;
  /** Per entry in search order: its node, the edge towards its target, that edge's other end's
   * entry (−1 at the target), and the passage bits of the path to the target. */
  node: number[];
  edge: number[];
  parent: number[];
  mask: number[];
}

/** Runs the upward search from each distinct target and files its settled nodes in buckets. */
function fillBuckets(
  h: Hierarchy,
  search: UpwardSearch,
  targets: readonly number[],
  closedMask: number,
): Buckets {
  const n = h.rank.length;
  const node: number[] = [];
  const target: number[] = [];
  const dist: number[] = [];
  const edge: number[] = [];
  const parent: number[] = [];
  const mask: number[] = [];
  // The current search's entry at each node it has expanded (a node's parent always has one).
  const entryAt = new Int32Array(n);
  targets.forEach((t, j) => {
    search.start(t);
    while (search.queued) {
      const u = search.pop();
      if (u < 0 || !search.expand(u, closedMask)) continue;
      const e = search.prevEdge[u]!;
      const up = e < 0 ? -1 : entryAt[otherEnd(h, e, u)]!;
      entryAt[u] = node.length;
      node.push(u);
      target.push(j);
      dist.push(search.dist[u]!);
      edge.push(e);
      parent.push(up);
      mask.push(up < 0 ? 0 : mask[up]! | h.edgeMask[e]!);
    }
  });
  // Group by node (a counting sort), so a source's scan of one node reads one run of memory.
  const start = new Uint32Array(n + 1);
  for (const v of node) start[v + 1]!++;
  for (let v = 0; v < n; v++) start[v + 1]! += start[v]!;
  const fill = start.slice(0, n);
  const order = new Int32Array(node.length);
  for (let x = 0; x < node.length; x++) order[fill[node[x]!]!++] = x;
  return {
    start,
    target: Int32Array.from(order, (x) => target[x]!),
    dist: Float64Array.from(order, (x) => dist[x]!),
    order,
    node,
    edge,
    parent,
    mask,
  };
}

const NONE: readonly number[] = [];

/**
 * The codes of path a, then those of path b that a lacks, each once, in the order first crossed:
 * what passagesInOrder keeps of a ++ b (it lists each passage once, where first crossed), so the
 * memos below stay short. Returns `a` itself when b adds nothing.
 */
function joinCodes(a: readonly number[], b: readonly number[]): readonly number[] {
  let out: number[] | null = null;
  for (const c of b) {
    if (!(out ?? a).includes(c)) (out ??= [...a]).push(c);
  }
  return out ?? a;
}

/** The passage codes along CH edge e walked from node `from`, unpacking only what carries one. */
function edgeCodes(h: Hierarchy, e: number, from: number): number[] {
  const codes: number[] = [];
  unpackEdge(
    h,
    e,
    from,
    (graphEdge) => codes.push(31 - Math.clz32(h.edgeMask[graphEdge]!)),
    (edge) => h.edgeMask[edge] !== 0,
  );
  return codes;
}

/** Prepares a table's searches towards `targets` (network nodes) under one closed-passage mask. */
export function createManyToMany(
  h: Hierarchy,
  targets: readonly number[],
  closedMask: number,
): ManyToMany {
  const search = new UpwardSearch(h);
  // Ports that join the network at the same node share one search.
  const distinct = [...new Set(targets)];
  const index = new Map(distinct.map((t, i) => [t, i]));
  const column = Int32Array.from(targets, (t) => index.get(t)!);
  const b = fillBuckets(h, search, distinct, closedMask);

  // For the current source, per distinct target: the best distance and the entry it met.
  const best = new Float64Array(distinct.length);
  const meet = new Int32Array(distinct.length);
  // Path passage bits in the source's upward search, by node (written as each node settles).
  const upMask = new Uint32Array(h.rank.length);

  // Passage codes in path order, each path's found once and reused: from the current source up
  // to a node (valid where upRow matches the row), and from an entry down to its target.
  const upMemo: (readonly number[])[] = [];
  const upRow = new Uint32Array(h.rank.length);
  let row = 0;
  const downMemo: (readonly number[])[] = [];
  const upCodes = (v: number): readonly number[] => {
    if (upMask[v] === 0) return NONE;
    if (upRow[v] !== row) {
      const e = search.prevEdge[v]!;
      const from = otherEnd(h, e, v);
      upMemo[v] = joinCodes(upCodes(from), edgeCodes(h, e, from));
      upRow[v] = row;
    }
    return upMemo[v]!;
  };
  const downCodes = (x: number): readonly number[] => {
    if (b.mask[x] === 0) return NONE;
    let codes = downMemo[x];
    if (!codes) {
      const first = joinCodes(NONE, edgeCodes(h, b.edge[x]!, b.node[x]!));
      downMemo[x] = codes = joinCodes(first, downCodes(b.parent[x]!));
    }
    return codes;
  };

  return {
    distancesFrom(source, out) {
      row++;
      best.fill(Infinity);
      search.start(source);
      while (search.queued) {
        const u = search.pop();
        if (u < 0) continue;
        const e = search.prevEdge[u]!;
        upMask[u] = e < 0 ? 0 : upMask[otherEnd(h, e, u)]! | h.edgeMask[e]!;
        if (!search.expand(u, closedMask)) continue;
        const du = search.dist[u]!;
        for (let k = b.start[u]!, end = b.start[u + 1]!; k < end; k++) {
          const j = b.target[k]!;
          const d = du + b.dist[k]!;
          if (d < best[j]!) {
            best[j] = d;
            meet[j] = k;
          }
        }
      }
      for (let j = 0; j < column.length; j++) out[j] = best[column[j]!]!;
    },

    pathPassageCodes(j) {
      const c = column[j]!;
      if (!(best[c]! < Infinity)) return NONE;
      const x = b.order[meet[c]!]!;
      return joinCodes(upCodes(b.node[x]!), downCodes(x));
    },

    pathEdges(j, visit) {
      const c = column[j]!;
      if (!(best[c]! < Infinity)) return;
      const meeting = b.order[meet[c]!]!;
      for (let v = b.node[meeting]!, e = search.prevEdge[v]!; e >= 0; e = search.prevEdge[v]!) {
        visit(e);
        v = otherEnd(h, e, v);
      }
      for (let x = meeting; b.edge[x]! >= 0; x = b.parent[x]!) visit(b.edge[x]!);
    },
  };
}
