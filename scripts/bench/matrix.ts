/**
 * Distance-table benchmark (issue #29): the table of N ports by the many-to-many search against
 * the same pairs as warm point queries of our router (findSeaRoute), as a ratio measured in the
 * same run; against the one-to-all bound (a PHAST sweep of the whole hierarchy per port); and the
 * full table streamed to a file by `npm run matrix` in a child process, with its peak memory.
 *
 * Port sets from the World Port Index catalogue the command uses: the 47 curated ports, its Large
 * and Medium harbours (`--size large,medium`), and every port (`--all`). Run alone with
 * `npx tsx scripts/bench/matrix.ts`, or via `npm run bench -- matrix`.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createDistanceTable } from '../../src/lib/routing/distance-table.ts';
import type { Hierarchy } from '../../src/lib/routing/graph-types.ts';
import { parsePorts, type SeaRouter } from '../../src/lib/routing/index.ts';
import { UpwardSearch } from '../../src/lib/routing/upward-search.ts';
import { repoRoot } from '../lib/io.ts';
import { PORTS_PATH, loadSeaRouter } from '../lib/load-network.ts';
import { runMatrix } from '../matrix.ts';
import { median } from './stats.ts';

/** Point queries timed per port set (a seeded sample of its pairs where it has more). */
const POINT_SAMPLE = 20_000;
const TABLE_RUNS = 5;

/** The port sets, as ids of the command's catalogue. */
function portSets(router: SeaRouter): { name: string; ids: string[] }[] {
  const curated = parsePorts(JSON.parse(readFileSync(PORTS_PATH, 'utf8'))).map((p) => p.id);
  const sized = router.ports.filter((p) => p.size === 'large' || p.size === 'medium');
  return [
    { name: 'the 47 curated ports', ids: curated },
    { name: 'Large + Medium harbours (--size large,medium)', ids: sized.map((p) => p.id) },
    { name: 'every port (--all)', ids: router.ports.map((p) => p.id) },
  ];
}

/** Milliseconds to build the table and compute every row (no CSV). */
function tableMs(router: SeaRouter, ids: readonly string[], withPassages: boolean): number {
  const t = performance.now();
  const result = createDistanceTable(router, ids);
  if (!result.ok) throw new Error(`bench: ${result.error.message}`);
  for (let i = 0; i < ids.length; i++) result.table.row(i, withPassages);
  return performance.now() - t;
}

/** Milliseconds per pair of warm point queries over a seeded sample of the table's pairs. */
function pointQueryMs(
  router: SeaRouter,
  ids: readonly string[],
): { perPair: number; sampled: number } {
  const n = ids.length;
  let x = 7;
  const next = () => (x = (Math.imul(x, 1664525) + 1013904223) >>> 0) % n;
  const pairs: [string, string][] =
    n * n <= POINT_SAMPLE
      ? ids.flatMap((a) => ids.map((b): [string, string] => [a, b]))
      : Array.from({ length: POINT_SAMPLE }, () => [ids[next()]!, ids[next()]!]);
  // Untimed rounds first: V8 optimises a function only after a few calls.
  for (let round = 0; round < 3; round++) {
    for (const [a, b] of pairs.slice(0, 3000)) router.findSeaRoute(a, b);
  }
  const t = performance.now();
  for (const [a, b] of pairs) router.findSeaRoute(a, b);
  return { perPair: (performance.now() - t) / pairs.length, sampled: pairs.length };
}

/**
 * One PHAST sweep (Delling, Goldberg, Nowatzyk, Werneck, "PHAST: Hardware-accelerated shortest
 * path trees", IPDPS 2011, abstract read at
 * http://research.microsoft.com/apps/pubs/default.aspx?id=144834): an upward search from the source, then every node from the top
 * rank down takes the best of its upward neighbours. The least work that yields all distances
 * from one port; the bound for a table is one sweep per port. Returns ms per sweep.
 */
