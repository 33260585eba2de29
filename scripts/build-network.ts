/**
 * Compiles Eurostat's marnet (../shared/data/marnet_plus_20km.geojson, EUPL-1.2) into
 * geo/sea-network.json, the compact graph that src/lib/routing loads. Re-runnable and
 * deterministic: `npx tsx scripts/build-network.ts`. Every change to the network is listed in
 * CHANGES below, counted when the script runs, and recorded in geo/README.md.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { FeatureCollection, LineString } from 'geojson';
import { geodesicKm } from '../src/lib/routing/geodesic';
import { contractGraph } from '../src/lib/routing/contract-build';
import {
  NETWORK_FORMAT,
  countReachable,
  decodeGraph,
  decodeNetwork,
  type CompiledNetwork,
} from '../src/lib/routing/network';
import { PASSAGE_IDS, isPassageId, type PassageId } from '../src/lib/routing/passages';
import { isOnLand } from './lib/load-network';
import { repoRoot, sharedData } from './lib/io';

const SOURCE = resolve(sharedData, 'marnet_plus_20km.geojson');
const OUT = resolve(repoRoot, 'geo/sea-network.json');
const SCALE = 1e5;
/** The budget for the compiled network. */
const MAX_GZIP_BYTES = 400 * 1024;

/**
 * Straits that marnet does not label. An edge belongs to the strait when its segment crosses
 * the gate: a line drawn from shore to shore across the narrows, both ends on land (checked
 * below against Natural Earth 1:50m land), so every transit of the strait crosses it.
 */
export const GATES: Record<'sunda' | 'lombok' | 'hormuz', [[number, number], [number, number]]> = {
  // Sumatra (Lampung) to Java (Banten), across the narrows of the Sunda Strait.
  sunda: [
    [105.7, -5.6],
    [106.0, -6.2],
  ],
  // Bali (Karangasem) to Lombok, across the Lombok Strait north of Nusa Penida.
  lombok: [
    [115.45, -8.4],
    [116.25, -8.55],
  ],
  // Musandam (Oman) to the Iranian mainland east of Bandar Abbas, across the narrows.
  hormuz: [
    [56.25, 26.15],
    [56.6, 27.25],
  ],
};

type Seg = { a: number; b: number; pass: PassageId | null };

function key(x: number, y: number): string {
  return `${x},${y}`;
}

/** Position along a Hilbert curve on a 2^16 grid: nearby nodes get nearby indices. */
function hilbert(lon: number, lat: number): number {
  const n = 1 << 16;
  let x = Math.min(n - 1, Math.floor(((lon + 180) / 360) * n));
  let y = Math.min(n - 1, Math.floor(((lat + 90) / 180) * n));
  let d = 0;
  for (let s = n >> 1; s > 0; s >>= 1) {
    const rx = (x & s) > 0 ? 1 : 0;
    const ry = (y & s) > 0 ? 1 : 0;
    d += s * s * ((3 * rx) ^ ry);
    if (ry === 0) {
      if (rx === 1) {
        x = s - 1 - x;
        y = s - 1 - y;
      }
      [x, y] = [y, x];
    }
  }
  return d;
}

function cross(o: [number, number], a: [number, number], b: [number, number]): number {
  return (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0]);
}

/** Whether segments p1–p2 and q1–q2 properly intersect (planar lon/lat; gates are small). */
function segmentsCross(
  p1: [number, number],
  p2: [number, number],
  q1: [number, number],
  q2: [number, number],
): boolean {
  const d1 = cross(q1, q2, p1);
  const d2 = cross(q1, q2, p2);
  const d3 = cross(p1, p2, q1);
  const d4 = cross(p1, p2, q2);
  return d1 * d2 < 0 && d3 * d4 < 0;
}

