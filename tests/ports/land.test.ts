import { describe, expect, it } from 'vitest';
import { continuousRing, landIndex } from '../../scripts/lib/land-index';
import { buildWaterGrid } from '../../scripts/lib/water-grid';

const land = landIndex();

describe('the 1:50m land index', () => {
  it.each([
    ['the Deccan', 78, 17, true],
    ['the Bay of Bengal', 87, 15, false],
    ['the Caspian Sea (water in Natural Earth)', 51, 42, false],
    ['Lake Superior (land: Natural Earth does not cut out lakes)', -87.5, 47.5, true],
    ['Lapland, inside a ring stitched across ±180°', 19.65, 66.43, true],
    ['the Norwegian Sea', -4.85, 67.6, false],
    ['Chukotka west of 180°', -175, 66.5, true],
    ['Chukotka east of 180°', 175, 67, true],
    ['the Bering Sea', -178, 60, false],
    ['Antarctica', 0, -80, true],
  ])('%s: land %s', (_, lon, lat, expected) => {
    expect(land.isLand(lon as number, lat as number)).toBe(expected);
  });

  it('tells a leg at sea from one across a cape, also across the antimeridian', () => {
    expect(land.segmentHitsLand([81, 13], [82, 13])).toBe(false);
    expect(land.segmentHitsLand([77, 7.5], [86, 13])).toBe(true); // across the tip of India
    expect(land.segmentHitsLand([179, 62], [-179, 62])).toBe(false); // Bering Sea
    expect(land.segmentHitsLand([178, 66], [-178, 66])).toBe(true); // Chukotka
  });

  it('measures km on land along a line, skipping the first km', () => {
    // From the Bay of Bengal across India to the Arabian Sea along 15° N: about 700 km of land.
    const km = land.landKm([
      [84.5, 15],
      [72.5, 15],
    ]);
    expect(km).toBeGreaterThan(600);
    expect(km).toBeLessThan(800);
    expect(
      land.landKm([
        [81, 13],
        [82, 13],
      ]),
    ).toBe(0);
  });

  it('makes rings stitched across ±180° continuous, closing one that winds round the pole', () => {
    expect(
      continuousRing([
        [179, 60],
        [-179, 60],
        [-179, 61],
        [179, 61],
        [179, 60],
      ]),
    ).toEqual([179, 60, 181, 60, 181, 61, 179, 61, 179, 60]);
    const polar = continuousRing([
      [-180, -80],
      [0, -70],
      [179, -80],
    ]);
    expect(polar.slice(-6)).toEqual([179, -90, -180, -90, -180, -80]);
  });
});

describe('the water grid', () => {
  const grid = buildWaterGrid(land);
  it('marks a cell water only when no land is in it', () => {
    expect(grid.isWater(grid.cellOf(85, 15))).toBe(true);
    expect(grid.isLand(grid.cellOf(78, 17))).toBe(true);
    // Chennai's harbour sits on the 1:50m coast: a shore cell, neither open water nor inland.
    const chennai = grid.cellOf(80.3, 13.1);
    expect(grid.isWater(chennai)).toBe(false);
    const [lon, lat] = grid.centre(grid.cellOf(85.01, 15.01));
    expect(lon).toBeCloseTo(85 + 1 / 120, 9);
    expect(lat).toBeCloseTo(15 + 1 / 120, 9);
  });
});
