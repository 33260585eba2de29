import { describe, expect, it } from 'vitest';
import { KM_PER_NM, kmToNm, nmToKm } from '../../src/lib/analysis/units';

describe('units', () => {
  it('uses the international nautical mile of exactly 1,852 m', () => {
    expect(KM_PER_NM).toBe(1.852);
  });

  it('converts exactly in both directions', () => {
    expect(nmToKm(1)).toBe(1.852);
    expect(nmToKm(5600)).toBeCloseTo(10371.2, 9);
    expect(kmToNm(1.852)).toBe(1);
    expect(kmToNm(18.52)).toBeCloseTo(10, 12);
  });

  it('round-trips', () => {
    for (const km of [0, 1, 10_300, 16_066.1, 1e-6]) {
      expect(nmToKm(kmToNm(km))).toBeCloseTo(km, 9);
    }
  });
});
