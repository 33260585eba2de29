/**
 * Approaches that follow the water: from a harbour to the nearest node of the sea-lane network,
 * a Dijkstra search over the 1:50m water grid (scripts/lib/water-grid.ts), then the path of cell
 * centres pulled straight wherever a straight leg crosses no land (exact test, land-index.ts).
 *
 * - The first `toleranceKm` from the harbour are not checked: harbours sit on 1:50m coastlines,
 *   and the search starts from every water cell within that distance (the straight leg to it).
 * - Water only first. Where that finds no node within `maxKm` (a harbour up a river 1:50m draws
 *   as land, on a lake, which Natural Earth's land covers, or in a bay whose mouth is narrower
 *   than the grid resolves), a second search may cross land at `landPenalty` times the cost of
 *   water, so it crosses as little as it can; the result is approximate and says how many km lie
 *   on land.
 * - A harbour on water that the first search explored to its end without meeting the network
 *   (the Caspian Sea) is on enclosed water.
 */
import { geodesicKm } from '../../src/lib/routing/geodesic';
import { NodeHeap } from '../../src/lib/routing/heap';
import type { LonLat } from '../../src/lib/routing/ports';
import type { LandIndex } from './land-index';
import { CELLS_PER_DEG, COLS, ROWS, type WaterGrid } from './water-grid';

/** Km per arc-minute of latitude on the mean sphere (R = 6,371.0088 km). */
const KM_PER_CELL = (6371.0088 * Math.PI) / (180 * CELLS_PER_DEG);

export interface ApproachOptions {
  toleranceKm: number;
  maxKm: number;
  landPenalty: number;
}

export type ApproachResult =
  | {
      ok: true;
      /** Waypoints after the harbour, ending at the node's position. */
      approach: LonLat[];
      node: number;
      /** Km of the approach on 1:50m land beyond the tolerance (0 = at sea throughout). */
      landKm: number;
    }
  | { ok: false; enclosed: boolean };

export interface Targets {
  /** Network nodes by the cells of their 3 × 3 neighbourhood. */
  byCell: Map<number, number[]>;
  position(node: number): LonLat;
}

const round4 = (p: readonly [number, number]): LonLat => [
  Math.round(p[0] * 1e4) / 1e4,
  Math.round(p[1] * 1e4) / 1e4,
];

/** Builds the target lookup for a set of network nodes. */
export function targetsFor(
  grid: WaterGrid,
  nodes: readonly number[],
  position: (node: number) => LonLat,
): Targets {
  const byCell = new Map<number, number[]>();
  for (const n of nodes) {
    const [lon, lat] = position(n);
    const home = grid.cellOf(lon, lat);
    const r = Math.floor(home / COLS);
    const c = home - r * COLS;
    for (let dr = -1; dr <= 1; dr++) {
      for (let dc = -1; dc <= 1; dc++) {
        if (r + dr < 0 || r + dr >= ROWS) continue;
        const cell = (r + dr) * COLS + ((c + dc + COLS) % COLS);
        const list = byCell.get(cell);
        if (list) list.push(n);
        else byCell.set(cell, [n]);
      }
    }
  }
  return { byCell, position };
}

