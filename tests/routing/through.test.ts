/**
 * Forced passages (src/lib/routing/through.ts) against a reference built on plain Dijkstra: on
 * random node pairs of the real network, for one passage and for two (in either order), the
 * hierarchy-based search returns the same length, a real walk of that length over open edges,
 * and a walk that sails the passage from one end of a stretch to another. A plain shortest route
 * that already uses the passage is returned unchanged.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createPathFinder } from '../../src/lib/routing/hierarchy';
import { decodeNetwork } from '../../src/lib/routing/index';
import { passageCode, type PassageId } from '../../src/lib/routing/passages';
import { createThroughFinder, orderings } from '../../src/lib/routing/through';
import { closedMask } from '../../src/lib/routing/voyage';
import { NETWORK_PATH } from '../../scripts/lib/load-network';
import { lcg } from '../random';
import { distancesFrom } from './dijkstra';

const g = decodeNetwork(JSON.parse(readFileSync(NETWORK_PATH, 'utf8')));
const finder = createPathFinder(g.hierarchy);
const through = createThroughFinder(g, finder);

/** Distances from a node under a mask, by plain Dijkstra, cached. */
const cache = new Map<string, Float64Array>();
function dist(from: number, mask: number): Float64Array {
  const key = `${from}:${mask}`;
  let d = cache.get(key);
  if (!d) {
    d = new Float64Array(g.nodeCount);
    distancesFrom(g, from, mask, d);
    cache.set(key, d);
  }
  return d;
}

/** The passage's stretches, found by walking its labelled edges (independently of through.ts). */
function stretchesOf(id: PassageId): { nodes: Set<number>; ends: number[] }[] {
  const code = passageCode(id);
  const labelled = (e: number) => g.edgePassage[e] === code;
  const left = new Set<number>();
  for (let e = 0; e < g.edgeCount; e++) {
    if (labelled(e)) left.add(g.edgeA[e]!).add(g.edgeB[e]!);
  }
  const out: { nodes: Set<number>; ends: number[] }[] = [];
  for (const start of left) {
    if (out.some((s) => s.nodes.has(start))) continue;
    const nodes = new Set([start]);
    for (let changed = true; changed;) {
      changed = false;
      for (let e = 0; e < g.edgeCount; e++) {
        if (!labelled(e)) continue;
        const [a, b] = [g.edgeA[e]!, g.edgeB[e]!];
        if (nodes.has(a) !== nodes.has(b)) {
          nodes.add(a).add(b);
          changed = true;
        }
      }
    }
    const ends = [...nodes].filter((n) => {
      for (let k = g.adjStart[n]!; k < g.adjStart[n + 1]!; k++) {
        if (!labelled(g.adjEdge[k]!)) return true;
      }
      return false;
    });
    out.push({ nodes, ends });
  }
  return out;
}

/** Shortest lengths along the passage's own edges from `u` (plain Dijkstra with every other passage and every unlabelled edge closed). */
function along(u: number, id: PassageId): Float64Array {
  // Close every label but this one, and unlabelled edges too: mask bit 0 is never tested, so
  // walk the labelled edges by hand instead.
  const code = passageCode(id);
  const d = new Float64Array(g.nodeCount).fill(Infinity);
  d[u] = 0;
  const todo = new Set([u]);
  while (todo.size > 0) {
    const x = [...todo].reduce((a, b) => (d[a]! <= d[b]! ? a : b));
    todo.delete(x);
    for (let k = g.adjStart[x]!; k < g.adjStart[x + 1]!; k++) {
      const e = g.adjEdge[k]!;
      if (g.edgePassage[e] !== code) continue;
      const y = g.adjNode[k]!;
      if (d[x]! + g.edgeKm[e]! < d[y]!) {
        d[y] = d[x]! + g.edgeKm[e]!;
        todo.add(y);
      }
    }
  }
  return d;
}

/** The reference length: every order, every stretch, entry and exit, with Dijkstra distances. */
function reference(s: number, t: number, forced: PassageId[], mask: number): number {
  let best = Infinity;
  for (const order of orderings(forced)) {
    let at = new Map<number, number>([[s, 0]]);
    for (const id of order) {
      const next = new Map<number, number>();
      for (const { nodes, ends } of stretchesOf(id)) {
        const entries = new Set([...ends, ...[...at.keys()].filter((n) => nodes.has(n))]);
        const exits = new Set([...ends, ...(nodes.has(t) ? [t] : [])]);
        for (const u of entries) {
          let reach = Infinity;
          for (const [x, km] of at) reach = Math.min(reach, km + dist(x, mask)[u]!);
          const inside = along(u, id);
          for (const v of exits) {
            if (v === u || inside[v] === Infinity) continue;
            next.set(v, Math.min(next.get(v) ?? Infinity, reach + inside[v]!));
          }
        }
      }
      at = next;
    }
    for (const [v, km] of at) best = Math.min(best, km + dist(v, mask)[t]!);
  }
  return best;
}

