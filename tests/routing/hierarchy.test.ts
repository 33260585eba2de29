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
import { decodeGraph } from '../../src/lib/routing/network';
import { NETWORK_PATH } from '../../scripts/lib/load-network';
import { distancesFrom } from './dijkstra';
import { MASKS, randomGraph } from './random-graph';

const compiled = JSON.parse(readFileSync(NETWORK_PATH, 'utf8')) as CompiledNetwork;

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
      const finder = createPathFinder(h);
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
