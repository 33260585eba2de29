import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import {
  PASSAGE_IDS,
  decodeNetwork,
  geodesicKm,
  validateCompiledNetwork,
  type CompiledNetwork,
} from '../../src/lib/routing/index';
import { countReachable, edgeGeodesicKm } from '../../src/lib/routing/network';
import { NETWORK_PATH } from '../../scripts/lib/load-network';

const text = readFileSync(NETWORK_PATH, 'utf8');
const compiled = JSON.parse(text) as CompiledNetwork;
const g = decodeNetwork(compiled);

describe('geo/sea-network.json', () => {
  it('is one connected component', () => {
    const reached = countReachable(g);
    expect(reached).toBe(g.nodeCount);
  });

  it('joins the nodes at longitude 180 and −180 with zero-length edges', () => {
    expect(g.joins.length).toBe(12);
    for (const e of g.joins) {
      const [a, b] = [g.edgeA[e]!, g.edgeB[e]!];
      expect([g.lon[a], g.lon[b]].sort()).toEqual([-180, 180]);
      expect(g.lat[a]).toBe(g.lat[b]);
      expect(g.edgeKm[e]).toBe(0);
    }
  });

  it('keeps every passage label, including the derived straits', () => {
    const counts = new Map<number, number>();
    for (const code of g.edgePassage) counts.set(code, (counts.get(code) ?? 0) + 1);
    PASSAGE_IDS.forEach((_, i) => expect(counts.get(i + 1) ?? 0).toBeGreaterThan(0));
  });

  it('stores geodesic edge lengths in metres', () => {
    for (let e = 0; e < g.edgeCount; e += 97) {
      if (g.joins.includes(e)) continue;
      expect(Math.abs(g.edgeKm[e]! - edgeGeodesicKm(g, e))).toBeLessThanOrEqual(0.0005);
    }
  });

  it('fits the size budget (≤ 400 KB gzipped)', () => {
    expect(gzipSync(text).length).toBeLessThanOrEqual(400 * 1024);
  });

  it('rejects data that is not a compiled network', () => {
    expect(() => validateCompiledNetwork({ format: 'other' })).toThrow(/format/);
    expect(() => decodeNetwork({ ...compiled, edges: [1e9, 1], lengthsM: [1] })).toThrow(/outside/);
  });
});

describe('geodesicKm', () => {
  it('matches known WGS84 distances', () => {
    // One degree of longitude on the equator is 111.319 km on WGS84 (a = 6378.137 km).
    expect(geodesicKm(0, 0, 1, 0)).toBeCloseTo(111.3195, 3);
    // One degree of latitude at the equator is 110.574 km.
    expect(geodesicKm(0, 0, 0, 1)).toBeCloseTo(110.574, 2);
    expect(geodesicKm(179.5, 10, -179.5, 10)).toBeCloseTo(geodesicKm(-0.5, 10, 0.5, 10), 9);
  });
});
