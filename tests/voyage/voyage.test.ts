import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import * as turf from '@turf/turf';
import fc from 'fast-check';
import type { FeatureCollection, LineString } from 'geojson';
import { describe, expect, it } from 'vitest';
import type { RouteId } from '../../src/content/ids';
import { transitDays } from '../../src/lib/analysis/transit';
import { KM_PER_NM, kmToNm } from '../../src/lib/analysis/units';
import { geodesicKm } from '../../src/lib/routing/geodesic';
import type { LonLat } from '../../src/lib/routing/ports';
import { parseStretches, type Stretch } from '../../src/lib/voyage/stretches';
import {
  headingAt,
  measureLine,
  pointAtKm,
  voyageAt,
  voyageLabel,
  voyagePlan,
} from '../../src/lib/voyage/voyage';
import { repoRoot } from '../../scripts/lib/io';

interface Route {
  coordinates: LonLat[];
  km: number;
  stretches: Stretch[];
}
const routes = Object.fromEntries(
  (
    JSON.parse(
      readFileSync(resolve(repoRoot, 'geo/routes.geojson'), 'utf8'),
    ) as FeatureCollection<LineString>
  ).features.map((f) => {
    const p = f.properties!;
    const km = p.km as number;
    const route: Route = {
      coordinates: f.geometry.coordinates as LonLat[],
      km,
      stretches: parseStretches(p.stretches, km, p.id as string),
    };
    return [p.id as RouteId, route];
  }),
) as Record<RouteId, Route>;
const ROUTE_IDS = Object.keys(routes) as RouteId[];
const corridor = routes.corridor;

/**
 * Turf's reference point for `km` along a line. The route's km is WGS 84 geodesic (Vincenty),
 * Turf's a sphere's (haversine): over a whole route they drift apart by up to 23 km, 0.2 % (the
 * ellipsoid, not the interpolation). So the distance is carried over at the vertex: Turf's length
 * to the start of the segment the km falls in, plus the same fraction of Turf's segment length.
 */
function turfAlong(coords: readonly LonLat[], km: number): LonLat {
  let vincenty = 0;
  let haversine = 0;
  for (let i = 1; i < coords.length; i++) {
    const a = coords[i - 1]!;
    const b = coords[i]!;
    const v = geodesicKm(a[0], a[1], b[0], b[1]);
    const h = turf.distance(a, b);
    if (vincenty + v >= km || i === coords.length - 1) {
      const f = v > 0 ? Math.min(1, (km - vincenty) / v) : 0;
      const p = turf.along(turf.lineString(coords as LonLat[]), haversine + f * h);
      return p.geometry.coordinates as LonLat;
    }
    vincenty += v;
    haversine += h;
  }
  return coords[0]!;
}

const kmApart = (a: LonLat, b: LonLat): number => turf.distance(a, b);

describe('voyagePlan', () => {
  it('uses the Routes panel’s transit model, the allowance split between the two ports', () => {
    const plan = voyagePlan({ ...corridor, knots: 14, allowanceDays: 2 });
    const model = transitDays({ nm: kmToNm(corridor.km), knots: 14, allowanceDays: 2 });
    expect(plan.seaDays).toBe(model.seaDays);
    expect(plan.totalDays).toBe(model.totalDays);
    expect(plan.departDay).toBe(1);
    expect(plan.arriveDay).toBeCloseTo(1 + model.seaDays, 12);
    expect(plan.totalDays - plan.arriveDay).toBeCloseTo(1, 12);
    // 8,795.5 km at 14 kn: 14.1 days at sea, 16.1 door to door.
    expect(plan.seaDays).toBeCloseTo(14.13, 2);
  });

  it('rejects settings the transit model rejects', () => {
    expect(() => voyagePlan({ ...corridor, knots: 0, allowanceDays: 2 })).toThrow(RangeError);
    expect(() => voyagePlan({ ...corridor, knots: 14, allowanceDays: -1 })).toThrow(RangeError);
    expect(() => voyagePlan({ ...corridor, knots: NaN, allowanceDays: 2 })).toThrow(RangeError);
    expect(() => voyagePlan({ ...corridor, coordinates: [], knots: 14, allowanceDays: 2 })).toThrow(
      RangeError,
    );
  });
});