/** Checks a walk: consecutive graph edges over open passages, its km their sum. */
function checkWalk(
  p: { nodes: number[]; edges: number[]; km: number },
  s: number,
  t: number,
  mask: number,
) {
  expect(p.nodes[0]).toBe(s);
  expect(p.nodes[p.nodes.length - 1]).toBe(t);
  expect(p.edges.length).toBe(p.nodes.length - 1);
  let sum = 0;
  p.edges.forEach((e, i) => {
    expect([g.edgeA[e], g.edgeB[e]].sort()).toEqual([p.nodes[i], p.nodes[i + 1]].sort());
    const code = g.edgePassage[e]!;
    expect(code !== 0 && (mask >>> code) & 1).toBeFalsy();
    sum += g.edgeKm[e]!;
  });
  expect(sum).toBeCloseTo(p.km, 6);
}

const randomNodes = (count: number, seed: number) => {
  const next = lcg(seed);
  return Array.from({ length: count }, () => next() % g.nodeCount);
};

const CASES: { name: string; forced: PassageId[]; open?: PassageId[]; avoid?: PassageId[] }[] = [
  { name: 'suez', forced: ['suez'] },
  { name: 'panama', forced: ['panama'] },
  { name: 'northeast (closed by default)', forced: ['northeast'], open: ['northeast'] },
  { name: 'sunda (two stretches)', forced: ['sunda'] },
  { name: 'dover (eight ends)', forced: ['dover'] },
  { name: 'suez and panama', forced: ['suez', 'panama'] },
  { name: 'malacca and lombok, suez avoided', forced: ['malacca', 'lombok'], avoid: ['suez'] },
];

describe('forced passages', () => {
  CASES.forEach(({ name, forced, open = [], avoid = [] }, q) => {
    it(`equal the Dijkstra reference on 12 random pairs (${name})`, () => {
      const mask = closedMask({ open, avoid });
      const sources = randomNodes(12, 31 + q);
      const targets = randomNodes(12, 77 + q);
      let found = 0;
      sources.forEach((s, i) => {
        const t = targets[i]!;
        const want = reference(s, t, forced, mask);
        const got = through.find(s, t, forced, mask);
        if (want === Infinity) {
          expect(got).toBeNull();
          return;
        }
        found++;
        expect(got).not.toBeNull();
        expect(got!.km).toBeCloseTo(want, 6);
        checkWalk(got!, s, t, mask);
        for (const id of forced) {
          expect(got!.edges.some((e) => g.edgePassage[e] === passageCode(id))).toBe(true);
        }
        // Never shorter than the plain shortest route.
        expect(got!.km).toBeGreaterThanOrEqual(dist(s, mask)[t]! - 1e-9);
      });
      expect(found).toBeGreaterThan(8);
    });
  });

  it('start or end inside a stretch and leave it at either end', () => {
    for (const id of ['suez', 'magellan', 'northeast'] as const) {
      const mask = closedMask({ open: [id] });
      const [stretch] = stretchesOf(id);
      const inner = [...stretch!.nodes].filter((n) => !stretch!.ends.includes(n));
      expect(inner.length).toBeGreaterThan(0);
      const [elsewhere] = randomNodes(1, inner.length);
      for (const [s, t] of [
        [inner[0]!, elsewhere!],
        [elsewhere!, inner[inner.length - 1]!],
        [inner[0]!, inner[inner.length - 1]!],
      ] as const) {
        const got = through.find(s, t, [id], mask);
        expect(got?.km).toBeCloseTo(reference(s, t, [id], mask), 6);
        checkWalk(got!, s, t, mask);
      }
    }
  });

  it('return the plain shortest route when it already uses the passage', () => {
    const mask = closedMask();
    let checked = 0;
    for (const s of randomNodes(40, 5)) {
      for (const t of randomNodes(3, s)) {
        const plain = finder.find(s, t, mask);
        const code = passageCode('malacca');
        if (!plain || !plain.edges.some((e) => g.edgePassage[e] === code)) continue;
        checked++;
        expect(through.find(s, t, ['malacca'], mask)!.km).toBeCloseTo(plain.km, 9);
      }
    }
    expect(checked).toBeGreaterThan(5);
  });

  it('sail a canal from one end to the other, never in and back out of the same end', () => {
    const [suez] = stretchesOf('suez');
    expect(suez!.ends).toHaveLength(2);
    const [a, b] = suez!.ends as [number, number];
    // From one end back to itself: through the canal and back, twice its length.
    const there = along(a, 'suez')[b]!;
    const p = through.find(a, a, ['suez'], closedMask())!;
    expect(p.km).toBeCloseTo(there + dist(b, closedMask())[a]!, 6);
    expect(p.nodes).toContain(b);
  });

  it('find no walk through a passage the mask closes', () => {
    const mask = closedMask({ avoid: ['suez'] });
    const [s, t] = randomNodes(2, 9) as [number, number];
    expect(through.find(s, t, ['suez'], mask)).toBeNull();
  });

  it('try every order of up to three passages', () => {
    expect(orderings(['a', 'b', 'c'])).toHaveLength(6);
    expect(new Set(orderings(['a', 'b', 'c']).map((o) => o.join()))).toHaveProperty('size', 6);
    expect(orderings([])).toEqual([[]]);
  });
});
