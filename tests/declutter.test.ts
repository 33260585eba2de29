/**
 * Claim marker declutter (src/lib/claims/declutter.ts): buttons never overlap each other or a
 * fixed fan, points that are already clear do not move, and moves are whole cells.
 */
import { describe, expect, it } from 'vitest';
import { declutter, type ScreenPoint } from '../src/lib/claims/declutter';

const CELL = 38;

/** True when two centres are closer than a cell on both axes (their buttons would overlap). */
const overlaps = (a: ScreenPoint, b: ScreenPoint) =>
  Math.abs(a.x - b.x) < CELL && Math.abs(a.y - b.y) < CELL;

function placedPoints(points: ScreenPoint[], offsets: [number, number][]): ScreenPoint[] {
  return points.map((p, i) => ({ x: p.x + offsets[i]![0], y: p.y + offsets[i]![1] }));
}

/** A 32-bit LCG, so failures reproduce. */
function random(seed: number): () => number {
  let x = seed >>> 0;
  return () => {
    x = (Math.imul(x, 1664525) + 1013904223) >>> 0;
    return x / 2 ** 32;
  };
}

describe('declutter', () => {
  it('leaves points that are already a cell apart where they are', () => {
    const points = [
      { x: 0, y: 0 },
      { x: CELL, y: 0 },
      { x: 0, y: CELL + 5 },
    ];
    expect(declutter(points, [], CELL)).toEqual([
      [0, 0],
      [0, 0],
      [0, 0],
    ]);
  });

  it('moves the second of two overlapping markers one cell aside (Vladivostok and Khabarovsk)', () => {
    // At zoom 2 the two places are about 20 px apart vertically.
    const points = [
      { x: 300, y: 200 },
      { x: 305, y: 180 },
    ];
    const offsets = declutter(points, [], CELL);
    expect(offsets[0]).toEqual([0, 0]);
    expect(offsets[1]).toEqual([CELL, 0]);
  });

  it('keeps clear of fixed buttons (a fan)', () => {
    const fan = [
      { x: 100, y: 100 },
      { x: 138, y: 100 },
    ];
    const [offset] = declutter([{ x: 120, y: 110 }], fan, CELL);
    expect(
      placedPoints([{ x: 120, y: 110 }], [offset!]).some((p) => fan.some((f) => overlaps(p, f))),
    ).toBe(false);
  });

  it('moves a button out from under a blocked area (the map controls), whole', () => {
    const controls = { left: 334, top: 0, right: 390, bottom: 150 };
    const [offset] = declutter([{ x: 350, y: 100 }], [], CELL, [controls]);
    const x = 350 + offset![0];
    const y = 100 + offset![1];
    const clear =
      x + CELL / 2 <= controls.left ||
      x - CELL / 2 >= controls.right ||
      y - CELL / 2 >= controls.bottom;
    expect(clear).toBe(true);
  });

  it('never leaves two buttons overlapping in random crowded scenes', () => {
    for (let seed = 1; seed <= 200; seed++) {
      const next = random(seed);
      const points = Array.from({ length: 6 }, () => ({ x: next() * 120, y: next() * 120 }));
      const fixed = Array.from({ length: 3 }, () => ({ x: next() * 120, y: next() * 120 }));
      const offsets = declutter(points, fixed, CELL);
      const placed = placedPoints(points, offsets);
      for (let i = 0; i < placed.length; i++) {
        for (const other of [...placed.slice(i + 1), ...fixed]) {
          expect(overlaps(placed[i]!, other), `seed ${seed}`).toBe(false);
        }
        // Moves are whole cells.
        for (const d of offsets[i]!) expect(Math.abs(d % CELL)).toBe(0);
      }
    }
  });
});
