/**
 * The contraction-hierarchy search against plain Dijkstra on random node pairs, under the
 * default closures, avoided passages and opened ones: the lengths must be equal and every
 * returned path must be a real walk over open edges of that length.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createPathFinder } from '../../src/lib/routing/hierarchy';
import { closedMask, decodeNetwork, type RouteOptions } from '../../src/lib/routing/index';
import { NETWORK_PATH } from '../../scripts/lib/load-network';
import { lcg } from '../random';
import { distancesFrom } from './dijkstra';

const g = decodeNetwork(JSON.parse(readFileSync(NETWORK_PATH, 'utf8')));
const finder = createPathFinder(g.hierarchy);

const QUERIES: Record<string, RouteOptions> = {
  default: {},
  'avoid suez + malacca': { avoid: ['suez', 'malacca'] },
  'avoid panama + gibraltar + bering': { avoid: ['panama', 'gibraltar', 'bering'] },
  'open northeast + northwest': { open: ['northeast', 'northwest'] },
  'open kiel, avoid dover': { open: ['kiel'], avoid: ['dover'] },
};

/** Deterministic pseudo-random node ids, so failures reproduce. */
function randomNodes(count: number, seed: number): number[] {
  const next = lcg(seed);
  return Array.from({ length: count }, () => next() % g.nodeCount);
}

/** Checks the path walks open edges from source to target and sums to its reported length. */
function checkPath(s: number, t: number, mask: number, expected: number) {
  const p = finder.find(s, t, mask);
  if (expected === Infinity) {
    expect(p).toBeNull();
    return;
  }
  expect(p).not.toBeNull();
  const { nodes, edges, km } = p!;
  expect(km).toBeCloseTo(expected, 6);
  expect(nodes[0]).toBe(s);
  expect(nodes[nodes.length - 1]).toBe(t);
  expect(edges.length).toBe(nodes.length - 1);
  let sum = 0;
  edges.forEach((e, i) => {
    const [a, b] = [nodes[i]!, nodes[i + 1]!];
    expect([g.edgeA[e], g.edgeB[e]].sort()).toEqual([a, b].sort());
    const code = g.edgePassage[e]!;
    expect(code !== 0 && (mask >>> code) & 1).toBeFalsy();
    sum += g.edgeKm[e]!;
  });
  expect(sum).toBeCloseTo(expected, 6);
}

describe('contraction-hierarchy search', () => {
  const dist = new Float64Array(g.nodeCount);
  Object.entries(QUERIES).forEach(([name, options], q) => {
    it(`equals Dijkstra on 250 random pairs (${name})`, () => {
      const mask = closedMask(options);
      const sources = randomNodes(50, 7 + q);
      const targets = randomNodes(250, 1000 + q);
      let reachable = 0;
      sources.forEach((s, i) => {
        distancesFrom(g, s, mask, dist);
        for (const t of targets.slice(i * 5, i * 5 + 5)) {
          if (dist[t]! < Infinity) reachable++;
          checkPath(s, t, mask, dist[t]!);
        }
      });
      // The comparison must mostly be between connected nodes to mean anything.
      expect(reachable).toBeGreaterThan(200);
    });
  });

  it('returns the one-node path when source and target coincide', () => {
    expect(finder.find(42, 42, closedMask())).toEqual({ nodes: [42], edges: [], km: 0 });
  });
});