describe('voyageAt', () => {
  const plan = voyagePlan({ ...corridor, knots: 14, allowanceDays: 2 });
  const first = corridor.coordinates[0]!;
  const last = corridor.coordinates[corridor.coordinates.length - 1]!;

  it('is in port at the start: the first half of the allowance at the port of departure', () => {
    for (const day of [0, 0.5, 0.999]) {
      const s = voyageAt(plan, day);
      expect(s.phase).toBe('departure');
      expect(s.km).toBe(0);
      expect(s.lngLat).toEqual(first);
      expect(s.stretch).toBe('Bay of Bengal');
    }
    expect(voyageAt(plan, 1).phase).toBe('sea');
    expect(voyageAt(plan, 1).km).toBe(0);
  });

  it('is in port at the end, exactly at the destination, for the second half', () => {
    for (const day of [plan.arriveDay, plan.arriveDay + 0.5, plan.totalDays]) {
      const s = voyageAt(plan, day);
      expect(s.phase).toBe('arrival');
      expect(s.km).toBe(corridor.km);
      expect(s.lngLat).toEqual(last);
      expect(s.stretch).toBe('Sea of Japan');
    }
    expect(voyageAt(plan, plan.arriveDay - 1e-9).phase).toBe('sea');
  });

  it('clamps times outside the voyage', () => {
    expect(voyageAt(plan, -3)).toEqual(voyageAt(plan, 0));
    expect(voyageAt(plan, NaN)).toEqual(voyageAt(plan, 0));
    expect(voyageAt(plan, 1e6)).toEqual(voyageAt(plan, plan.totalDays));
    expect(voyageAt(plan, 1e6).day).toBe(plan.totalDays);
  });

  it('sails without a port stop when there is no allowance', () => {
    const now = voyagePlan({ ...corridor, knots: 14, allowanceDays: 0 });
    expect(voyageAt(now, 0).phase).toBe('sea');
    expect(voyageAt(now, 1).km).toBeCloseTo(14 * KM_PER_NM * 24, 9);
  });

  it('has sailed speed × time at sea and is where Turf `along` puts it (±1 km)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...ROUTE_IDS),
        fc.double({ min: 5, max: 30, noNaN: true }),
        fc.double({ min: 0, max: 10, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (id, knots, allowanceDays, at) => {
          const route = routes[id];
          const p = voyagePlan({ ...route, knots, allowanceDays });
          const day = at * p.totalDays;
          const s = voyageAt(p, day);
          const atSea = Math.min(p.seaDays, Math.max(0, day - allowanceDays / 2));
          expect(s.km).toBeCloseTo(Math.min(route.km, knots * KM_PER_NM * 24 * atSea), 6);
          expect(kmApart(s.lngLat, turfAlong(route.coordinates, s.km))).toBeLessThan(1);
        },
      ),
      { numRuns: 300, seed: 15 },
    );
  });

  it('is on the great circle mid-segment (a lng/lat line misses by 3 km)', () => {
    for (const id of ROUTE_IDS) {
      const { coordinates } = routes[id];
      const line = measureLine(coordinates);
      for (let i = 1; i < coordinates.length; i++) {
        const km = (line.cumulative[i - 1]! + line.cumulative[i]!) / 2;
        expect(kmApart(pointAtKm(line, km), turfAlong(coordinates, km))).toBeLessThan(1);
      }
    }
  });

  it('is within 0.25 % of Turf `along` on the raw km (sphere vs ellipsoid)', () => {
    const line = turf.lineString(corridor.coordinates);
    for (let km = 0; km <= corridor.km; km += 250) {
      const s = voyageAt(plan, plan.departDay + km / (14 * KM_PER_NM * 24));
      expect(s.km).toBeCloseTo(km, 6);
      const raw = turf.along(line, km).geometry.coordinates as LonLat;
      expect(kmApart(s.lngLat, raw)).toBeLessThan(0.0025 * corridor.km);
    }
  });

  it('says "Day 6 · Strait of Malacca" at 14 kn with 2 days’ allowance', () => {
    // Day 6 runs from 5 to 6 days after the start: 4 to 5 days at sea, 2,489–3,111 km.
    expect(voyageAt(plan, 5).stretch).toBe('Strait of Malacca');
    expect(voyageAt(plan, 5).km).toBeCloseTo(4 * 14 * KM_PER_NM * 24, 6);
    expect(voyageLabel(voyageAt(plan, 5))).toBe('Day 6 · Strait of Malacca');
    expect(voyageLabel(voyageAt(plan, 5.5))).toBe('Day 6 · Strait of Malacca');
    expect(voyageLabel(voyageAt(plan, 5.9))).toBe('Day 6 · Strait of Singapore');
    expect(voyageLabel(voyageAt(plan, 4.99))).toBe('Day 5 · Strait of Malacca');
    expect(voyageLabel(voyageAt(plan, 3.9))).toBe('Day 4 · Andaman Sea');
  });
});

