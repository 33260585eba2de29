/**
 * The contraction hierarchy: the shipped one is what the build computes from the shipped graph;
 * on small random graphs with random passage labels it answers every pair under every tested
 * mask exactly like Dijkstra (a hierarchy whose witnesses ignored passages would fail here);
 * malformed hierarchies are refused with a clear message.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { contractGraph } from '../../src/lib/routing/contract-build';
import type { CompiledHierarchy } from '../../src/lib/routing/graph-types';
import { createPathFinder, decodeHierarchy } from '../../src/lib/routing/hierarchy';
import { PASSAGE_IDS, decodeNetwork, type CompiledNetwork } from '../../src/lib/routing/index';
import { NETWORK_FORMAT, decodeGraph, type PlainGraph } from '../../src/lib/routing/network';
import { passageCode, type PassageId } from '../../src/lib/routing/passages';
import { NETWORK_PATH } from '../../scripts/lib/load-network';
import { random } from '../random';
import { distancesFrom } from './dijkstra';

const compiled = JSON.parse(readFileSync(NETWORK_PATH, 'utf8')) as CompiledNetwork;

/**
 * A connected random graph: a ring plus chords, some edges doubled (parallel edges, as the real
 * network's passages can give), some of zero length (like its ±180° joins), and about a third
 * labelled with one of three passages.
 */
function randomGraph(seed: number, n: number, chords: number): PlainGraph {
  const next = random(seed);
  const pairs: [number, number][] = [];
  for (let i = 0; i < n; i++) pairs.push([i, (i + 1) % n]);
  for (let i = 0; i < chords; i++) {
    const a = Math.floor(next() * n);
    const b = Math.floor(next() * n);
    if (a === b) continue;
    pairs.push([a, b]);
    if (next() < 0.15) pairs.push([b, a]);
  }
  pairs.sort((p, q) => Math.min(...p) - Math.min(...q));
  const edges: number[] = [];
  const lengthsM: number[] = [];
  const passages: Partial<Record<PassageId, number[]>> = {};
  let prev = 0;
  pairs.forEach(([p, q], e) => {
    const [a, b] = [Math.min(p, q), Math.max(p, q)];
    edges.push(a - prev, b - a);
    prev = a;
    // Lengths 1–100 km, or 0 for one edge in twenty.
    lengthsM.push(next() < 0.05 ? 0 : 1000 + Math.floor(next() * 99_000));
    const r = next();
    if (r < 0.33) (passages[PASSAGE_IDS[Math.floor(r * 9)]!] ??= []).push(e);
  });
  const nodes = Array.from({ length: 2 * n }, (_, i) => (i % 2 === 0 ? 1 : 0));
  return decodeGraph({
    format: NETWORK_FORMAT,
    source: 'test',
    licence: 'test',
    scale: 1,
    nodes,
    edges,
    lengthsM,
    passages,
    joins: [],
  });
}

const bit = (id: PassageId) => 1 << passageCode(id);
/** Every combination of the three passages the random graphs use. */
const LABELS = [bit('suez'), bit('panama'), bit('malacca')];
const MASKS = Array.from({ length: 8 }, (_, k) =>
  LABELS.reduce((mask, b, i) => ((k >> i) & 1 ? mask | b : mask), 0),
);

describe('contraction hierarchy', () => {
  it('has a mask bit for every passage (masks are 32-bit integers; bit 0 means none)', () => {
    expect(PASSAGE_IDS.length).toBeLessThanOrEqual(30);
  });

  it('is the one the build computes from the shipped graph', () => {
    const { hierarchy, ...graph } = compiled;
    expect(contractGraph(decodeGraph(graph))).toEqual(hierarchy);
  });

  it('adds shortcuts but keeps every graph edge, each stored once at its lower-ranked end', () => {
    const g = decodeNetwork(compiled);
    const h = g.hierarchy;
    expect(h.edgeCount).toBeGreaterThan(g.edgeCount);
    expect(h.upNode.length).toBe(h.edgeCount);
    for (let v = 0; v < g.nodeCount; v += 13) {
      for (let k = h.upStart[v]!; k < h.upStart[v + 1]!; k++) {
        expect(h.rank[h.upNode[k]!]).toBeGreaterThan(h.rank[v]!);
      }
    }
  });

  for (const seed of [1, 2, 3, 4, 5, 6]) {
    it(`equals Dijkstra on every pair of a random labelled graph (seed ${seed})`, () => {
      const g = randomGraph(seed, 40, 50);
      const h = decodeHierarchy(g, contractGraph(g));
      const finder = createPathFinder(g, h);
      const dist = new Float64Array(g.nodeCount);
      let restricted = 0;
      for (const mask of MASKS) {
        for (let s = 0; s < g.nodeCount; s++) {
          distancesFrom(g, s, mask, dist);
          for (let t = 0; t < g.nodeCount; t++) {
            const path = finder.find(s, t, mask);
            if (dist[t] === Infinity) {
              expect(path).toBeNull();
              continue;
            }
            expect(path?.km).toBeCloseTo(dist[t]!, 9);
            let sum = 0;
            path!.edges.forEach((e) => {
              const code = g.edgePassage[e]!;
              expect(code !== 0 && ((mask >>> code) & 1) === 1).toBe(false);
              sum += g.edgeKm[e]!;
            });
            expect(sum).toBeCloseTo(dist[t]!, 9);
            if (mask) restricted++;
          }
        }
      }
      expect(restricted).toBeGreaterThan(5000);
    });
  }

  it('refuses a malformed hierarchy with a clear message', () => {
    const g = randomGraph(1, 10, 5);
    const good = contractGraph(g);
    const bad = (h: Partial<CompiledHierarchy>) => () => decodeHierarchy(g, { ...good, ...h });
    expect(bad({ order: good.order.slice(1) })).toThrow(/order length/);
    expect(bad({ order: [good.order[0]!, ...good.order.slice(0, -1)] })).toThrow(/permutation/);
    expect(bad({ order: [0.5, ...good.order.slice(1)] })).toThrow(/permutation/);
    expect(bad({ shortcuts: [...good.shortcuts, 0] })).toThrow(/shortcut list length/);
    expect(bad({ shortcuts: [1, 0, 99, ...good.shortcuts.slice(1)] })).toThrow(/shortcut pair/);
    const noHierarchy = { ...compiled, hierarchy: undefined } as unknown as CompiledNetwork;
    expect(() => decodeNetwork(noHierarchy)).toThrow(/missing hierarchy/);
  });
});
