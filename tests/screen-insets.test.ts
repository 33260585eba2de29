/** What covers the map's edges (src/lib/screen/insets.ts), as framing and markers see it. */
import { describe, expect, it } from 'vitest';
import { coveredInsets, relativeTo } from '../src/lib/screen/insets';

const rect = (left: number, top: number, right: number, bottom: number) => ({
  left,
  top,
  right,
  bottom,
});

describe('coveredInsets', () => {
  it.each([
    ['a desktop side panel claims the left', [rect(12, 12, 392, 730)], { left: 392 }],
    ['a phone bottom sheet claims the bottom', [rect(0, 420, 390, 800)], { bottom: 380 }],
    ['the zoom buttons claim the right, not the top', [rect(1240, 10, 1270, 110)], { right: 40 }],
    [
      'the bottom-right group (scale bars over the attribution bar) claims the bottom',
      [rect(400, 725, 1270, 795)],
      { bottom: 75 },
    ],
    [
      'the same group with the attribution folded still claims the bottom',
      [rect(1150, 725, 1270, 795)],
      { bottom: 75 },
    ],
    ['a card in the middle claims nothing', [rect(500, 300, 700, 400)], {}],
    ['an empty (hidden) cover claims nothing', [rect(0, 0, 0, 0)], {}],
    ['a cover off the map claims nothing', [rect(-300, 0, -10, 800)], {}],
  ])('%s', (_, covers, expected) => {
    expect(coveredInsets(1280, 800, covers)).toEqual({
      top: 0,
      right: 0,
      bottom: 0,
      left: 0,
      ...expected,
    });
  });

  it('gives a card across a phone-sized map, floating above its foot, the foot', () => {
    expect(coveredInsets(390, 800, [rect(8, 340, 382, 700)]).bottom).toBe(460);
    // Narrower than half the map and off every edge: nothing.
    expect(coveredInsets(390, 800, [rect(100, 340, 250, 700)]).bottom).toBe(0);
  });

  it('gives a cover past the middle both ways the edge that hides the least of the map', () => {
    // A phone's sheet pulled above the middle: the bottom (52 % of the height), not a side (100 %).
    expect(coveredInsets(390, 791, [rect(0, 380, 390, 791)])).toEqual({
      top: 0,
      right: 0,
      bottom: 411,
      left: 0,
    });
    // A wide panel down the whole left of a desktop map: the left.
    expect(coveredInsets(1280, 800, [rect(0, 0, 700, 800)]).left).toBe(700);
  });

  it('takes the largest claim on each edge', () => {
    const insets = coveredInsets(1280, 800, [rect(0, 760, 300, 800), rect(400, 700, 900, 800)]);
    expect(insets.bottom).toBe(100);
  });
});

describe('relativeTo', () => {
  it("puts a page rectangle into the map's pixels, whose corner is at origin", () => {
    expect(relativeTo(rect(110, 70, 150, 90), { left: 100, top: 50 })).toEqual(
      rect(10, 20, 50, 40),
    );
    expect(relativeTo(rect(90, 40, 95, 45), { left: 100, top: 50 })).toEqual(
      rect(-10, -10, -5, -5),
    );
  });
});
