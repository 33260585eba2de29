/**
 * Voyage benchmark (issue #30): what stops, a forced passage and a draft cost against the plain
 * query, on the routing bench's 52 port pairs, in one process. Each figure is a ratio to the
 * plain findSeaRoute measured in the same run. Run alone with `npx tsx scripts/bench/voyages.ts`,
 * or `npm run bench -- voyages`.
 */
import { fileURLToPath } from 'node:url';
import type { VoyageOptions } from '../../src/lib/routing/route';
import { loadSeaRouter } from '../lib/load-network';
import { BENCH_PAIRS } from './routing';
import { quantile } from './stats';

const WARMUP_ROUNDS = 3;
const ROUNDS = 5;

/** The voyages timed, each against the plain route of the same pair. */
const KINDS: Record<string, VoyageOptions> = {
  'two stops (via singapore, colombo)': { via: ['singapore', 'colombo'] },
  'forced passage (through suez)': { through: ['suez'] },
  'two forced passages (through suez, panama)': { through: ['suez', 'panama'] },
  'draft 16 m and month 2': { draftM: 16, month: 2 },
};

/** Runs the benchmark and returns the lines to print. */
export async function runVoyagesBench(): Promise<string[]> {
  const router = loadSeaRouter();
  const time = (fn: () => unknown): number => {
    const t = performance.now();
    fn();
    return performance.now() - t;
  };
  const sample = (fn: (a: string, b: string) => unknown): number[] => {
    for (let r = 0; r < WARMUP_ROUNDS; r++) for (const [a, b] of BENCH_PAIRS) fn(a, b);
    const out: number[] = [];
    for (let r = 0; r < ROUNDS; r++)
      for (const [a, b] of BENCH_PAIRS) out.push(time(() => fn(a, b)));
    return out;
  };
  const plain = sample((a, b) => router.findSeaRoute(a, b));
  const [p50, p95] = [quantile(plain, 0.5), quantile(plain, 0.95)];
  const ms = (x: number) => `${x.toFixed(x < 1 ? 3 : 1)} ms`;
  const lines = [
    '## Voyages (issue #30)',
    `baseline: plain findSeaRoute on ${BENCH_PAIRS.length} pairs, p50 ${ms(p50)}, p95 ${ms(p95)} (${plain.length} samples after ${WARMUP_ROUNDS} untimed rounds)`,
  ];
  for (const [name, options] of Object.entries(KINDS)) {
    const t = sample((a, b) => router.findVoyage(a, b, options));
    const [q50, q95] = [quantile(t, 0.5), quantile(t, 0.95)];
    lines.push(
      `${name}: p50 ${ms(q50)} (${(q50 / p50).toFixed(1)}× the plain query), p95 ${ms(q95)} (${(q95 / p95).toFixed(1)}×)`,
    );
  }
  return lines;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  for (const line of await runVoyagesBench()) console.log(line);
}
