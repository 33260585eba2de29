import { describe, expect, it } from 'vitest';
import { metresPerPixelAt, scaleBar } from '../../src/lib/export/scale-bar';

// MapLibre's earth radius: the equator is 2π × 6,371,008.8 m = 40,030,228.89 m long.
const EQUATOR_M = 40_030_228.89;

describe('metresPerPixelAt', () => {
  it('is the equator over 512 px at zoom 0 on the equator', () => {
    expect(metresPerPixelAt(0, 0)).toBeCloseTo(EQUATOR_M / 512, 1); // 78,184.04 m
  });

  it('halves per zoom level and with cos(latitude)', () => {
    expect(metresPerPixelAt(0, 3)).toBeCloseTo(EQUATOR_M / 512 / 8, 2); // 9,773.01 m
    expect(metresPerPixelAt(60, 0)).toBeCloseTo(EQUATOR_M / 512 / 2, 1); // cos 60° = 0.5
    expect(metresPerPixelAt(-60, 0)).toBeCloseTo(metresPerPixelAt(60, 0), 6);
  });

  it('takes the tile size (256 px tiles: twice the metres per pixel)', () => {
    expect(metresPerPixelAt(10, 4, 256)).toBeCloseTo(2 * metresPerPixelAt(10, 4), 6);
  });

  it.each([
    [90, 0],
    [Number.NaN, 0],
    [0, Number.POSITIVE_INFINITY],
  ])('throws RangeError for lat %s, zoom %s', (lat, zoom) => {
    expect(() => metresPerPixelAt(lat, zoom)).toThrow(RangeError);
  });
});

describe('scaleBar', () => {
  it('picks the longest nice length that fits (10 km per px, 120 px → 1,000 km in 100 px)', () => {
    expect(scaleBar(10_000, 120, 'km')).toEqual({ label: '1,000 km', widthPx: 100 });
  });

  it.each([
    // metres per px, max px, unit → label, width (hand-computed)
    [1000, 100, 'km', '100 km', 100], // exactly 100 km fits
    [1000, 99, 'km', '50 km', 50], // 99 km → 50 km
    [1000, 350, 'km', '300 km', 300],
    [1000, 250, 'km', '200 km', 200],
    [3000, 100, 'km', '300 km', 100],
    [7000, 100, 'km', '500 km', 500_000 / 7000], // 700 km → 500 km in 71.43 px
    [60_000, 200, 'km', '10,000 km', 10_000_000 / 60_000], // 12,000 km → 10,000 km
    // 1,852 m per px: one nm per px, so 200 px hold 200 nm.
    [1852, 200, 'nm', '200 nm', 200],
    [1852, 450, 'nm', '300 nm', 300],
    [10_000, 200, 'nm', '1,000 nm', 185.2], // 1,079.9 nm → 1,000 nm = 1,852 km
    [1, 100, 'km', '100 m', 100], // below 1 km the metric bar counts metres
    [0.1, 100, 'km', '10 m', 100],
    [0.01, 50, 'km', '0.5 m', 50],
    [5, 100, 'nm', '0.2 nm', 74.08], // 0.27 nm → 0.2 nm = 370.4 m
    [10, 100, 'nm', '0.5 nm', 92.6],
  ] as const)('%s m/px in %s px (%s) → %s', (mpp, max, unit, label, width) => {
    const bar = scaleBar(mpp, max, unit);
    expect(bar.label).toBe(label);
    expect(bar.widthPx).toBeCloseTo(width, 6);
  });

  it('is never longer than the room given and always over half of it', () => {
    for (let mpp = 0.37; mpp < 1e6; mpp *= 1.37) {
      for (const unit of ['km', 'nm'] as const) {
        const { widthPx } = scaleBar(mpp, 200, unit);
        expect(widthPx).toBeLessThanOrEqual(200);
        // 5 → 10 is the widest step: the bar is always over half the room.
        expect(widthPx).toBeGreaterThan(100 - 1e-9);
      }
    }
  });

  it('gets 0.3 right (3 × 0.1 is 0.30000000000000004 in floating point)', () => {
    expect(scaleBar(1852 * 0.003, 100, 'nm').label).toBe('0.3 nm');
  });

  it.each([
    [0, 100],
    [-5, 100],
    [Number.NaN, 100],
    [100, 0],
    [100, Number.POSITIVE_INFINITY],
  ])('throws RangeError for %s m/px, %s px', (mpp, max) => {
    expect(() => scaleBar(mpp, max, 'km')).toThrow(RangeError);
  });
});
