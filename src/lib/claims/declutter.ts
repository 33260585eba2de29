/**
 * Screen-space placement of claim markers. At small scales places such as Vladivostok and
 * Khabarovsk fall within one button of each other, and overlapping buttons hide and steal each
 * other's clicks. Each lone marker keeps its own point unless a marker already placed, a control,
 * a label it must not hide or the edge of the visible map (the panel's, on phones the sheet's) is
 * in the way; then the nearest free slot on rings of whole-cell steps around its point (a leader
 * line ties it back).
 * Pure: pixels in, offsets out.
 */
import type { ScreenArea, ScreenPoint, ScreenRect } from '../screen/types';

/** Whether a point is in view (a marker's place on the visible map). */
export function inView(p: ScreenPoint, { view }: ScreenArea): boolean {
  return p.x >= view.left && p.x <= view.right && p.y >= view.top && p.y <= view.bottom;
}

/** Whether a rectangle lies wholly in view and clear of every blocked area. */
export function fits(r: ScreenRect, area: ScreenArea): boolean {
  const { view } = area;
  if (r.left < view.left || r.top < view.top || r.right > view.right || r.bottom > view.bottom) {
    return false;
  }
  return area.blocked.every(
    (b) => r.right <= b.left || r.left >= b.right || r.bottom <= b.top || r.top >= b.bottom,
  );
}

/** Candidate steps in cells, nearest first: right and left, then up and down, then diagonals. */
const STEPS: readonly (readonly [number, number])[] = [1, 2, 3].flatMap((r) => [
  [r, 0],
  [-r, 0],
  [0, -r],
  [0, r],
  [r, -r],
  [-r, -r],
  [r, r],
  [-r, r],
]);

/**
 * Offsets for `points` so that no two of them, and none of them and a `fixed` centre, are closer
 * than `cell` on both axes, and each cell-sized box fits the area. Points are placed in order;
 * one that finds no free slot stays put. A point out of view (off the map, under the panel)
 * stays put and is in no one's way: its marker is hidden with its place.
 */
export function declutter(
  points: readonly ScreenPoint[],
  fixed: readonly ScreenPoint[],
  cell: number,
  area: ScreenArea,
): [number, number][] {
  const placed: ScreenPoint[] = [...fixed];
  const half = cell / 2;
  const free = (x: number, y: number) =>
    placed.every((p) => Math.abs(p.x - x) >= cell || Math.abs(p.y - y) >= cell) &&
    fits({ left: x - half, top: y - half, right: x + half, bottom: y + half }, area);
  return points.map(({ x, y }) => {
    if (!inView({ x, y }, area)) return [0, 0];
    let offset: [number, number] = [0, 0];
    if (!free(x, y)) {
      const step = STEPS.find(([i, j]) => free(x + i * cell, y + j * cell));
      if (step) offset = [step[0] * cell, step[1] * cell];
    }
    placed.push({ x: x + offset[0], y: y + offset[1] });
    return offset;
  });
}
