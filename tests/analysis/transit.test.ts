import { describe, expect, it } from 'vitest';
import { impliedKnots, transitDays } from '../../src/lib/analysis/transit';

describe('transitDays', () => {
  it('is nm ÷ (knots × 24) at sea plus the allowance', () => {
    // 5,600 nm at 14 kn: 5600 / 336 = 16.666… days at sea.
    const t = transitDays({ nm: 5600, knots: 14, allowanceDays: 2 });
    expect(t.seaDays).toBeCloseTo(16.6667, 4);
    expect(t.allowanceDays).toBe(2);
    expect(t.totalDays).toBeCloseTo(18.6667, 4);
  });

  it('halves sea days when speed doubles and leaves the allowance alone', () => {
    const slow = transitDays({ nm: 8675, knots: 10, allowanceDays: 3 });
    const fast = transitDays({ nm: 8675, knots: 20, allowanceDays: 3 });
    expect(fast.seaDays * 2).toBeCloseTo(slow.seaDays, 10);
    expect(slow.totalDays - slow.seaDays).toBe(3);
  });

  it('accepts a zero distance and a zero allowance', () => {
    expect(transitDays({ nm: 0, knots: 12, allowanceDays: 0 }).totalDays).toBe(0);
  });

  it.each([
    { nm: 100, knots: 0, allowanceDays: 0 },
    { nm: 100, knots: -5, allowanceDays: 0 },
    { nm: 100, knots: Number.NaN, allowanceDays: 0 },
    { nm: 100, knots: Number.POSITIVE_INFINITY, allowanceDays: 0 },
    { nm: -1, knots: 12, allowanceDays: 0 },
    { nm: 100, knots: 12, allowanceDays: -0.5 },
  ])('throws RangeError for %o', (input) => {
    expect(() => transitDays(input)).toThrow(RangeError);
  });
});

describe('impliedKnots', () => {
  it('gives ≈ 9.66 kn for the article’s 10,300 km in 24 days', () => {
    // 10,300 km ÷ 1.852 = 5,561.56 nm; ÷ (24 days × 24 h) = 9.6555 kn.
    expect(impliedKnots({ km: 10_300, days: 24 })).toBeCloseTo(9.6555, 3);
  });

  it('takes nautical miles directly', () => {
    expect(impliedKnots({ nm: 5600, days: 24 })).toBeCloseTo(5600 / 576, 10);
  });

  it('is the inverse of the sea-days formula', () => {
    const knots = impliedKnots({ nm: 8675, days: 30 });
    expect(transitDays({ nm: 8675, knots, allowanceDays: 0 }).totalDays).toBeCloseTo(30, 10);
  });

  it.each([
    { km: 100, days: 0 },
    { km: 100, days: -1 },
    { km: -100, days: 3 },
    { nm: Number.NaN, days: 3 },
  ])('throws RangeError for %o', (input) => {
    expect(() => impliedKnots(input)).toThrow(RangeError);
  });
});