/** A reusable searcher (scratch arrays sized once for the largest window). */
export function createApproachSearch(grid: WaterGrid, land: LandIndex, targets: Targets) {
  const heap = new NodeHeap();
  let size = 0;
  let cost = new Float64Array(0);
  let len = new Float64Array(0);
  let prev = new Int32Array(0);
  let stamp = new Uint32Array(0);
  let done = new Uint32Array(0);
  let epoch = 0;

  /**
   * Whether a step between two neighbouring cells stays at sea: both centres off land, and where
   * either cell is on the shore, the straight step checked against the exact polygons.
   */
  const open = (from: number, to: number, fromCentre: LonLat): boolean => {
    if (grid.isLand(to)) return false;
    if (grid.isWater(from) && grid.isWater(to)) return true;
    return !land.crossesCoast(fromCentre, grid.centre(to));
  };

  const search = (harbour: LonLat, water: boolean, o: ApproachOptions) => {
    const span = Math.ceil(o.maxKm / KM_PER_CELL) + 2;
    const hc = grid.cellOf(harbour[0], harbour[1]);
    const hr = Math.floor(hc / COLS);
    const hcol = hc - hr * COLS;
    const r0 = Math.max(0, hr - span);
    const r1 = Math.min(ROWS - 1, hr + span);
    const poleward = Math.max(Math.abs(90 - r0 / CELLS_PER_DEG), Math.abs(90 - r1 / CELLS_PER_DEG));
    const cos = Math.cos((Math.min(89.9, poleward) * Math.PI) / 180);
    const half = Math.min(Math.floor(COLS / 2) - 1, Math.ceil(span / cos));
    const width = 2 * half + 1;
    const c0 = hcol - half;
    const need = (r1 - r0 + 1) * width;
    if (need > size) {
      size = need;
      cost = new Float64Array(size);
      len = new Float64Array(size);
      prev = new Int32Array(size);
      stamp = new Uint32Array(size);
      done = new Uint32Array(size);
    }
    epoch++;
    heap.clear();
    const local = (r: number, c: number) => (r - r0) * width + (c - c0);
    const global = (i: number) => {
      const r = r0 + Math.floor(i / width);
      const c = c0 + (i % width);
      return r * COLS + (((c % COLS) + COLS) % COLS);
    };
    const relax = (i: number, k: number, l: number, p: number) => {
      if (stamp[i] === epoch && cost[i]! <= k) return;
      stamp[i] = epoch;
      cost[i] = k;
      len[i] = l;
      prev[i] = p;
      heap.push(k, i);
    };
    // Seeds: the cells within the tolerance, reached by the straight (unchecked) leg.
    const sr = Math.ceil(o.toleranceKm / KM_PER_CELL) + 1;
    const sc = Math.min(
      half,
      Math.ceil(sr / Math.max(0.01, Math.cos((harbour[1] * Math.PI) / 180))),
    );
    for (let r = Math.max(r0, hr - sr); r <= Math.min(r1, hr + sr); r++) {
      for (let c = hcol - sc; c <= hcol + sc; c++) {
        const g = r * COLS + (((c % COLS) + COLS) % COLS);
        if (water && grid.isLand(g)) continue;
        const [x, y] = grid.centre(g);
        const d = geodesicKm(harbour[0], harbour[1], x, y);
        if (d <= o.toleranceKm || g === hc) relax(local(r, c), d, d, -1);
      }
    }
    let pruned = false;
    let settled = 0;
    while (heap.size) {
      const i = heap.pop();
      if (done[i] === epoch) continue;
      done[i] = epoch;
      settled++;
      const g = global(i);
      const here = grid.centre(g);
      for (const node of targets.byCell.get(g) ?? []) {
        const to = targets.position(node);
        if (water && land.segmentHitsLand(round4(here), to)) continue;
        const cells: number[] = [];
        for (let k = i; k >= 0; k = prev[k]!) cells.push(global(k));
        return { found: true as const, cells: cells.reverse(), node };
      }
      const r = r0 + Math.floor(i / width);
      const c = c0 + (i % width);
      const dx = KM_PER_CELL * Math.cos((here[1] * Math.PI) / 180);
      for (let dr = -1; dr <= 1; dr++) {
        const nr = r + dr;
        if (nr < r0 || nr > r1) continue;
        for (let dc = -1; dc <= 1; dc++) {
          if (!dr && !dc) continue;
          const nc = c + dc;
          if (nc < c0 || nc >= c0 + width) continue;
          const j = local(nr, nc);
          if (done[j] === epoch) continue;
          const ng = nr * COLS + (((nc % COLS) + COLS) % COLS);
          if (water && !open(g, ng, here)) continue;
          const step = Math.hypot(dr * KM_PER_CELL, dc * dx);
          const l = len[i]! + step;
          if (l > o.maxKm) {
            pruned = true;
            continue;
          }
          const penalty = !water && grid.isLand(ng) ? o.landPenalty : 1;
          relax(j, cost[i]! + step * penalty, l, i);
        }
      }
    }
    return { found: false as const, enclosed: water && !pruned && settled > 0 };
  };

  /** Pulls a run of vertices straight wherever the straight leg crosses no land. */
  const pull = (pts: LonLat[]): LonLat[] => {
    const out = [pts[0]!];
    let i = 0;
    while (i < pts.length - 1) {
      let j = i + 1;
      while (j + 1 < pts.length && !land.segmentHitsLand(pts[i]!, pts[j + 1]!)) j++;
      out.push(pts[j]!);
      i = j;
    }
    return out;
  };

  /**
   * Whether the water around a harbour is enclosed: a flood over the cells whose centre is at sea,
   * from those within the tolerance, ends without meeting a network node (the Caspian). Stops at
   * the first node, or undecided (false) after ENCLOSED_MAX_CELLS.
   */
  let seen: Uint8Array | undefined;
  const enclosedWater = (harbour: LonLat, o: ApproachOptions): boolean => {
    seen ??= new Uint8Array(Math.ceil((COLS * ROWS) / 8));
    const visited: number[] = [];
    const visit = (g: number) => {
      seen![g >>> 3]! |= 1 << (g & 7);
      visited.push(g);
    };
    const was = (g: number) => (seen![g >>> 3]! >>> (g & 7)) & 1;
    const hc = grid.cellOf(harbour[0], harbour[1]);
    const span = Math.ceil(o.toleranceKm / KM_PER_CELL) + 1;
    for (let dr = -span; dr <= span; dr++) {
      for (let dc = -span; dc <= span; dc++) {
        const g = hc + dr * COLS + dc;
        if (g < 0 || g >= COLS * ROWS || grid.isLand(g) || was(g)) continue;
        const [x, y] = grid.centre(g);
        if (geodesicKm(harbour[0], harbour[1], x, y) <= o.toleranceKm) visit(g);
      }
    }
    let enclosed = visited.length > 0;
    for (let i = 0; i < visited.length; i++) {
      const g = visited[i]!;
      if (targets.byCell.has(g) || visited.length > ENCLOSED_MAX_CELLS) {
        enclosed = false;
        break;
      }
      const r = Math.floor(g / COLS);
      const c = g - r * COLS;
      for (let dr = -1; dr <= 1; dr++) {
        if (r + dr < 0 || r + dr >= ROWS) continue;
        for (let dc = -1; dc <= 1; dc++) {
          const n = (r + dr) * COLS + ((c + dc + COLS) % COLS);
          if (!was(n) && !grid.isLand(n)) visit(n);
        }
      }
    }
    for (const g of visited) seen[g >>> 3]! &= ~(1 << (g & 7));
    return enclosed;
  };

  return (harbour: LonLat, o: ApproachOptions): ApproachResult => {
    let enclosed = false;
    for (const water of [true, false]) {
      const s = search(harbour, water, o);
      if (!s.found) {
        enclosed ||= s.enclosed;
        continue;
      }
      const pts = s.cells.map((g) => round4(grid.centre(g)));
      const node = targets.position(s.node);
      let approach: LonLat[];
      if (water) approach = [...pull(pts), node];
      else {
        // Pull the runs at sea; keep the ends of each run on land, so the land crossed is the
        // search's own.
        approach = [];
        let run: LonLat[] = [];
        for (const p of pts) {
          if (land.isLand(p[0], p[1])) {
            if (run.length) approach.push(...pull(run));
            run = [];
            const last = approach[approach.length - 1];
            const prevOnLand = last && land.isLand(last[0], last[1]);
            if (prevOnLand && approach.length >= 2) {
              const before = approach[approach.length - 2]!;
              if (land.isLand(before[0], before[1])) approach[approach.length - 1] = p;
              else approach.push(p);
            } else approach.push(p);
          } else run.push(p);
        }
        if (run.length) approach.push(...pull(run));
        approach.push(node);
      }
      const line = [harbour, ...approach];
      // Measured every 250 m; where the exact test finds land that sampling misses (a leg that
      // grazes a headland), it counts as 0.1 km, the precision the catalogue gives.
      const landKm = land.touchesLandBeyond(line, o.toleranceKm)
        ? Math.max(0.1, land.landKm(line, o.toleranceKm))
        : 0;
      return { ok: true, approach, node: s.node, landKm };
    }
    return { ok: false, enclosed: enclosed || enclosedWater(harbour, o) };
  };
}

/** A flood bigger than this (about 4 million km² at mid latitudes) is taken as open sea. */
const ENCLOSED_MAX_CELLS = 1_500_000;
