/**
 * Natural Earth 1:50m land (world-atlas `land-50m.json`, public domain) as an exact, fast index:
 * point-in-land by a ray cast over the edges of one latitude band, and whether a segment crosses
 * land by testing it against the edges of the grid cells it passes. It answers in microseconds,
 * so the build and the data test can check thousands of approach legs; `isOnLand` in
 * load-network.ts is this index's point test.
 */
import { createRequire } from 'node:module';
import type { MultiPolygon, Polygon } from 'geojson';
import { feature } from 'topojson-client';
import type { Topology } from 'topojson-specification';
import { geodesicKm } from '../../src/lib/routing/geodesic';
import type { LonLat } from '../../src/lib/routing/ports';

const BAND_DEG = 0.1;
const CELL_DEG = 0.5;
const COLS = 360 / CELL_DEG;
const ROWS = 180 / CELL_DEG;

export interface LandIndex {
  /** Every land edge as x1, y1, x2, y2 (degrees). */
  readonly edges: Float64Array;
  /** Whether a point is on 1:50m land (longitude wrapped to ±180). */
  isLand(lon: number, lat: number): boolean;
  /** Whether the segment a–b touches land anywhere (its ends included). */
  segmentHitsLand(a: LonLat, b: LonLat): boolean;
  /** Whether a short segment (under 180° of longitude, not across ±180°) crosses a land edge. */
  crossesCoast(a: LonLat, b: LonLat): boolean;
  /** Whether a polyline touches land anywhere beyond its first `skipKm` (exact). */
  touchesLandBeyond(line: readonly LonLat[], skipKm: number): boolean;
  /** Km of a polyline on land, sampled every `stepKm`, ignoring its first `skipKm`. */
  landKm(line: readonly LonLat[], skipKm?: number, stepKm?: number): number;
}

const wrap = (lon: number) => ((((lon + 180) % 360) + 360) % 360) - 180;

/**
 * Makes a ring that world-atlas stitched across ±180° (Chukotka, Wrangel, Fiji, Antarctica) a
 * closed curve in continuous longitudes, so that an even-odd ray cast stays right; the caller adds
 * it shifted by 360° too, so both sides of the antimeridian are covered. Antarctica winds once
 * round the pole: it is closed along the pole.
 */
export function continuousRing(ring: readonly (readonly number[])[]): number[] {
  const out: number[] = [];
  let shift = 0;
  let prev = ring[0]![0]!;
  for (const p of ring) {
    const x = p[0]!;
    if (x - prev > 180) shift -= 360;
    else if (prev - x > 180) shift += 360;
    prev = x;
    out.push(x + shift, p[1]!);
  }
  const dx = out[out.length - 2]! - out[0]!;
  if (Math.abs(dx) > 180) {
    const pole = out[1]! < 0 ? -90 : 90;
    out.push(out[out.length - 2]!, pole, out[0]!, pole, out[0]!, out[1]!);
  }
  return out;
}

/** Land rings of world-atlas land-50m, each a flat [x0, y0, x1, y1, …] closed ring. */
function landRings(scale: LandScale): number[][] {
  const require = createRequire(import.meta.url);
  const topo = require(`world-atlas/land-${scale}.json`) as Topology;
  const fc = feature(topo, topo.objects.land!) as unknown as {
    features: { geometry: Polygon | MultiPolygon }[];
  };
  const rings: number[][] = [];
  for (const f of fc.features) {
    const polys = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
    for (const poly of polys) {
      for (const ring of poly) {
        const r = continuousRing(ring);
        rings.push(r);
        const xs = r.filter((_, i) => i % 2 === 0);
        const [lo, hi] = [Math.min(...xs), Math.max(...xs)];
        if (hi > 180) rings.push(r.map((v, i) => (i % 2 === 0 ? v - 360 : v)));
        if (lo < -180) rings.push(r.map((v, i) => (i % 2 === 0 ? v + 360 : v)));
      }
    }
  }
  return rings;
}

