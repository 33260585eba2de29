import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  KM_PER_NM,
  PASSAGE_IDS,
  geodesicKm,
  kmToNm,
  nmToKm,
  seaDays,
  type LonLat,
  type PassageId,
  type SeaRoute,
} from '../../src/lib/routing/index';
import { loadSeaRouter } from '../../scripts/lib/load-network';

const router = loadSeaRouter();

function route(...args: Parameters<typeof router.findSeaRoute>): SeaRoute {
  const r = router.findSeaRoute(...args);
  if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
  return r.route;
}

function maxLonJump(coords: LonLat[]): number {
  let max = 0;
  for (let i = 1; i < coords.length; i++) {
    max = Math.max(max, Math.abs(coords[i]![0] - coords[i - 1]![0]));
  }
  return max;
}

describe('findSeaRoute: published and geographic checks', () => {
  it("matches Eurostat's Marseille → Shanghai figure (16,376.9 km) within 0.5%", () => {
    const r = route([5.3, 43.3], [121.8, 31.2]);
    expect(Math.abs(r.km - 16376.9) / 16376.9).toBeLessThan(0.005);
    expect(r.passages).toEqual(['suez', 'babelmandeb', 'malacca']);
  });

  it('takes Chennai → Vladivostok through Malacca, and through Sunda or Lombok without it', () => {
    const direct = route('chennai', 'vladivostok');
    expect(direct.passages).toContain('malacca');
    const variant = route('chennai', 'vladivostok', { avoid: ['malacca'] });
    expect(variant.passages).not.toContain('malacca');
    expect(variant.passages.some((p) => p === 'sunda' || p === 'lombok')).toBe(true);
    expect(variant.km).toBeGreaterThan(direct.km);
    const neither = route('chennai', 'vladivostok', { avoid: ['malacca', 'sunda'] });
    expect(neither.passages).toContain('lombok');
    expect(neither.km).toBeGreaterThan(variant.km);
  });

  it('uses the Northern Sea Route from Murmansk only when it is open', () => {
    const closed = route('murmansk', 'vladivostok');
    expect(closed.passages).not.toContain('northeast');
    expect(closed.passages).toContain('suez');
    const open = route('murmansk', 'vladivostok', { open: ['northeast'] });
    expect(open.passages).toEqual(expect.arrayContaining(['northeast', 'bering']));
    expect(open.km).toBeLessThan(closed.km);
  });

  it('crosses the Pacific from Shanghai to Los Angeles as one continuous line', () => {
    const r = route('shanghai', 'los-angeles');
    expect(r.passages).not.toContain('suez');
    expect(r.passages).not.toContain('panama');
    const gc = geodesicKm(121.49, 31.22, -118.26, 33.73);
    expect(r.km).toBeLessThan(gc * 1.15);
    expect(Math.max(...r.coordinates.map((c) => c[0]))).toBeGreaterThan(180);
    expect(maxLonJump(r.coordinates)).toBeLessThan(180);
  });

  it('sends Mumbai → St Petersburg through Suez, Gibraltar and Dover (not the Cape)', () => {
    const r = route('mumbai', 'st-petersburg');
    expect(r.passages).toEqual(['babelmandeb', 'suez', 'gibraltar', 'dover']);
    expect(Math.min(...r.coordinates.map((c) => c[1]))).toBeGreaterThan(0);
  });
});