function sweepMs(h: Hierarchy, sources: readonly number[]): number {
  const n = h.rank.length;
  // The hierarchy laid out by descending rank, so the sweep reads memory in order.
  const byRank = new Int32Array(n);
  for (let v = 0; v < n; v++) byRank[n - 1 - h.rank[v]!] = v;
  const start = new Uint32Array(n + 1);
  const from = new Int32Array(h.upNode.length);
  const km = new Float64Array(h.upNode.length);
  for (let i = 0, k = 0; i < n; i++) {
    const v = byRank[i]!;
    for (let e = h.upStart[v]!; e < h.upStart[v + 1]!; e++, k++) {
      from[k] = n - 1 - h.rank[h.upNode[e]!]!;
      km[k] = h.edgeKm[h.upEdge[e]!]!;
    }
    start[i + 1] = k;
  }
  const dist = new Float64Array(n);
  const search = new UpwardSearch(h);
  const sweep = (source: number) => {
    dist.fill(Infinity);
    search.start(source);
    while (search.queued) {
      const u = search.pop();
      if (u < 0) continue;
      dist[n - 1 - h.rank[u]!] = search.dist[u]!;
      search.expand(u, 0);
    }
    for (let i = 0; i < n; i++) {
      let d = dist[i]!;
      for (let k = start[i]!, end = start[i + 1]!; k < end; k++) {
        const via = dist[from[k]!]! + km[k]!;
        if (via < d) d = via;
      }
      dist[i] = d;
    }
  };
  for (const s of sources.slice(0, 50)) sweep(s);
  const t = performance.now();
  for (const s of sources) sweep(s);
  return (performance.now() - t) / sources.length;
}

/**
 * Bucket entries all the table's rows scan together, as the table's search does it: one entry
 * per distinct target node at each node its upward search settles unstalled; each source's
 * search scans the entries of the nodes it settles unstalled.
 */
function bucketScans(h: Hierarchy, nodes: readonly number[]): number {
  const search = new UpwardSearch(h);
  const settled = (from: number, visit: (v: number) => void) => {
    search.start(from);
    while (search.queued) {
      const u = search.pop();
      if (u >= 0 && search.expand(u, 0)) visit(u);
    }
  };
  const entries = new Float64Array(h.rank.length);
  for (const t of new Set(nodes)) settled(t, (v) => entries[v]!++);
  let scans = 0;
  for (const s of nodes) settled(s, (v) => (scans += entries[v]!));
  return scans;
}

