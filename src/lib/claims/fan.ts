/**
 * Where claim markers that share a place sit on screen: a near-square grid of buttons ("a fan")
 * above, beside or below the place, moved sideways to stay in view. Pure: pixels in, offsets out
 * (src/ui/claims/claim-markers.ts draws them; tests/claims/fan.test.ts checks the table of layouts).
 */
import type { ScreenArea, ScreenPoint, ScreenRect } from '../screen/types';
import { fits } from './declutter';

/** Marker button size and the grid's spacing, px: 32 px keeps well above the 24 px target size. */
export const BUTTON_PX = 32;
export const CELL_PX = BUTTON_PX + 6;
/** Gap between the place and the grid's bottom row, px. */
const LIFT_PX = 18;

const gridOf = (count: number) => {
  const cols = Math.ceil(Math.sqrt(count));
  return { cols, rows: Math.ceil(count / cols) };
};

/** Which side of its place a fan of markers opens to. */
export type FanSide = 'above' | 'right' | 'below';

/**
 * Pixel offset of marker `slot` of `count` at one place: a lone marker sits on the place; several
 * form a near-square grid, first slot top left: centred above the place (moved sideways by
 * `shiftX` near the map's edges), or to its right with the first row level with it, or centred
 * below it.
 */
export function fanOffset(
  slot: number,
  count: number,
  side: FanSide = 'above',
  shiftX = 0,
): [number, number] {
  if (count <= 1) return [0, 0];
  const { cols, rows } = gridOf(count);
  const row = Math.floor(slot / cols);
  const col = slot - row * cols;
  const near = LIFT_PX + BUTTON_PX / 2;
  if (side === 'right') return [near + col * CELL_PX, row * CELL_PX];
  // The last row may be short: centre it too.
  const inRow = row === rows - 1 ? count - row * cols : cols;
  const x = (col - (inRow - 1) / 2) * CELL_PX + shiftX;
  const y = side === 'below' ? near + row * CELL_PX : -(near + (rows - 1 - row) * CELL_PX);
  return [Math.round(x), Math.round(y)];
}

/** How far a centred fan must move sideways to stay in view, px. */
export function fanShift(x: number, count: number, { left, right }: ScreenRect): number {
  // A place out of view keeps its fan with it.
  if (x < left || x > right) return 0;
  const half = (gridOf(count).cols * CELL_PX) / 2;
  if (x - half < left) return Math.round(Math.min(left + half - x, right - x - half));
  if (x + half > right) return Math.round(right - half - x);
  return 0;
}

/** The screen box a fan's buttons cover, px. */
export function fanBox(
  point: ScreenPoint,
  count: number,
  side: FanSide,
  shiftX: number,
): ScreenRect {
  const box = { left: Infinity, top: Infinity, right: -Infinity, bottom: -Infinity };
  for (let slot = 0; slot < count; slot++) {
    const [dx, dy] = fanOffset(slot, count, side, shiftX);
    box.left = Math.min(box.left, point.x + dx - BUTTON_PX / 2);
    box.right = Math.max(box.right, point.x + dx + BUTTON_PX / 2);
    box.top = Math.min(box.top, point.y + dy - BUTTON_PX / 2);
    box.bottom = Math.max(box.bottom, point.y + dy + BUTTON_PX / 2);
  }
  return box;
}

/**
 * Where a fan opens: above its place, else to its right, else below, the first that fits on the
 * map clear of its controls and panel (above when none does); centred fans move sideways to stay
 * between the edges.
 */
export function placeFan(
  point: ScreenPoint,
  count: number,
  area: ScreenArea,
): { side: FanSide; shift: number } {
  const shiftFor = (side: FanSide) => (side === 'right' ? 0 : fanShift(point.x, count, area.view));
  for (const side of ['above', 'right', 'below'] as const) {
    const shift = shiftFor(side);
    if (fits(fanBox(point, count, side, shift), area)) return { side, shift };
  }
  return { side: 'above', shift: shiftFor('above') };
}
