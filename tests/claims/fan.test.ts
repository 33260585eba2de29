/**
 * Claim fans (src/lib/claims/fan.ts): where the buttons of claims that share a place sit, as a
 * table of layouts, and where a fan opens when the map's edges, controls or panel are in the way.
 */
import { describe, expect, it } from 'vitest';
import type { ScreenArea } from '../../src/lib/screen/types';
import {
  BUTTON_PX,
  CELL_PX,
  fanBox,
  fanOffset,
  fanShift,
  placeFan,
  type FanSide,
} from '../../src/lib/claims/fan';

const offsets = (count: number, side: FanSide = 'above', shift = 0) =>
  Array.from({ length: count }, (_, slot) => fanOffset(slot, count, side, shift));

const C = CELL_PX;
/** Distance from the place to the nearest row's centre: the lift plus half a button. */
const NEAR = 18 + BUTTON_PX / 2;

describe('fanOffset', () => {
  it.each([
    ['a lone marker sits on its place', 1, 'above', [[0, 0]]],
    [
      'two side by side, centred above',
      2,
      'above',
      [
        [-C / 2, -NEAR],
        [C / 2, -NEAR],
      ],
    ],
    [
      'three: a row of two, then the last one centred, nearest the place',
      3,
      'above',
      [
        [-C / 2, -NEAR - C],
        [C / 2, -NEAR - C],
        [0, -NEAR],
      ],
    ],
    [
      'four in a 2 × 2 grid to the right, first row level with the place',
      4,
      'right',
      [
        [NEAR, 0],
        [NEAR + C, 0],
        [NEAR, C],
        [NEAR + C, C],
      ],
    ],
    [
      'two below, first row nearest the place',
      2,
      'below',
      [
        [-C / 2, NEAR],
        [C / 2, NEAR],
      ],
    ],
  ] as const)('%s', (_, count, side, expected) => {
    expect(offsets(count, side)).toEqual(expected.map(([x, y]) => [Math.round(x), Math.round(y)]));
  });

  it('puts nine claims in a 3 × 3 grid with no two buttons closer than a cell', () => {
    const grid = offsets(9);
    expect(new Set(grid.map(([x]) => x)).size).toBe(3);
    expect(new Set(grid.map(([, y]) => y)).size).toBe(3);
    for (const [i, a] of grid.entries()) {
      for (const b of grid.slice(i + 1)) {
        expect(Math.max(Math.abs(a[0] - b[0]), Math.abs(a[1] - b[1]))).toBeGreaterThanOrEqual(C);
      }
    }
  });

  it('moves a centred fan sideways by the shift, and never the right-hand fan', () => {
    expect(offsets(2, 'above', 10)).toEqual(offsets(2, 'above').map(([x, y]) => [x + 10, y]));
    expect(offsets(4, 'right', 50)).toEqual(offsets(4, 'right'));
  });
});

describe('fanShift and fanBox', () => {
  const view = { left: 0, top: 0, right: 400, bottom: 300 };

  it.each([
    ['in the middle: no shift', 200, 0],
    ['near the left edge: pushed right until it fits', 10, 3 * (C / 2) - 10],
    ['near the right edge: pushed left', 395, 400 - (3 * C) / 2 - 395],
    ['a place out of view keeps its fan with it', -50, 0],
  ])('%s', (_, x, expected) => {
    expect(fanShift(x, 9, view)).toBe(Math.round(expected));
  });

  it('boxes every button of the fan', () => {
    const box = fanBox({ x: 100, y: 200 }, 2, 'above', 0);
    expect(box).toEqual({
      left: 100 - C / 2 - BUTTON_PX / 2,
      right: 100 + C / 2 + BUTTON_PX / 2,
      top: 200 - NEAR - BUTTON_PX / 2,
      bottom: 200 - NEAR + BUTTON_PX / 2,
    });
  });
});

describe('placeFan', () => {
  const open = (blocked: ScreenArea['blocked'] = []): ScreenArea => ({
    view: { left: 0, top: 0, right: 800, bottom: 600 },
    blocked,
  });

  it('opens above when there is room', () => {
    expect(placeFan({ x: 400, y: 300 }, 9, open())).toEqual({ side: 'above', shift: 0 });
  });

  it('opens to the right when the top edge is too close', () => {
    expect(placeFan({ x: 400, y: 20 }, 4, open()).side).toBe('right');
  });

  it('opens below when a control covers the space above and to the right', () => {
    const control = { left: 300, top: 0, right: 800, bottom: 290 };
    expect(placeFan({ x: 400, y: 300 }, 4, open([control])).side).toBe('below');
  });

  it('falls back to above when nothing fits', () => {
    const tiny: ScreenArea = { view: { left: 0, top: 0, right: 40, bottom: 40 }, blocked: [] };
    expect(placeFan({ x: 20, y: 20 }, 9, tiny).side).toBe('above');
  });
});
