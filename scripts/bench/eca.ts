/**
 * ECA km benchmark (issue #32): how long measuring a route's km inside each Emission Control
 * Area takes (src/lib/eca), against measuring the same route's length (geodesic km of every
 * segment, routing/geodesic.ts) in the same run — the planner already does the latter for every
 * route. Routes: the 52 fixed pairs of the routing benchmark, and the Suez comparison route
 * densified to 1,000 vertices (points added along its segments, so the km are the same); and the
 * per-edge km of the whole sea graph against a plain pass over its edges.
 * Run alone with `npx tsx scripts/bench/eca.ts`, or `npm run bench -- eca`.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { graphEdgeEcaKm, measureEcaKm } from '../../src/lib/eca/index';
import { geodesicKm, lineKm } from '../../src/lib/routing/geodesic';
import { loadEcaShapes } from '../lib/load-ecas';
import { loadSeaRouter } from '../lib/load-network';
import { BENCH_PAIRS } from './routing.ts';
import { median } from './stats.ts';

const ROUNDS = 30;

type Line = [number, number][];

/** Median ms of fn over ROUNDS calls, after ROUNDS untimed ones (V8's optimised code). */
function timed(fn: () => unknown): number {
  for (let i = 0; i < ROUNDS; i++) fn();
  const times: number[] = [];
  for (let i = 0; i < ROUNDS; i++) {
    const t = performance.now();
    fn();
    times.push(performance.now() - t);
  }
  return median(times);
}

/** The line with points added along its segments until it has `n` vertices. */
function densify(line: Line, n: number): Line {
  const extra = n - line.length;
  const perSegment = Math.floor(extra / (line.length - 1));
  let left = extra - perSegment * (line.length - 1);
  const out: Line = [line[0]!];
  for (let i = 1; i < line.length; i++) {
    const [a, b] = [line[i - 1]!, line[i]!];
    const k = perSegment + (left-- > 0 ? 1 : 0) + 1;
    for (let j = 1; j <= k; j++)
      out.push([a[0] + ((b[0] - a[0]) * j) / k, a[1] + ((b[1] - a[1]) * j) / k]);
  }
  return out;
}

/** Runs the benchmark and returns the lines to print. */
export async function runEcaBench(): Promise<string[]> {
  const shapes = loadEcaShapes();
  const router = loadSeaRouter();
  const lines: string[] = ['## ECA km (issue #32)'];
  const ms = (x: number) => `${x.toFixed(3)} ms`;

  const routes: Line[] = BENCH_PAIRS.map(([a, b]) => {
    const r = router.findSeaRoute(a, b);
    if (!r.ok) throw new Error(`bench: ${a} → ${b}: ${r.error.message}`);
    return r.route.coordinates;
  });
  const pairsEca = timed(() => routes.forEach((r) => measureEcaKm(r, shapes)));
  const pairsLength = timed(() => routes.forEach((r) => lineKm(r)));
  const vertices = routes.reduce((s, r) => s + r.length, 0);
  lines.push(
    `${routes.length} routes (${vertices} vertices): ECA km ${ms(pairsEca)}, length ${ms(pairsLength)} → ${(pairsEca / pairsLength).toFixed(1)}× the length's time`,
  );

  const suez = router.findSeaRoute('mumbai', 'st-petersburg');
  if (!suez.ok) throw new Error('bench: Mumbai → St Petersburg failed');
  const dense = densify(suez.route.coordinates, 1000);
  const denseEca = timed(() => measureEcaKm(dense, shapes));
  const denseLength = timed(() => lineKm(dense));
  const m = measureEcaKm(dense, shapes);
  lines.push(
    `Mumbai → St Petersburg at ${dense.length} vertices (${m.ecaKm.toFixed(0)} of ${m.routeKm.toFixed(0)} km in ECAs): ECA km ${ms(denseEca)}, length ${ms(denseLength)} → ${(denseEca / denseLength).toFixed(1)}×`,
  );

  const graph = router.graph;
  const edgesEca = timed(() => graphEdgeEcaKm(graph, shapes));
  const edgesLength = timed(() => {
    let km = 0;
    for (let e = 0; e < graph.edgeCount; e++) {
      const [a, b] = [graph.edgeA[e]!, graph.edgeB[e]!];
      km += geodesicKm(graph.lon[a]!, graph.lat[a]!, graph.lon[b]!, graph.lat[b]!);
    }
    return km;
  });
  lines.push(
    `sea graph, ${graph.edgeCount} edges × ${shapes.length} areas: per-edge ECA km ${ms(edgesEca)}, every edge's length ${ms(edgesLength)} → ${(edgesEca / edgesLength).toFixed(1)}×`,
    `medians of ${ROUNDS} timed calls after ${ROUNDS} untimed; extents: geo/eca-extents.geojson (${readFileSync(new URL('../../geo/eca-extents.geojson', import.meta.url)).length} bytes)`,
  );
  return lines;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  for (const line of await runEcaBench()) console.log(line);
}
