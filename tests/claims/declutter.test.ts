/**
 * Claim marker declutter (src/lib/claims/declutter.ts): buttons never overlap each other, a
 * fixed fan or a control, stay wholly in view, leave places out of view alone, and move by whole
 * cells.
 */
import { describe, expect, it } from 'vitest';
import { declutter, fits } from '../../src/lib/claims/declutter';
import type { ScreenArea, ScreenPoint, ScreenRect } from '../../src/lib/screen/types';
import { random } from '../random';

const CELL = 38;

/** A map of the given size in view, with optional blocked areas. */
const area = (width: number, height: number, blocked: ScreenRect[] = []): ScreenArea => ({
  view: { left: 0, top: 0, right: width, bottom: height },
  blocked,
});
const WIDE = area(1000, 1000);

/** True when two centres are closer than a cell on both axes (their buttons would overlap). */
const overlaps = (a: ScreenPoint, b: ScreenPoint) =>
  Math.abs(a.x - b.x) < CELL && Math.abs(a.y - b.y) < CELL;

const box = ({ x, y }: ScreenPoint): ScreenRect => ({
  left: x - CELL / 2,
  top: y - CELL / 2,
  right: x + CELL / 2,
  bottom: y + CELL / 2,
});

function placedPoints(points: ScreenPoint[], offsets: [number, number][]): ScreenPoint[] {
  return points.map((p, i) => ({ x: p.x + offsets[i]![0], y: p.y + offsets[i]![1] }));
}

describe('declutter', () => {
  it('leaves points that are already a cell apart where they are', () => {
    const points = [
      { x: 100, y: 100 },
      { x: 100 + CELL, y: 100 },
      { x: 100, y: 100 + CELL + 5 },
    ];
    expect(declutter(points, [], CELL, WIDE)).toEqual([
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
    expect(declutter(points, [], CELL, WIDE)).toEqual([
      [0, 0],
      [CELL, 0],
    ]);
  });

  it('keeps clear of fixed buttons (a fan)', () => {
    const fan = [
      { x: 100, y: 100 },
      { x: 138, y: 100 },
    ];
    const point = { x: 120, y: 110 };
    const [placed] = placedPoints([point], declutter([point], fan, CELL, WIDE));
    expect(fan.some((f) => overlaps(placed!, f))).toBe(false);
  });

  it('moves a button out from under a control, and keeps it wholly in view', () => {
    const map = area(390, 800, [{ left: 350, top: 10, right: 380, bottom: 100 }]);
    const point = { x: 360, y: 60 };
    const [placed] = placedPoints([point], declutter([point], [], CELL, map));
    expect(fits(box(placed!), map)).toBe(true);
    // Near the top edge a button moves down or sideways, never half off the map.
    const top = { x: 200, y: 5 };
    const [moved] = placedPoints([top], declutter([top], [], CELL, map));
    expect(fits(box(moved!), map)).toBe(true);
  });

  it('leaves a place out of view alone, and it is in no one’s way', () => {
    const map = area(400, 400);
    const points = [
      { x: -10, y: 200 },
      { x: 5, y: 200 },
    ];
    const offsets = declutter(points, [], CELL, map);
    expect(offsets[0]).toEqual([0, 0]);
    // The second only moves off the left edge, not away from the first.
    expect(offsets[1]).toEqual([CELL, 0]);
  });

  it('stays put when no slot within three cells is free', () => {
    const point = { x: 100, y: 100 };
    const crowd: ScreenPoint[] = [];
    for (let i = -4; i <= 4; i++) {
      for (let j = -4; j <= 4; j++) crowd.push({ x: 100 + i * CELL, y: 100 + j * CELL });
    }
    expect(declutter([point], crowd, CELL, WIDE)).toEqual([[0, 0]]);
  });

  it('never leaves two buttons overlapping in random crowded scenes', () => {
    for (let seed = 1; seed <= 200; seed++) {
      const next = random(seed);
      const points = Array.from({ length: 6 }, () => ({
        x: 200 + next() * 120,
        y: 200 + next() * 120,
      }));
      const fixed = Array.from({ length: 3 }, () => ({
        x: 200 + next() * 120,
        y: 200 + next() * 120,
      }));
      const offsets = declutter(points, fixed, CELL, WIDE);
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
