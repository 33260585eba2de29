/**
 * Natural Earth's land cut at ±180° (scripts/lib/load-network.ts `unwrapRing`): read as a plane
 * polygon, Eurasia's ring jumps across the map at Chukotka and flipped land and sea between
 * 65° and 69° N, from Lapland to the Bering Strait. The ECA build checks its closing lines there.
 */
import { describe, expect, it } from 'vitest';
import { isOnLand, unwrapRing } from '../../scripts/lib/load-network';

describe('unwrapRing', () => {
  it('makes a ring cut at ±180° continuous, starting within ±180°', () => {
    const cut = [
      [-179, 65],
      [179, 65],
      [170, 60],
      [179, 69],
      [-179, 69],
      [-179, 65],
    ];
    expect(unwrapRing(cut)).toEqual([
      [181, 65],
      [179, 65],
      [170, 60],
      [179, 69],
      [181, 69],
      [181, 65],
    ]);
  });

  it('leaves rings that close along the pole (Antarctica) and ordinary rings alone', () => {
    const polar = [
      [-180, -85],
      [180, -85],
      [180, -90],
      [-180, -90],
      [-180, -85],
    ];
    expect(unwrapRing(polar)).toBe(polar);
    const plain = [
      [0, 0],
      [1, 0],
      [1, 1],
      [0, 0],
    ];
    expect(unwrapRing(plain)).toEqual(plain);
  });
});

describe('isOnLand between 65° and 69° N', () => {
  it.each([
    ['Swedish Lapland', 20, 66, true],
    ['the Kola Peninsula', 35, 67.5, true],
    ['Chukotka east of 180°', -175, 66.5, true],
    ['the Bothnian Bay', 23, 65.3, false],
    ['the White Sea', 38, 66, false],
    ['the Bering Strait', -169, 66, false],
  ])('%s', (_, lon, lat, land) => {
    expect(isOnLand(lon, lat)).toBe(land);
  });
});
