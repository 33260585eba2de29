/**
 * Load benchmark: builds the app and a bare MapLibre baseline, loads each several times in
 * headless Chromium (fresh context, cold cache), and reports the median time to the map's first
 * `idle` and their ratio, plus the gzip size of what the app loads before it is idle.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumPath } from '../../e2e/browser.ts';
import { repoRoot } from '../lib/io.ts';
import { serve } from './static-server.ts';
import { kb, median } from './stats.ts';

const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const APP_BUDGET_GZIP = 350 * 1024;
const VIEWPORT = { width: 1280, height: 800 };

function build(args: string[]): void {
  execFileSync('npx', ['vite', 'build', '--logLevel', 'warn', ...args], {
    cwd: repoRoot,
    stdio: 'inherit',
  });
}

/** Milliseconds from navigation start to the page's `atlas:first-idle` mark. */
async function timeToIdle(browser: Browser, url: string): Promise<{ ms: number; files: string[] }> {
  const context = await browser.newContext({ viewport: VIEWPORT });
  const page = await context.newPage();
  const files: string[] = [];
  page.on('response', (response) => files.push(new URL(response.url()).pathname));
  await page.goto(url);
  // (No named functions inside evaluate: tsx would wrap them in a helper the page lacks.)
  await page.waitForFunction(
    () => performance.getEntriesByName('atlas:first-idle').length > 0,
    null,
    {
      timeout: 60_000,
      polling: 20,
    },
  );
  const ms = await page.evaluate(
    () => performance.getEntriesByName('atlas:first-idle')[0]!.startTime,
  );
  await context.close();
  return { ms, files };
}

interface SizeRow {
  label: string;
  bytes: number;
}

/** Gzip sizes of the files a page loaded, split into MapLibre's own and the app's. */
function sizes(distRoot: string, files: string[]): { maplibre: SizeRow[]; app: SizeRow[] } {
  const maplibre: SizeRow[] = [];
  const app: SizeRow[] = [];
  for (const path of new Set(files)) {
    const file = resolve(distRoot, `.${path.endsWith('/') ? `${path}index.html` : path}`);
    let body: Buffer;
    try {
      body = readFileSync(file);
    } catch {
      continue; // not a file of the build (e.g. a data: URL)
    }
    const bytes = gzipSync(body, { level: 9 }).length;
    const name = path.split('/').pop() || 'index.html';
    (name.startsWith('maplibre-gl') ? maplibre : app).push({ label: name, bytes });
  }
  return { maplibre, app };
}

function kind(name: string): string {
  if (/\.(m?js)$/.test(name)) return 'JS';
  if (name.endsWith('.css')) return 'CSS';
  if (/\.(geo)?json$/.test(name)) return 'data';
  if (name.endsWith('.woff2')) return 'fonts';
  return 'other';
}

/** Runs the load benchmark and returns the lines to print. */
export async function runLoadBench(): Promise<string[]> {
  build([]);
  build(['--config', 'scripts/bench/vite.bare.config.ts']);
  const app = await serve(resolve(repoRoot, 'dist'));
  const bare = await serve(resolve(repoRoot, 'bench-results/bare'));
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
  const appTimes: number[] = [];
  const bareTimes: number[] = [];
  let appFiles: string[] = [];
  try {
    // Warm-up run of each (first Chromium start, SwiftShader compile), then alternate.
    await timeToIdle(browser, app.url);
    await timeToIdle(browser, bare.url);
    for (let i = 0; i < RUNS; i++) {
      const a = await timeToIdle(browser, app.url);
      appTimes.push(a.ms);
      appFiles = a.files;
      bareTimes.push((await timeToIdle(browser, bare.url)).ms);
    }
  } finally {
    await browser.close();
    app.server.close();
    bare.server.close();
  }
  const appMedian = median(appTimes);
  const bareMedian = median(bareTimes);
  const { maplibre, app: own } = sizes(resolve(repoRoot, 'dist'), appFiles);
  const total = (rows: SizeRow[]) => rows.reduce((sum, r) => sum + r.bytes, 0);
  const byKind = new Map<string, number>();
  for (const row of own)
    byKind.set(kind(row.label), (byKind.get(kind(row.label)) ?? 0) + row.bytes);
  const ownTotal = total(own);
  return [
    `Load (${RUNS} cold loads each, ${VIEWPORT.width}×${VIEWPORT.height}, headless Chromium, WebGL on SwiftShader)`,
    `  time to first idle, median: app ${appMedian.toFixed(0)} ms, bare MapLibre + same land ${bareMedian.toFixed(0)} ms`,
    `  ratio app / baseline: ${(appMedian / bareMedian).toFixed(2)} (target ≤ 1.25)`,
    `  all runs (ms): app [${appTimes.map((t) => t.toFixed(0)).join(', ')}], baseline [${bareTimes.map((t) => t.toFixed(0)).join(', ')}]`,
    `Initial bytes (gzip -9 of every file loaded before first idle)`,
    `  maplibre-gl (JS, worker, CSS): ${kb(total(maplibre))}`,
    `  app's own: ${kb(ownTotal)} = ${[...byKind].map(([k, v]) => `${k} ${kb(v)}`).join(', ')}`,
    `  app's own / budget 350 KB: ${(ownTotal / APP_BUDGET_GZIP).toFixed(2)}; app's own / maplibre-gl: ${(ownTotal / total(maplibre)).toFixed(2)}`,
  ];
}

if (import.meta.url === `file://${process.argv[1]}`) {
  runLoadBench().then((lines) => console.log(lines.join('\n')));
}
