/**
 * The distance table (issue #29) against the router's own point queries: every cell of the 47
 * curated ports' table under several passage masks, 200 seeded random pairs of World Port Index
 * ports and sea points, symmetry; and the many-to-many search against Dijkstra on every pair of small random
 * labelled graphs under every mask.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createDistanceTable, type DistanceTable } from '../../src/lib/routing/distance-table';
import { decodeHierarchy } from '../../src/lib/routing/hierarchy';
import { contractGraph } from '../../src/lib/routing/contract-build';
import { parsePorts, type Endpoint, type RouteOptions } from '../../src/lib/routing/index';
import { createManyToMany } from '../../src/lib/routing/many-to-many';
import { PORTS_PATH, loadSeaRouter } from '../../scripts/lib/load-network';
import { random } from '../random';
import { distancesFrom } from './dijkstra';
import { LABELS, MASKS, randomGraph } from './random-graph';

// The command's router (every World Port Index port); the 47 curated ports by their ids.
const router = loadSeaRouter();
const ids = parsePorts(JSON.parse(readFileSync(PORTS_PATH, 'utf8'))).map((p) => p.id);

function table(ends: readonly Endpoint[], options: RouteOptions = {}): DistanceTable {
  const result = createDistanceTable(router, ends, options);
  if (!result.ok) throw new Error(result.error.message);
  return result.table;
}

/** Checks every cell of the table against findSeaRoute for the same pair and options. */
function expectCellsMatchRoutes(
  ends: readonly Endpoint[],
  pairs: readonly [number, number][],
  options: RouteOptions = {},
) {
  const t = table(ends, options);
  const rows = new Map<number, ReturnType<DistanceTable['row']>>();
  let routed = 0;
  for (const [i, j] of pairs) {
    if (!rows.has(i)) rows.set(i, t.row(i, true));
    const row = rows.get(i)!;
    const r = router.findSeaRoute(ends[i]!, ends[j]!, options);
    const label = `${JSON.stringify(ends[i])} → ${JSON.stringify(ends[j])}`;
    if (!r.ok) {
      expect(['no-route', 'too-far-from-sea'], label).toContain(r.error.code);
      expect(row.km[j], label).toBe(Infinity);
      expect(row.passages![j], label).toEqual([]);
      continue;
    }
    routed++;
    expect(Math.abs(row.km[j]! - r.route.km), label).toBeLessThan(0.05);
    expect(row.passages![j], label).toEqual(r.route.passages);
  }
  return routed;
}

const allPairs = (n: number) =>
  Array.from({ length: n * n }, (_, k): [number, number] => [Math.floor(k / n), k % n]);

describe('the distance table of the 47 curated ports', () => {
  it.each<[string, RouteOptions]>([
    ['default passages', {}],
    ['Suez and Malacca avoided', { avoid: ['suez', 'malacca'] }],
    ['the Northern Sea Route and Kiel opened', { open: ['northeast', 'kiel'] }],
  ])('equals the point query in every cell, km and passages (%s)', (_, options) => {
    expect(expectCellsMatchRoutes(ids, allPairs(ids.length), options)).toBe(ids.length ** 2);
  });

  it('honours the mask: no cell passes an avoided passage, an opened one is used', () => {
    const avoided = table(ids, { avoid: ['suez', 'malacca'] });
    const opened = table(ids, { open: ['northeast'] });
    let northeast = 0;
    ids.forEach((_, i) => {
      for (const p of avoided.row(i, true).passages!) {
        expect(p).not.toContain('suez');
        expect(p).not.toContain('malacca');
      }
      northeast += opened.row(i, true).passages!.filter((p) => p.includes('northeast')).length;
    });
    // Murmansk and Arkhangelsk to the Far East ports, among others.
    expect(northeast).toBeGreaterThan(10);
  });

  it('leaves pairs that every open way misses empty, as the router answers no-route', () => {
    // With Suez, Gibraltar and Panama closed the Mediterranean and Black Sea are cut off.
    const closed: RouteOptions = { avoid: ['suez', 'gibraltar', 'panama'] };
    const t = table(ids, closed);
    const from = ids.indexOf('novorossiysk');
    const row = t.row(from);
    expect(row.km[ids.indexOf('marseille')]).toBeLessThan(Infinity);
    expect(row.km[ids.indexOf('chennai')]).toBe(Infinity);
    expect(router.findSeaRoute('novorossiysk', 'chennai', closed)).toMatchObject({
      ok: false,
      error: { code: 'no-route' },
    });
  });

  it('is symmetric: each end is placed the same way whichever way the route runs', () => {
    // Snapping depends on the end and the mask only, and the network is undirected, so the only
    // difference is the order of the floating-point sums.
    const t = table(ids);
    const rows = ids.map((_, i) => t.row(i, true));
    let passages = 0;
    ids.forEach((_, i) =>
      ids.forEach((_, j) => {
        expect(Math.abs(rows[i]!.km[j]! - rows[j]!.km[i]!)).toBeLessThan(1e-9);
        expect(rows[j]!.passages![i]).toEqual([...rows[i]!.passages![j]!].reverse());
        passages += rows[i]!.passages![j]!.length;
      }),
    );
    expect(passages).toBeGreaterThan(1000);
  });

  it('gives 0 on the diagonal, and for two ends at the same place', () => {
    const t = table(['chennai', [80.3, 13.1], [80.3, 13.1]]);
    const row = t.row(1);
    expect([row.km[1], row.km[2]]).toEqual([0, 0]);
    expect(t.row(0).km[0]).toBe(0);
  });
});

