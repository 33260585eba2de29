/**
 * Forced passages: the shortest walk from a source node to a target node that passes each given
 * passage, in whichever order and direction is shorter.
 *
 * "Passing" a passage means: enter one of its labelled stretches (a connected run of its edges)
 * at an entry and leave it at a different exit, along its own edges. Entries and exits are the
 * stretch's ends — its nodes that also touch an edge outside the passage — plus the source (as
 * an entry) or the target (as an exit) when they lie on the stretch. So a route through Suez
 * sails the canal from one end to the other, never in and back out of the same end; and a plain
 * shortest route that already uses the passage is returned unchanged.
 *
 * For one order of passages P₁…P_k the walk is source ⇝ entry₁ → exit₁ ⇝ entry₂ → … ⇝ target,
 * where ⇝ is a shortest path under the query's mask (contraction-hierarchy queries) and → the
 * shortest way along the stretch (a small Dijkstra over its own edges). A stretch has at most a
 * few ends (2–8 in the shipped network), so this is a handful of hierarchy queries per order;
 * every order of the (at most MAX_THROUGH, voyage-limits.ts) passages is tried. Exact for this definition: tested
 * against plain Dijkstra in tests/routing/through.test.ts.
 */
import { otherEnd } from './contraction';
import type { PlainGraph } from './graph-types';
import type { PathFinder, PathResult } from './hierarchy';
import { passageCode, type PassageId } from './passages';

interface Stretch {
  nodes: Set<number>;
  /** Nodes of the stretch that also touch an edge outside the passage. */
  ends: number[];
}

/** A walk built from pieces, with a back-pointer to the walk it extends. */
interface Walk {
  km: number;
  piece: PathResult | null;
  before: Walk | null;
}

export interface ThroughFinder {
  /** Shortest walk from source to target passing every passage of `through`, or null. */
  find(
    source: number,
    target: number,
    through: readonly PassageId[],
    mask: number,
  ): PathResult | null;
}

/** Every ordering of a short list. */
export function orderings<T>(items: readonly T[]): T[][] {
  if (items.length <= 1) return [[...items]];
  return items.flatMap((item, i) =>
    orderings([...items.slice(0, i), ...items.slice(i + 1)]).map((rest) => [item, ...rest]),
  );
}

/** Builds the finder over a graph and its hierarchy's path finder. */
export function createThroughFinder(g: PlainGraph, finder: PathFinder): ThroughFinder {
  const stretchCache = new Map<PassageId, Stretch[]>();

  /** The passage's stretches: connected components of its labelled edges. */
  const stretches = (id: PassageId): Stretch[] => {
    const cached = stretchCache.get(id);
    if (cached) return cached;
    const code = passageCode(id);
    const seen = new Set<number>();
    const found: Stretch[] = [];
    for (let e = 0; e < g.edgeCount; e++) {
      if (g.edgePassage[e] !== code || seen.has(g.edgeA[e]!)) continue;
      const nodes = new Set<number>([g.edgeA[e]!]);
      const stack = [g.edgeA[e]!];
      while (stack.length > 0) {
        const u = stack.pop()!;
        for (let k = g.adjStart[u]!; k < g.adjStart[u + 1]!; k++) {
          const v = g.adjNode[k]!;
          if (g.edgePassage[g.adjEdge[k]!] === code && !nodes.has(v)) {
            nodes.add(v);
            stack.push(v);
          }
        }
      }
      for (const n of nodes) seen.add(n);
      const ends = [...nodes].filter((n) => {
        for (let k = g.adjStart[n]!; k < g.adjStart[n + 1]!; k++) {
          if (g.edgePassage[g.adjEdge[k]!] !== code) return true;
        }
        return false;
      });
      found.push({ nodes, ends });
    }
    stretchCache.set(id, found);
    return found;
  };

  /** Shortest paths from `from` along the passage's own edges (a stretch has a few dozen nodes). */
  const along = (from: number, code: number): Map<number, PathResult> => {
    const best = new Map<number, PathResult>([[from, { nodes: [from], edges: [], km: 0 }]]);
    const done = new Set<number>();
    for (;;) {
      let u = -1;
      for (const [n, p] of best) if (!done.has(n) && (u < 0 || p.km < best.get(u)!.km)) u = n;
      if (u < 0) return best;
      done.add(u);
      const pu = best.get(u)!;
      for (let k = g.adjStart[u]!; k < g.adjStart[u + 1]!; k++) {
        const e = g.adjEdge[k]!;
        if (g.edgePassage[e] !== code) continue;
        const v = otherEnd(g, e, u);
        const km = pu.km + g.edgeKm[e]!;
        if (!best.has(v) || km < best.get(v)!.km) {
          best.set(v, { nodes: [...pu.nodes, v], edges: [...pu.edges, e], km });
        }
      }
    }
  };

  const join = (walk: Walk): PathResult => {
    const pieces: PathResult[] = [];
    for (let w: Walk | null = walk; w; w = w.before) if (w.piece) pieces.unshift(w.piece);
    const nodes: number[] = [];
    const edges: number[] = [];
    for (const p of pieces) {
      // Each piece starts where the previous one ended.
      nodes.push(...(nodes.length === 0 ? p.nodes : p.nodes.slice(1)));
      edges.push(...p.edges);
    }
    return { nodes, edges, km: walk.km };
  };

  return {
    find(source, target, through, mask) {
      // A passage the mask closes cannot be passed (its own edges are walked without the mask).
      if (through.some((id) => (mask >>> passageCode(id)) & 1)) return null;
      const memo = new Map<string, PathResult | null>();
      const between = (a: number, b: number) => {
        const key = `${a},${b}`;
        if (!memo.has(key)) memo.set(key, finder.find(a, b, mask));
        return memo.get(key)!;
      };
      /** The best walks ending at each node of `targets`, extending any walk of `from`. */
      const reach = (from: Map<number, Walk>, targets: Iterable<number>): Map<number, Walk> => {
        const out = new Map<number, Walk>();
        for (const t of targets) {
          for (const [x, walk] of from) {
            const p = between(x, t);
            if (p && (!out.has(t) || walk.km + p.km < out.get(t)!.km)) {
              out.set(t, { km: walk.km + p.km, piece: p, before: walk });
            }
          }
        }
        return out;
      };
      let best: Walk | null = null;
      for (const order of orderings(through)) {
        let at = new Map<number, Walk>([[source, { km: 0, piece: null, before: null }]]);
        for (const id of order) {
          const next = new Map<number, Walk>();
          for (const s of stretches(id)) {
            const entries = new Set([...s.ends, ...[...at.keys()].filter((n) => s.nodes.has(n))]);
            const exits = new Set([...s.ends, ...(s.nodes.has(target) ? [target] : [])]);
            for (const [u, walk] of reach(at, entries)) {
              for (const [v, inside] of along(u, passageCode(id))) {
                if (v === u || !exits.has(v)) continue;
                const km = walk.km + inside.km;
                if (!next.has(v) || km < next.get(v)!.km) {
                  next.set(v, { km, piece: inside, before: walk });
                }
              }
            }
          }
          at = next;
        }
        const done = reach(at, [target]).get(target);
        if (done && (!best || done.km < best.km)) best = done;
      }
      return best ? join(best) : null;
    },
  };
}