/** Whether segments p–q and r–s intersect (touching counts). */
function crosses(
  px: number,
  py: number,
  qx: number,
  qy: number,
  rx: number,
  ry: number,
  sx: number,
  sy: number,
): boolean {
  const d1 = (sx - rx) * (py - ry) - (sy - ry) * (px - rx);
  const d2 = (sx - rx) * (qy - ry) - (sy - ry) * (qx - rx);
  const d3 = (qx - px) * (ry - py) - (qy - py) * (rx - px);
  const d4 = (qx - px) * (sy - py) - (qy - py) * (sx - px);
  if (((d1 > 0 && d2 < 0) || (d1 < 0 && d2 > 0)) && ((d3 > 0 && d4 < 0) || (d3 < 0 && d4 > 0)))
    return true;
  const on = (ax: number, ay: number, bx: number, by: number, cx: number, cy: number) =>
    Math.min(ax, bx) <= cx &&
    cx <= Math.max(ax, bx) &&
    Math.min(ay, by) <= cy &&
    cy <= Math.max(ay, by);
  return (
    (d1 === 0 && on(rx, ry, sx, sy, px, py)) ||
    (d2 === 0 && on(rx, ry, sx, sy, qx, qy)) ||
    (d3 === 0 && on(px, py, qx, qy, rx, ry)) ||
    (d4 === 0 && on(px, py, qx, qy, sx, sy))
  );
}

/** Natural Earth scale: 1:50m (the atlas's land everywhere) or 1:10m. */
export type LandScale = '50m' | '10m';

const cached = new Map<LandScale, LandIndex>();

