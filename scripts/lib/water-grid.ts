/**
 * Natural Earth 1:50m land rasterised on a global grid of 1 arc-minute cells (21,600 × 10,800,
 * about 1.85 km north–south), two bits per cell: `land` (the cell's centre is on land) and
 * `shore` (a land edge passes through the cell). A cell is open water when it is neither, so a
 * straight step between the centres of two neighbouring water cells never touches land: the
 * water search of scripts/lib/approach-search.ts can trust its grid, and narrow channels (under
 * about two cells across) are closed to it, which is the price of that guarantee.
 */
import type { LandIndex } from './land-index';

export const CELLS_PER_DEG = 60;
export const COLS = 360 * CELLS_PER_DEG;
export const ROWS = 180 * CELLS_PER_DEG;

export interface WaterGrid {
  /** Cell index of a position (longitude wrapped). */
  cellOf(lon: number, lat: number): number;
  /** Centre of a cell as [lon, lat]. */
  centre(cell: number): [number, number];
  isWater(cell: number): boolean;
  /** Centre on land (a shore cell whose centre is at sea is not). */
  isLand(cell: number): boolean;
}

const bit = (bits: Uint8Array, i: number) => (bits[i >>> 3]! >>> (i & 7)) & 1;
const set = (bits: Uint8Array, i: number) => {
  bits[i >>> 3]! |= 1 << (i & 7);
};

/** Rasterises the land index (a few seconds). */
export function buildWaterGrid(land: LandIndex): WaterGrid {
  const n = COLS * ROWS;
  const landBits = new Uint8Array(Math.ceil(n / 8));
  const shoreBits = new Uint8Array(Math.ceil(n / 8));
  const e = land.edges;
  const edgeCount = e.length / 4;
  // Scanline fill: the x of every edge crossing each row's centre line, sorted, filled pairwise
  // (even-odd, as the land index's ray cast).
  const crossings: number[][] = Array.from({ length: ROWS }, () => []);
  const rowY = (r: number) => 90 - (r + 0.5) / CELLS_PER_DEG;
  for (let k = 0; k < edgeCount; k++) {
    const [x1, y1, x2, y2] = [e[4 * k]!, e[4 * k + 1]!, e[4 * k + 2]!, e[4 * k + 3]!];
    if (y1 === y2) continue;
    const top = Math.max(y1, y2);
    const bottom = Math.min(y1, y2);
    const r0 = Math.max(0, Math.ceil((90 - top) * CELLS_PER_DEG - 0.5));
    const r1 = Math.min(ROWS - 1, Math.floor((90 - bottom) * CELLS_PER_DEG - 0.5));
    for (let r = r0; r <= r1; r++) {
      const y = rowY(r);
      if (y1 > y !== y2 > y) crossings[r]!.push(x1 + ((y - y1) * (x2 - x1)) / (y2 - y1));
    }
  }
  for (let r = 0; r < ROWS; r++) {
    const xs = crossings[r]!.sort((a, b) => a - b);
    for (let i = 0; i + 1 < xs.length; i += 2) {
      const c0 = Math.max(0, Math.ceil((xs[i]! + 180) * CELLS_PER_DEG - 0.5));
      const c1 = Math.min(COLS - 1, Math.floor((xs[i + 1]! + 180) * CELLS_PER_DEG - 0.5));
      for (let c = c0; c <= c1; c++) set(landBits, r * COLS + c);
    }
    crossings[r] = [];
  }
  // Shore: every cell an edge passes through, by walking the edge cell to cell (Amanatides and
  // Woo's grid traversal), so a cell that is not shore has no land edge in it at all.
  for (let k = 0; k < edgeCount; k++) {
    const x1 = (e[4 * k]! + 180) * CELLS_PER_DEG;
    const y1 = (90 - e[4 * k + 1]!) * CELLS_PER_DEG;
    const x2 = (e[4 * k + 2]! + 180) * CELLS_PER_DEG;
    const y2 = (90 - e[4 * k + 3]!) * CELLS_PER_DEG;
    if (Math.max(x1, x2) < 0 || Math.min(x1, x2) > COLS) continue;
    let c = Math.floor(x1);
    let r = Math.floor(y1);
    const cEnd = Math.floor(x2);
    const rEnd = Math.floor(y2);
    const dx = x2 - x1;
    const dy = y2 - y1;
    const sc = Math.sign(dx);
    const sr = Math.sign(dy);
    const tdx = dx ? Math.abs(1 / dx) : Infinity;
    const tdy = dy ? Math.abs(1 / dy) : Infinity;
    let tx = dx ? (sc > 0 ? c + 1 - x1 : x1 - c) * tdx : Infinity;
    let ty = dy ? (sr > 0 ? r + 1 - y1 : y1 - r) * tdy : Infinity;
    const mark = () => {
      if (c >= 0 && c < COLS && r >= 0 && r < ROWS) set(shoreBits, r * COLS + c);
    };
    mark();
    for (let guard = 0; (c !== cEnd || r !== rEnd) && guard < 100000; guard++) {
      if (tx < ty) {
        c += sc;
        tx += tdx;
      } else if (ty < tx) {
        r += sr;
        ty += tdy;
      } else {
        // Through a corner exactly: the two side cells are touched too.
        c += sc;
        mark();
        c -= sc;
        r += sr;
        mark();
        c += sc;
        tx += tdx;
        ty += tdy;
      }
      mark();
    }
  }
  return {
    cellOf(lon, lat) {
      const x = ((((lon + 180) % 360) + 360) % 360) - 180;
      const c = Math.min(COLS - 1, Math.floor((x + 180) * CELLS_PER_DEG));
      const r = Math.min(ROWS - 1, Math.max(0, Math.floor((90 - lat) * CELLS_PER_DEG)));
      return r * COLS + c;
    },
    centre(cell) {
      const r = Math.floor(cell / COLS);
      const c = cell - r * COLS;
      return [-180 + (c + 0.5) / CELLS_PER_DEG, rowY(r)];
    },
    isWater: (cell) => !bit(landBits, cell) && !bit(shoreBits, cell),
    isLand: (cell) => bit(landBits, cell) === 1,
  };
}