describe('voyageLabel', () => {
  const plan = voyagePlan({ ...corridor, knots: 14, allowanceDays: 2 });
  const ports = { origin: 'Chennai', destination: 'Vladivostok' };

  it('counts days from Day 1, the instant of arrival belonging to the last day', () => {
    expect(voyageLabel(voyageAt(plan, 0), ports)).toBe('Day 1 · in port, Chennai');
    expect(voyageLabel(voyageAt(plan, 0.99), ports)).toBe('Day 1 · in port, Chennai');
    expect(voyageLabel(voyageAt(plan, 1), ports)).toBe('Day 2 · Bay of Bengal');
    // 16.13 days door to door: the last day is Day 17.
    expect(voyageLabel(voyageAt(plan, plan.totalDays), ports)).toBe(
      'Day 17 · in port, Vladivostok',
    );
    expect(voyageLabel(voyageAt(plan, plan.totalDays))).toBe('Day 17 · in port');
    const whole = voyagePlan({
      ...corridor,
      km: 14 * KM_PER_NM * 24 * 10,
      knots: 14,
      allowanceDays: 2,
    });
    expect(voyageAt(whole, whole.totalDays).dayNumber).toBe(12);
  });

  it('says "at sea" where no Natural Earth area is named (the Suez Canal)', () => {
    const comparison = voyagePlan({ ...routes.comparison, knots: 14, allowanceDays: 2 });
    const suez = routes.comparison.stretches.find((s) => s.name === null)!;
    const day = 1 + (suez.fromKm + suez.toKm) / 2 / (14 * KM_PER_NM * 24);
    const s = voyageAt(comparison, day);
    expect(s.stretch).toBe(null);
    expect(voyageLabel(s)).toMatch(/^Day \d+ · at sea$/);
  });
});

describe('pointAtKm', () => {
  it('follows the great circle on a long segment (a lng/lat line misses by 42 km)', () => {
    const coords: LonLat[] = [
      [0, 60],
      [20, 60],
    ];
    const line = measureLine(coords);
    for (const f of [0.1, 0.25, 0.5, 0.9]) {
      const p = pointAtKm(line, f * line.totalKm);
      expect(kmApart(p, turfAlong(coords, f * line.totalKm))).toBeLessThan(0.1);
    }
    expect(pointAtKm(line, line.totalKm / 2)[1]).toBeGreaterThan(60.2);
  });

  it('keeps longitudes continuous past 180', () => {
    const coords: LonLat[] = [
      [170, 50],
      [200, 50],
    ];
    const line = measureLine(coords);
    const p = pointAtKm(line, 0.75 * line.totalKm);
    expect(p[0]).toBeGreaterThan(180);
    expect(p[0]).toBeLessThan(200);
    expect(kmApart(p, turfAlong(coords, 0.75 * line.totalKm))).toBeLessThan(0.1);
  });

  it('clamps to the ends and handles a one-point line', () => {
    const line = measureLine(corridor.coordinates);
    expect(pointAtKm(line, -1)).toEqual(corridor.coordinates[0]);
    expect(pointAtKm(line, 1e9)).toEqual(corridor.coordinates[corridor.coordinates.length - 1]);
    expect(line.totalKm).toBeCloseTo(corridor.km, 1);
    expect(pointAtKm(measureLine([[1, 2]]), 5)).toEqual([1, 2]);
  });
});

describe('headingAt', () => {
  it('points the bow along the route: east along a parallel, then north', () => {
    const coordinates: LonLat[] = [
      [80, 13],
      [90, 13],
      [90, 20],
    ];
    const km = measureLine(coordinates).totalKm;
    const plan = voyagePlan({
      coordinates,
      km,
      stretches: [{ name: null, fromKm: 0, toKm: km }],
      knots: 14,
      allowanceDays: 0,
    });
    const at = (sailedKm: number) => voyageAt(plan, sailedKm / (14 * KM_PER_NM * 24));
    const east = headingAt(plan, at(200));
    const north = headingAt(plan, at(km - 100));
    expect(Math.abs(east - 90)).toBeLessThan(2);
    expect(Math.min(north, 360 - north)).toBeLessThan(2);
  });
});