/** Streams the full table to a file in a child process; its time, size and peak memory. */
function streamFull(format: 'wide' | 'long') {
  const dir = mkdtempSync(join(tmpdir(), 'matrix-bench-'));
  try {
    const child = spawnSync(
      process.execPath,
      ['--import', 'tsx', fileURLToPath(import.meta.url), '--stream', format, join(dir, 't.csv')],
      { cwd: repoRoot, encoding: 'utf8', maxBuffer: 1 << 20 },
    );
    if (child.status !== 0) throw new Error(`bench: child failed: ${child.stderr}`);
    return JSON.parse(child.stdout) as {
      seconds: number;
      cpuSeconds: number;
      bytes: number;
      peakMb: number;
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const ms = (x: number) => (x >= 1000 ? `${(x / 1000).toFixed(2)} s` : `${x.toFixed(1)} ms`);
const count = (x: number) => x.toLocaleString('en-GB');

/** Runs the benchmark and returns the lines to print. */
export async function runMatrixBench(): Promise<string[]> {
  const [load] = loadavg();
  const lines = [
    '## Distance table, npm run matrix (issue #29)',
    `machine: ${availableParallelism()} cores, load average ${load!.toFixed(1)} at the start (timings stretch when it exceeds the cores; the ratios are measured in the same run)`,
  ];
  const router = loadSeaRouter();
  const h = router.graph.hierarchy;
  lines.push(
    `hierarchy: ${count(router.graph.nodeCount)} nodes, ${count(h.edgeCount)} edges (${count(router.graph.edgeCount)} network + ${count(h.edgeCount - router.graph.edgeCount)} shortcuts)`,
  );
  const sets = portSets(router);
  for (const [k, { name, ids }] of sets.entries()) {
    const n = ids.length;
    const last = k === sets.length - 1;
    // Untimed runs first: V8 optimises a function only after a few calls.
    for (let w = 0; w < (last ? 1 : 5); w++) tableMs(router, ids, true);
    const km = median(Array.from({ length: TABLE_RUNS }, () => tableMs(router, ids, false)));
    const withPassages = tableMs(router, ids, true);
    const point = pointQueryMs(router, ids);
    const pointAll = point.perPair * n * n;
    const sample = point.sampled === n * n ? 'all pairs' : `${count(point.sampled)} sampled pairs`;
    lines.push(
      `${name}, ${count(n)} (${count(n * n)} pairs): table ${ms(km)} (km; median of ${TABLE_RUNS}), ${ms(withPassages)} with ordered passages; ` +
        `warm point queries ${(point.perPair * 1000).toFixed(1)} µs per pair (${sample}) → ${ms(pointAll)} for the table: ${(pointAll / km).toFixed(0)}× faster`,
    );
    if (k === 1) {
      lines.push(
        `target: the Large + Medium table ≥ 100× faster than point queries: ${pointAll / km >= 100 ? 'met' : 'NOT met'}`,
      );
    }
    if (last) {
      const nodes = ids
        .map((id) => router.anchor(id))
        .flatMap((a) => (a.ok ? [a.anchor.node] : []));
      const sweep = sweepMs(h, nodes.slice(0, 400));
      const scans = bucketScans(h, nodes) / n;
      lines.push(
        `one-to-all bound: one PHAST sweep of the whole hierarchy per port, ${(sweep * 1000).toFixed(0)} µs × ${count(n)} = ${ms(sweep * n)}; the table takes ${(km / (sweep * n)).toFixed(2)}× that. ` +
          `Per port the table's search scans ${count(Math.round(scans))} bucket entries (${(scans / n).toFixed(1)} per cell); a sweep relaxes ${count(h.edgeCount)} edges over ${count(router.graph.nodeCount)} nodes`,
      );
    }
  }
  for (const format of ['wide', 'long'] as const) {
    const r = streamFull(format);
    lines.push(
      `full table streamed to a file (npm run matrix -- --all --format ${format}, child process): ${r.seconds.toFixed(1)} s (${r.cpuSeconds.toFixed(1)} s of CPU), ${(r.bytes / 1e6).toFixed(0)} MB, peak memory ${r.peakMb.toFixed(0)} MB (target < 1,024 MB: ${r.peakMb < 1024 ? 'met' : 'NOT met'})`,
    );
  }
  return lines;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const at = process.argv.indexOf('--stream');
  if (at < 0) {
    for (const line of await runMatrixBench()) console.log(line);
  } else {
    // The child: the full table through the command (load included), timed, with its peak RSS.
    const [format, file] = process.argv.slice(at + 1) as ['wide' | 'long', string];
    const t = performance.now();
    const cpu = process.cpuUsage();
    const quiet = { out: () => {}, err: () => {}, stderr: { tty: false, write: () => {} } };
    const io = { ...quiet, now: () => performance.now() };
    const code = await runMatrix(['--all', '--format', format, '--out', file], io);
    if (code !== 0) throw new Error(`bench: matrix exited ${code}`);
    const seconds = (performance.now() - t) / 1000;
    const used = process.cpuUsage(cpu);
    const cpuSeconds = (used.user + used.system) / 1e6;
    // maxRSS is in kilobytes.
    const peakMb = (process.resourceUsage().maxRSS * 1024) / 2 ** 20;
    console.log(JSON.stringify({ seconds, cpuSeconds, bytes: statSync(file).size, peakMb }));
  }
}