function main(): void {
  const fc = JSON.parse(readFileSync(SOURCE, 'utf8')) as FeatureCollection<LineString>;
  const nodeIndex = new Map<string, number>();
  const xs: number[] = [];
  const ys: number[] = [];
  const node = (c: number[]): number => {
    const x = Math.round(c[0]! * SCALE);
    const y = Math.round(c[1]! * SCALE);
    const k = key(x, y);
    let i = nodeIndex.get(k);
    if (i === undefined) {
      i = xs.length;
      nodeIndex.set(k, i);
      xs.push(x);
      ys.push(y);
    }
    return i;
  };
  const CHANGES = {
    selfLoops: 0,
    duplicateSegments: 0,
    joins: 0,
    derived: {} as Record<string, number>,
  };
  const segs = new Map<string, Seg>();
  for (const f of fc.features) {
    const raw = (f.properties as { pass?: string } | null)?.pass;
    if (raw !== undefined && raw !== null && !isPassageId(raw)) {
      throw new Error(`unknown pass label ${raw}`);
    }
    const pass = raw ?? null;
    const cs = f.geometry.coordinates;
    for (let i = 1; i < cs.length; i++) {
      const a = node(cs[i - 1]!);
      const b = node(cs[i]!);
      if (a === b) {
        CHANGES.selfLoops++;
        continue;
      }
      const k = a < b ? `${a}-${b}` : `${b}-${a}`;
      const prev = segs.get(k);
      if (prev) {
        CHANGES.duplicateSegments++;
        if (prev.pass && pass && prev.pass !== pass) throw new Error(`conflicting labels on ${k}`);
        prev.pass ??= pass;
        continue;
      }
      segs.set(k, { a, b, pass });
    }
  }
  // Join the antimeridian: marnet cuts lines at ±180, so the same point appears twice.
  const joinPairs: [number, number][] = [];
  for (const [k, i] of nodeIndex) {
    const [x, y] = k.split(',').map(Number) as [number, number];
    if (x !== 180 * SCALE) continue;
    const j = nodeIndex.get(key(-180 * SCALE, y));
    if (j !== undefined) joinPairs.push([i, j]);
  }
  CHANGES.joins = joinPairs.length;
  // Derive the straits that marnet leaves unlabelled.
  for (const [id, gate] of Object.entries(GATES) as [
    keyof typeof GATES,
    (typeof GATES)['sunda'],
  ][]) {
    for (const end of gate) {
      if (!isOnLand(end[0], end[1])) throw new Error(`${id} gate end ${end} is not on land`);
    }
    let n = 0;
    for (const s of segs.values()) {
      const p: [number, number] = [xs[s.a]! / SCALE, ys[s.a]! / SCALE];
      const q: [number, number] = [xs[s.b]! / SCALE, ys[s.b]! / SCALE];
      if (!segmentsCross(p, q, gate[0], gate[1])) continue;
      if (s.pass) throw new Error(`${id} gate crosses an edge already labelled ${s.pass}`);
      s.pass = id;
      n++;
    }
    if (n === 0) throw new Error(`${id} gate crosses no edge`);
    CHANGES.derived[id] = n;
  }

  // Order nodes along a Hilbert curve, edges by their first node: small deltas, good gzip.
  const order = xs.map((_, i) => i);
  const h = xs.map((x, i) => hilbert(x / SCALE, ys[i]! / SCALE));
  order.sort((i, j) => h[i]! - h[j]! || xs[i]! - xs[j]! || ys[i]! - ys[j]!);
  const rank = new Int32Array(xs.length);
  order.forEach((old, i) => (rank[old] = i));
  type E = { a: number; b: number; pass: PassageId | null; join: boolean };
  const edges: E[] = [...segs.values()].map((s) => ({
    a: Math.min(rank[s.a]!, rank[s.b]!),
    b: Math.max(rank[s.a]!, rank[s.b]!),
    pass: s.pass,
    join: false,
  }));
  for (const [i, j] of joinPairs) {
    edges.push({
      a: Math.min(rank[i]!, rank[j]!),
      b: Math.max(rank[i]!, rank[j]!),
      pass: null,
      join: true,
    });
  }
  edges.sort((e, f) => e.a - f.a || e.b - f.b);

  const nodes: number[] = [];
  let px = 0;
  let py = 0;
  for (const old of order) {
    nodes.push(xs[old]! - px, ys[old]! - py);
    px = xs[old]!;
    py = ys[old]!;
  }
  const enc: number[] = [];
  const lengthsM: number[] = [];
  const passages: Partial<Record<PassageId, number[]>> = {};
  const joins: number[] = [];
  let pa = 0;
  edges.forEach((e, idx) => {
    enc.push(e.a - pa, e.b - e.a);
    pa = e.a;
    const [oa, ob] = [order[e.a]!, order[e.b]!];
    const km = e.join
      ? 0
      : geodesicKm(xs[oa]! / SCALE, ys[oa]! / SCALE, xs[ob]! / SCALE, ys[ob]! / SCALE);
    lengthsM.push(Math.round(km * 1000));
    if (e.pass) (passages[e.pass] ??= []).push(idx);
    if (e.join) joins.push(idx);
  });
  const graph: Omit<CompiledNetwork, 'hierarchy'> = {
    format: NETWORK_FORMAT,
    source:
      'Eurostat SeaRoute marnet_plus_20km (github.com/eurostat/searoute), via ../shared/data/marnet_plus_20km.geojson',
    licence: 'EUPL-1.2',
    scale: SCALE,
    nodes,
    edges: enc,
    lengthsM,
    passages: Object.fromEntries(
      PASSAGE_IDS.filter((p) => passages[p]).map((p) => [p, passages[p]]),
    ),
    joins,
  };
  // The contraction hierarchy (about a second): queries then settle a few hundred nodes.
  const out: CompiledNetwork = { ...graph, hierarchy: contractGraph(decodeGraph(graph)) };

  // Checks that fail loudly: one connected component, every label present, the size budget.
  const g = decodeNetwork(out);
  const reached = countReachable(g);
  if (reached !== g.nodeCount) throw new Error(`graph is not connected: ${reached}/${g.nodeCount}`);
  for (const p of PASSAGE_IDS) if (!passages[p]?.length) throw new Error(`no edge labelled ${p}`);
  const text = `${JSON.stringify(out)}\n`;
  const gz = gzipSync(text, { level: 9 }).length;
  if (gz > MAX_GZIP_BYTES)
    throw new Error(`compiled network is ${gz} B gzipped (> ${MAX_GZIP_BYTES})`);
  writeFileSync(OUT, text);
  const labelled = PASSAGE_IDS.map((p) => `${p}:${passages[p]!.length}`).join(' ');
  console.log(
    [
      `features ${fc.features.length} → nodes ${g.nodeCount}, edges ${g.edgeCount} (one component)`,
      `dropped ${CHANGES.selfLoops} zero-length segments, merged ${CHANGES.duplicateSegments} duplicate segments`,
      `joined ${CHANGES.joins} node pairs at ±180; derived ${JSON.stringify(CHANGES.derived)}`,
      `labelled edges ${labelled}`,
      `contraction hierarchy: ${g.hierarchy.edgeCount - g.edgeCount} shortcuts`,
      `wrote geo/sea-network.json: ${(text.length / 1024).toFixed(0)} KB, ${(gz / 1024).toFixed(0)} KB gzipped`,
    ].join('\n'),
  );
}

main();
