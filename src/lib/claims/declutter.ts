/**
 * Screen-space placement of lone claim markers: at small scales places such as Vladivostok and
 * Khabarovsk fall within one button of each other, and overlapping buttons hide and steal each
 * other's clicks. Each marker keeps its own point unless a marker already placed, or a blocked
 * area (the map's controls), is in the way; then it takes the nearest free slot on rings of
 * whole-cell steps around its point (a leader line ties it back). Pure: pixels in, offsets out.
 */

export interface ScreenPoint {
  x: number;
  y: number;
}

/** A screen rectangle no button may overlap, px. */
export interface ScreenRect {
  left: number;
  top: number;
  right: number;
  bottom: number;
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
 * than `cell` on both axes, and no cell-sized box around them overlaps a `blocked` rectangle.
 * Points are placed in order; one that finds no free slot stays put.
 */
export function declutter(
  points: readonly ScreenPoint[],
  fixed: readonly ScreenPoint[],
  cell: number,
  blocked: readonly ScreenRect[] = [],
): [number, number][] {
  const placed: ScreenPoint[] = [...fixed];
  const half = cell / 2;
  const free = (x: number, y: number) =>
    placed.every((p) => Math.abs(p.x - x) >= cell || Math.abs(p.y - y) >= cell) &&
    blocked.every(
      (r) => x + half <= r.left || x - half >= r.right || y + half <= r.top || y - half >= r.bottom,
    );
  return points.map(({ x, y }) => {
    let offset: [number, number] = [0, 0];
    if (!free(x, y)) {
      const step = STEPS.find(([i, j]) => free(x + i * cell, y + j * cell));
      if (step) offset = [step[0] * cell, step[1] * cell];
    }
    placed.push({ x: x + offset[0], y: y + offset[1] });
    return offset;
  });
}
