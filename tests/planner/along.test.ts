import { describe, expect, it } from 'vitest';
import { measureAlong } from '../../src/lib/planner/along';
import { geodesicKm } from '../../src/lib/routing/geodesic';
import type { LonLat } from '../../src/lib/routing/ports';
import { loadSeaRouter } from '../../scripts/lib/load-network';

describe('measureAlong', () => {
  const line: LonLat[] = [
    [0, 0],
    [10, 0],
    [10, 10],
  ];
  const m = measureAlong(line);
  const leg = geodesicKm(0, 0, 10, 0);

  it('measures the total as the sum of geodesic segments', () => {
    expect(m.totalKm).toBeCloseTo(leg + geodesicKm(10, 0, 10, 10), 6);
  });

  it('finds the distance travelled to the nearest point', () => {
    expect(m.nearest([5, 0.5]).km).toBeCloseTo(leg / 2, 0);
    expect(m.nearest([10.3, 5]).segment).toBe(1);
    expect(m.nearest([10.3, 5]).km).toBeCloseTo(leg + geodesicKm(10, 0, 10, 5), 0);
    // Before the start and past the end clamp to the ends.
    expect(m.nearest([-3, 0]).km).toBe(0);
    expect(m.nearest([10, 20]).km).toBeCloseTo(m.totalKm, 6);
  });

  it('handles longitudes past 180 (a line continuous across the antimeridian)', () => {
    const pacific = measureAlong([
      [170, 50],
      [190, 50],
    ]);
    // The map reports the pointer at −175 (= 185): 3/4 of the way along, not clamped to an end.
    const hit = pacific.nearest([-175, 50]);
    expect(hit.km / pacific.totalKm).toBeGreaterThan(0.7);
    expect(hit.km / pacific.totalKm).toBeLessThan(0.8);
    expect(hit.point[0]).toBeCloseTo(185, 0);
  });

  it("totals a real route's length, and a point on the route is as far as the route says", () => {
    const r = loadSeaRouter().findSeaRoute('murmansk', 'vladivostok', { open: ['northeast'] });
    if (!r.ok) throw new Error(r.error.message);
    const along = measureAlong(r.route.coordinates);
    expect(along.totalKm).toBeCloseTo(r.route.km, 0);
    // The Bering Strait (about 169°W, 66°N; the route's longitudes there are near 191).
    const bering = along.nearest([-169, 66]);
    expect(bering.km).toBeGreaterThan(0.5 * along.totalKm);
    expect(bering.km).toBeLessThan(along.totalKm);
  });

  it('rejects an empty line', () => {
    expect(() => measureAlong([])).toThrow(RangeError);
  });
});
