import { lineString } from '@turf/turf';
import { describe, expect, it } from 'vitest';
import { detourRatio, greatCircleKm, routeLengthKm } from '../../src/lib/analysis/routes';

/** Turf's mean Earth radius (km); one degree of a great circle is 2πR / 360. */
const R = 6371.0088;
const KM_PER_DEGREE = (2 * Math.PI * R) / 360;

/** Independent spherical law of cosines, to cross-check Turf's haversine. */
function lawOfCosinesKm([lon1, lat1]: [number, number], [lon2, lat2]: [number, number]): number {
  const rad = Math.PI / 180;
  const c =
    Math.sin(lat1 * rad) * Math.sin(lat2 * rad) +
    Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.cos((lon2 - lon1) * rad);
  return Math.acos(c) * R;
}

describe('routeLengthKm', () => {
  it('measures a line along the equator as degrees × 111.195 km', () => {
    const line = lineString([
      [10, 0],
      [40, 0],
      [95, 0],
    ]);
    expect(routeLengthKm(line)).toBeCloseTo(85 * KM_PER_DEGREE, 6);
    expect(routeLengthKm(line.geometry)).toBeCloseTo(85 * KM_PER_DEGREE, 6);
  });

  it('measures a line kept continuous past 180° the same as the wrapped one', () => {
    const continuous = lineString([
      [178, 0],
      [182, 0],
    ]);
    const wrapped = lineString([
      [178, 0],
      [-178, 0],
    ]);
    expect(routeLengthKm(continuous)).toBeCloseTo(4 * KM_PER_DEGREE, 6);
    expect(routeLengthKm(wrapped)).toBeCloseTo(4 * KM_PER_DEGREE, 6);
  });
});

describe('greatCircleKm', () => {
  // Approximate harbour positions; the check is a plausible range, not a survey value.
  const chennai: [number, number] = [80.29, 13.09];
  const vladivostok: [number, number] = [131.89, 43.11];

  it('puts Chennai–Vladivostok at about 5,900 km, well under the ≈10,300 km by sea', () => {
    const km = greatCircleKm(chennai, vladivostok);
    expect(km).toBeGreaterThan(5600);
    expect(km).toBeLessThan(6200);
    expect(km / lawOfCosinesKm(chennai, vladivostok)).toBeCloseTo(1, 6);
  });

  it('is symmetric and zero for the same point', () => {
    expect(greatCircleKm(vladivostok, chennai)).toBeCloseTo(greatCircleKm(chennai, vladivostok), 9);
    expect(greatCircleKm(chennai, chennai)).toBe(0);
  });
});

describe('detourRatio', () => {
  it('divides route length by great-circle distance', () => {
    expect(detourRatio(10_300, 5_150)).toBe(2);
    expect(detourRatio(0, 10)).toBe(0);
  });

  it.each([
    [100, 0],
    [100, -5],
    [-1, 10],
    [Number.NaN, 10],
  ])('throws RangeError for route %d km over %d km', (route, gc) => {
    expect(() => detourRatio(route, gc)).toThrow(RangeError);
  });
});