/** Builds (once per scale) the index over Natural Earth land. */
export function landIndex(scale: LandScale = '50m'): LandIndex {
  const hit = cached.get(scale);
  if (hit) return hit;
  const rings = landRings(scale);
  const list: number[] = [];
  for (const r of rings)
    for (let i = 2; i < r.length; i += 2) list.push(r[i - 2]!, r[i - 1]!, r[i]!, r[i + 1]!);
  const edges = Float64Array.from(list);
  const n = edges.length / 4;
  const bands: number[][] = Array.from({ length: Math.ceil(180 / BAND_DEG) + 1 }, () => []);
  const cells = new Map<number, number[]>();
  const cellOf = (x: number, y: number) => [
    Math.min(COLS - 1, Math.max(0, Math.floor((x + 180) / CELL_DEG))),
    Math.min(ROWS - 1, Math.max(0, Math.floor((y + 90) / CELL_DEG))),
  ];
  for (let e = 0; e < n; e++) {
    const [x1, y1, x2, y2] = [
      edges[4 * e]!,
      edges[4 * e + 1]!,
      edges[4 * e + 2]!,
      edges[4 * e + 3]!,
    ];
    const b0 = Math.floor((Math.min(y1, y2) + 90) / BAND_DEG);
    const b1 = Math.floor((Math.max(y1, y2) + 90) / BAND_DEG);
    for (let b = b0; b <= b1; b++) bands[b]!.push(e);
    const [c0, r0] = cellOf(Math.min(x1, x2), Math.min(y1, y2));
    const [c1, r1] = cellOf(Math.max(x1, x2), Math.max(y1, y2));
    for (let r = r0!; r <= r1!; r++) {
      for (let c = c0!; c <= c1!; c++) {
        const k = r * COLS + c;
        const l = cells.get(k);
        if (l) l.push(e);
        else cells.set(k, [e]);
      }
    }
  }
  const bandEdges = bands.map((b) => Int32Array.from(b));
  const stamp = new Uint32Array(n);
  let epoch = 0;

  const isLand = (lon: number, lat: number): boolean => {
    const x = wrap(lon);
    const band = bandEdges[Math.floor((lat + 90) / BAND_DEG)];
    if (!band) return lat < -85; // south of Antarctica's coast: land
    let inside = false;
    for (let i = 0; i < band.length; i++) {
      const e = band[i]! * 4;
      const y1 = edges[e + 1]!;
      const y2 = edges[e + 3]!;
      if (y1 > lat !== y2 > lat) {
        const x1 = edges[e]!;
        const xc = x1 + ((lat - y1) * (edges[e + 2]! - x1)) / (y2 - y1);
        if (xc > x) inside = !inside;
      }
    }
    return inside;
  };

  const hitsWithin = (ax: number, ay: number, bx: number, by: number): boolean => {
    epoch = (epoch + 1) >>> 0;
    const [c0, r0] = cellOf(Math.min(ax, bx), Math.min(ay, by));
    const [c1, r1] = cellOf(Math.max(ax, bx), Math.max(ay, by));
    for (let r = r0!; r <= r1!; r++) {
      for (let c = c0!; c <= c1!; c++) {
        for (const e of cells.get(r * COLS + c) ?? []) {
          if (stamp[e] === epoch) continue;
          stamp[e] = epoch;
          const k = 4 * e;
          if (crosses(ax, ay, bx, by, edges[k]!, edges[k + 1]!, edges[k + 2]!, edges[k + 3]!))
            return true;
        }
      }
    }
    return false;
  };

  const segmentHitsLand = (a: LonLat, b: LonLat): boolean => {
    if (isLand(a[0], a[1]) || isLand(b[0], b[1])) return true;
    const ax = wrap(a[0]);
    let bx = wrap(b[0]);
    if (Math.abs(bx - ax) <= 180) return hitsWithin(ax, a[1], bx, b[1]);
    // Across the antimeridian: cut at ±180 and test both halves.
    bx += bx < ax ? 360 : -360;
    const edge = ax > 0 ? 180 : -180;
    const t = (edge - ax) / (bx - ax);
    const y = a[1] + t * (b[1] - a[1]);
    return hitsWithin(ax, a[1], edge, y) || hitsWithin(-edge, y, wrap(bx), b[1]);
  };

  const landKm = (line: readonly LonLat[], skipKm = 0, stepKm = 0.25): number => {
    let along = 0;
    let dry = 0;
    for (let i = 1; i < line.length; i++) {
      const [a, b] = [line[i - 1]!, line[i]!];
      const km = geodesicKm(a[0], a[1], b[0], b[1]);
      const steps = Math.max(1, Math.ceil(km / stepKm));
      let dx = b[0] - a[0];
      if (dx > 180) dx -= 360;
      if (dx < -180) dx += 360;
      for (let s = 0; s < steps; s++) {
        const t = (s + 0.5) / steps;
        if (along + t * km > skipKm && isLand(a[0] + dx * t, a[1] + (b[1] - a[1]) * t)) {
          dry += km / steps;
        }
      }
      along += km;
    }
    return dry;
  };

  const crossesCoast = (a: LonLat, b: LonLat): boolean => {
    const [ax, bx] = [wrap(a[0]), wrap(b[0])];
    if (Math.abs(bx - ax) > 180) return segmentHitsLand(a, b);
    return hitsWithin(ax, a[1], bx, b[1]);
  };

  const touchesLandBeyond = (line: readonly LonLat[], skipKm: number): boolean => {
    let along = 0;
    for (let i = 1; i < line.length; i++) {
      const [a, b] = [line[i - 1]!, line[i]!];
      const km = geodesicKm(a[0], a[1], b[0], b[1]);
      if (along + km > skipKm) {
        const t = along >= skipKm ? 0 : (skipKm - along) / km;
        let dx = b[0] - a[0];
        if (dx > 180) dx -= 360;
        if (dx < -180) dx += 360;
        const start: LonLat = [a[0] + dx * t, a[1] + (b[1] - a[1]) * t];
        if (segmentHitsLand(start, b)) return true;
      }
      along += km;
    }
    return false;
  };

  const index = { edges, isLand, segmentHitsLand, crossesCoast, touchesLandBeyond, landKm };
  cached.set(scale, index);
  return index;
}