describe('the distance table on random pairs', () => {
  it('equals the point query on 200 seeded random pairs of world ports and sea points', () => {
    const next = random(29);
    const g = router.graph;
    const ends: Endpoint[] = [];
    const world = router.ports;
    for (let k = 0; k < 20; k++) ends.push(world[Math.floor(next() * world.length)]!.id);
    // Points near network nodes (up to ~50 km off), and one in the Gobi, too far from the sea.
    for (let k = 0; k < 20; k++) {
      const v = Math.floor(next() * g.nodeCount);
      const lon = Math.max(-180, Math.min(180, g.lon[v]! + (next() - 0.5) * 0.8));
      const lat = Math.max(-90, Math.min(90, g.lat[v]! + (next() - 0.5) * 0.8));
      ends.push([lon, lat]);
    }
    ends.push([103, 42]);
    const pairs = Array.from({ length: 200 }, (): [number, number] => [
      Math.floor(next() * ends.length),
      Math.floor(next() * ends.length),
    ]);
    const routed = expectCellsMatchRoutes(ends, pairs);
    expect(routed).toBeGreaterThan(150);
    expect(table(ends).anchors.at(-1)).toMatchObject({ error: { code: 'too-far-from-sea' } });
  });

  it('leaves the row and column of a port no route reaches empty (Lake Superior)', () => {
    const t = table(['chennai', 'cahby']);
    expect(t.anchors[1]).toMatchObject({ ok: false, error: { code: 'no-route' } });
    expect([...t.row(0).km]).toEqual([0, Infinity]);
    expect([...t.row(1).km]).toEqual([Infinity, Infinity]);
    expect(router.findSeaRoute('chennai', 'cahby').ok).toBe(false);
  });

  it('refuses what the router refuses: an unknown port, an invalid passage option', () => {
    expect(createDistanceTable(router, ['chennai', 'atlantis'])).toMatchObject({
      ok: false,
      error: { code: 'unknown-port' },
    });
    expect(
      createDistanceTable(router, ['chennai'], { avoid: ['suez'], open: ['suez'] }),
    ).toMatchObject({ ok: false, error: { code: 'invalid-option' } });
  });
});

describe('many-to-many search', () => {
  for (const seed of [1, 2, 3]) {
    it(`equals Dijkstra on every pair of a random labelled graph under every mask (seed ${seed})`, () => {
      const g = randomGraph(seed, 40, 50);
      const h = decodeHierarchy(g, contractGraph(g));
      const nodes = Array.from({ length: g.nodeCount }, (_, v) => v);
      const dist = new Float64Array(g.nodeCount);
      const out = new Float64Array(g.nodeCount);
      // Distances with one more of the labelled passages closed, by label.
      const closing = LABELS.map(() => new Float64Array(g.nodeCount));
      let forced = 0;
      const wrong: string[] = [];
      for (const mask of MASKS) {
        const m = createManyToMany(h, nodes, mask);
        for (let s = 0; s < g.nodeCount; s++) {
          distancesFrom(g, s, mask, dist);
          LABELS.forEach((bit, k) => distancesFrom(g, s, mask | bit, closing[k]!));
          m.distancesFrom(s, out);
          for (let t = 0; t < g.nodeCount; t++) {
            const pair = `mask ${mask} ${s}→${t}`;
            const same = dist[t] === out[t] || Math.abs(dist[t]! - out[t]!) < 1e-9;
            if (!same) wrong.push(`${pair}: ${out[t]} km, Dijkstra ${dist[t]}`);
            const codes = m.pathPassageCodes(t);
            if (codes.some((code) => (mask >>> code) & 1))
              wrong.push(`${pair}: passes a closed one`);
            // A passage every shortest path needs (closing it costs more) must be listed.
            LABELS.forEach((bit, k) => {
              if (mask & bit || !(closing[k]![t]! > dist[t]! + 1e-9)) return;
              forced++;
              if (!codes.includes(31 - Math.clz32(bit))) wrong.push(`${pair}: misses ${bit}`);
            });
          }
        }
      }
      expect(wrong).toEqual([]);
      expect(forced).toBeGreaterThan(200);
    });
  }
});
