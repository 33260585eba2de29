/**
 * Port search and lookup over the World Port Index (issue #28): a type-ahead keystroke over the
 * whole catalogue (target < 16 ms, one frame), against the same keystrokes over the 47 curated
 * ports measured in the same run; the catalogue's size and parse time (it loads lazily, with the
 * planner). Run alone with `npx tsx scripts/bench/ports.ts`, or via `npm run bench -- ports`.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { preparePortSearch, searchPorts } from '../../src/lib/planner/port-search';
import { createPortIndex } from '../../src/lib/routing/port-index';
import { parsePorts, type Port } from '../../src/lib/routing/ports';
import { PORTS_PATH, WORLD_PORTS_PATH } from '../lib/load-network';
import { quantile } from './stats.ts';

/** What people type, one keystroke at a time. */
const TYPED = [
  'santos',
  'calcutta',
  'valparaíso',
  'NLRTM',
  'IN MAA',
  'st petersburg',
  'vladivostok',
  'newport',
];
const ROUNDS = 20;

/** Each keystroke's times over the rounds: [keystroke][round]. */
function keystrokes(ports: readonly Port[]): number[][] {
  const times: number[][] = [];
  for (let round = 0; round < ROUNDS + 3; round++) {
    let k = 0;
    for (const word of TYPED) {
      for (let i = 1; i <= word.length; i++, k++) {
        const t = performance.now();
        searchPorts(ports, word.slice(0, i), 8);
        if (round >= 3) (times[k] ??= []).push(performance.now() - t);
      }
    }
  }
  return times;
}

export async function runPortsBench(): Promise<string[]> {
  const text = readFileSync(WORLD_PORTS_PATH, 'utf8');
  const t0 = performance.now();
  const world = parsePorts(JSON.parse(text));
  const parseMs = performance.now() - t0;
  const curated = parsePorts(JSON.parse(readFileSync(PORTS_PATH, 'utf8')));
  // The planner builds the index when the catalogue arrives (preparePortSearch), so the first
  // keystroke is timed like any other.
  const t1 = performance.now();
  preparePortSearch(world);
  const prepareMs = performance.now() - t1;
  const t3 = performance.now();
  searchPorts(world, 's', 8);
  const firstMs = performance.now() - t3;
  const t2 = performance.now();
  const index = createPortIndex(world);
  const indexMs = performance.now() - t2;
  const w = keystrokes(world);
  const c = keystrokes(curated);
  const lookups: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    for (const q of ['INMAA', 'santos', 'Valparaíso', 'Vancouver', 'wpi-49455', 'Santso']) {
      const t = performance.now();
      index.resolve(q);
      lookups.push(performance.now() - t);
    }
  }
  const ms = (x: number) => `${x.toFixed(x < 1 ? 3 : 1)} ms`;
  const all = (t: number[][]) => t.flat();
  // The best of the rounds for each keystroke is its cost without preemption by other processes
  // (a busy machine stretches single samples); the slowest keystroke is then the one to watch.
  const worstBest = (t: number[][]) => Math.max(...t.map((r) => Math.min(...r)));
  const [w50, w95, wMax] = [quantile(all(w), 0.5), quantile(all(w), 0.95), worstBest(w)];
  const [c50, c95] = [quantile(all(c), 0.5), quantile(all(c), 0.95)];
  return [
    `catalogue: geo/world-ports.geojson, ${world.length} ports, ${(text.length / 1024).toFixed(0)} KB, ${(gzipSync(text).length / 1024).toFixed(0)} KB gzip; JSON.parse + parsePorts ${ms(parseMs)}`,
    `type-ahead index built when the catalogue arrives: ${ms(prepareMs)} (once per catalogue); the first keystroke after it: ${ms(firstMs)}`,
    `keystroke (${all(w).length} timed, ${TYPED.length} words typed letter by letter, ${ROUNDS} rounds): p50 ${ms(w50)}, p95 ${ms(w95)} over ${world.length} ports; slowest keystroke (best of its rounds) ${ms(wMax)}; target < 16 ms ${wMax < 16 ? 'met' : 'NOT met'}`,
    `baseline, the same keystrokes over the ${curated.length} curated ports: p50 ${ms(c50)}, p95 ${ms(c95)} → the world catalogue takes ${(w50 / c50).toFixed(0)}× (p50), ${(w95 / c95).toFixed(0)}× (p95)`,
    `lookup by id, LOCODE or name (router, CLI): index built in ${ms(indexMs)}; p50 ${ms(quantile(lookups, 0.5))}, max ${ms(Math.max(...lookups))} (an unknown name's nearest matches included)`,
  ];
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  for (const line of await runPortsBench()) console.log(line);
}