describe('findSeaRoute: passage restrictions (property tests)', () => {
  // Ports a route can reach (the World Port Index lists some the network cannot: noRoute).
  const ids = router.ports.filter((p) => !p.noRoute).map((p) => p.id);
  const pair = fc.tuple(fc.constantFrom(...ids), fc.constantFrom(...ids));
  const subset = fc.subarray([...PASSAGE_IDS] as PassageId[]);

  it('never leaks through an avoided passage', () => {
    fc.assert(
      fc.property(pair, subset, ([a, b], avoid) => {
        const r = router.findSeaRoute(a, b, { avoid });
        if (!r.ok) return r.error.code === 'no-route';
        return r.route.passages.every((p) => !avoid.includes(p));
      }),
      { numRuns: 150, seed: 42 },
    );
  });

  it('never gets longer when a passage is opened', () => {
    const closedByDefault: PassageId[] = ['kiel', 'corinth', 'northwest', 'northeast'];
    fc.assert(
      fc.property(pair, fc.subarray(closedByDefault, { minLength: 1 }), ([a, b], open) => {
        const base = router.findSeaRoute(a, b);
        const opened = router.findSeaRoute(a, b, { open });
        if (!base.ok || !opened.ok) return false;
        return opened.route.km <= base.route.km + 1e-9;
      }),
      { numRuns: 100, seed: 7 },
    );
  });

  it('keeps default closures closed and reports them', () => {
    const r = route('mumbai', 'st-petersburg');
    expect(r.closed).toEqual(['kiel', 'corinth', 'northwest', 'northeast']);
    expect(r.passages).not.toContain('kiel');
    expect(route('mumbai', 'st-petersburg', { open: ['kiel'] }).passages).toContain('kiel');
  });
});

describe('findSeaRoute: units, short hops and errors', () => {
  it('converts units exactly (1 nm = 1852 m)', () => {
    expect(KM_PER_NM).toBe(1.852);
    expect(kmToNm(1.852)).toBe(1);
    expect(nmToKm(1000)).toBe(1852);
    expect(seaDays(336, 14)).toBe(1);
    const r = route('chennai', 'vladivostok');
    expect(r.nm).toBe(r.km / 1.852);
  });

  it('includes the approach and snap legs in the length', () => {
    const r = route('chennai', 'vladivostok');
    const sum = r.approachKm.origin + r.snapKm.origin + r.networkKm;
    expect(r.km).toBeCloseTo(sum + r.snapKm.destination + r.approachKm.destination, 9);
    expect(r.approachKm.origin).toBeGreaterThan(70);
    expect(r.coordinates[0]).toEqual(router.getPort('chennai')!.coordinates);
  });

  it('handles two points that snap to the same node', () => {
    const r = route([80.9, 13.05], [81.05, 12.95]);
    expect(r.networkKm).toBe(0);
    expect(r.passages).toEqual([]);
    expect(r.km).toBeCloseTo(r.snapKm.origin + r.snapKm.destination, 9);
    expect(r.coordinates.length).toBe(3);
  });

  it('returns an empty trip for identical endpoints', () => {
    const r = route('chennai', 'chennai');
    expect(r.km).toBe(0);
    expect(r.coordinates).toHaveLength(2);
  });

  it('handles a short hop between neighbouring ports', () => {
    const r = route('vladivostok', 'nakhodka');
    expect(r.km).toBeGreaterThan(geodesicKm(131.89, 43.09, 132.89, 42.8));
    expect(r.km).toBeLessThan(250);
  });

  it('gives typed errors for bad inputs', () => {
    const code = (...args: Parameters<typeof router.findSeaRoute>) => {
      const r = router.findSeaRoute(...args);
      return r.ok ? 'ok' : r.error.code;
    };
    expect(code([200, 0], 'chennai')).toBe('invalid-coordinate');
    expect(code([Number.NaN, 0], 'chennai')).toBe('invalid-coordinate');
    expect(code('chennai', [0, 91])).toBe('invalid-coordinate');
    expect(code('atlantis', 'chennai')).toBe('unknown-port');
    expect(code([37.62, 55.75], 'chennai')).toBe('too-far-from-sea');
    expect(code('chennai', 'vladivostok', { avoid: ['nowhere' as PassageId] })).toBe(
      'invalid-option',
    );
    expect(code('chennai', 'vladivostok', { avoid: ['kiel'], open: ['kiel'] })).toBe(
      'invalid-option',
    );
    expect(code('marseille', 'shanghai', { avoid: ['suez', 'gibraltar'] })).toBe('no-route');
    const far = router.findSeaRoute([37.62, 55.75], 'chennai');
    expect(far.ok ? '' : far.error.message).toMatch(/origin more than 300 km/);
  });
});
