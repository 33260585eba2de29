/** Small random labelled graphs for the hierarchy tests (hierarchy.test.ts, matrix.test.ts). */
import { PASSAGE_IDS } from '../../src/lib/routing/index';
import { NETWORK_FORMAT, decodeGraph, type PlainGraph } from '../../src/lib/routing/network';
import { passageCode, type PassageId } from '../../src/lib/routing/passages';
import { random } from '../random';

/**
 * A connected random graph: a ring plus chords, some edges doubled (parallel edges, as the real
 * network's passages can give), some of zero length (like its ±180° joins), and about a third
 * labelled with one of three passages.
 */
export function randomGraph(seed: number, n: number, chords: number): PlainGraph {
  const next = random(seed);
  const pairs: [number, number][] = [];
  for (let i = 0; i < n; i++) pairs.push([i, (i + 1) % n]);
  for (let i = 0; i < chords; i++) {
    const a = Math.floor(next() * n);
    const b = Math.floor(next() * n);
    if (a === b) continue;
    pairs.push([a, b]);
    if (next() < 0.15) pairs.push([b, a]);
  }
  pairs.sort((p, q) => Math.min(...p) - Math.min(...q));
  const edges: number[] = [];
  const lengthsM: number[] = [];
  const passages: Partial<Record<PassageId, number[]>> = {};
  let prev = 0;
  pairs.forEach(([p, q], e) => {
    const [a, b] = [Math.min(p, q), Math.max(p, q)];
    edges.push(a - prev, b - a);
    prev = a;
    // Lengths 1–100 km, or 0 for one edge in twenty.
    lengthsM.push(next() < 0.05 ? 0 : 1000 + Math.floor(next() * 99_000));
    const r = next();
    if (r < 0.33) (passages[PASSAGE_IDS[Math.floor(r * 9)]!] ??= []).push(e);
  });
  const nodes = Array.from({ length: 2 * n }, (_, i) => (i % 2 === 0 ? 1 : 0));
  return decodeGraph({
    format: NETWORK_FORMAT,
    source: 'test',
    licence: 'test',
    scale: 1,
    nodes,
    edges,
    lengthsM,
    passages,
    joins: [],
  });
}

const bit = (id: PassageId) => 1 << passageCode(id);
/** Every combination of the three passages the random graphs use. */
export const LABELS = [bit('suez'), bit('panama'), bit('malacca')];
export const MASKS = Array.from({ length: 8 }, (_, k) =>
  LABELS.reduce((mask, b, i) => ((k >> i) & 1 ? mask | b : mask), 0),
);
