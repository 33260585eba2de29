/**
 * Planner benchmark (issue #7): in headless Chromium, the time from opening the "Plan a route"
 * tab (on a page opened at `#from=chennai&to=vladivostok`) to the first route drawn, and from
 * ticking "avoid Malacca" to the new route drawn; medians over several fresh page loads. Main-
 * thread cost: long tasks (PerformanceObserver 'longtask') during the toggle, against the same
 * measure for drawing an identical precomputed route without routing (the baseline), and the
 * route computation itself in the worker against the same query in Node.
 */
import { readFileSync } from 'node:fs';
import { chromium, type Browser } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumPath } from '../../e2e/browser.ts';
import { createSeaRouter, decodeNetwork, parsePorts } from '../../src/lib/routing/index.ts';
import { NETWORK_PATH, PORTS_PATH } from '../lib/load-network.ts';
import { resolve } from 'node:path';
import { buildAndServe } from './app-build.ts';
import { serve } from './static-server.ts';
import { median } from './stats.ts';

const RUNS = Math.max(5, Number(process.env.BENCH_RUNS ?? 7));
const VIEWPORT = { width: 1280, height: 800 };
/** Its own build folder, so a concurrent `vite build` of dist/ cannot change it mid-run. */
const OUT_DIR = 'bench-results/planner-dist';
const DRAWN = 'planner:route-drawn';

interface Run {
  openToDrawn: number;
  toggleToShown: number;
  toggleToDrawn: number;
  workerMs: number;
  mode: string;
  toggleLongTasks: number[];
  drawOnlyMs: number;
  drawOnlyLongTasks: number[];
  /** Whether geo/sea-network.json was requested before the planner tab was opened (must not). */
  networkBeforeOpen: boolean;
  networkOnOpen: boolean;
  /** Files requested between opening the tab and the first route drawn. */
  lazyFiles: string[];
}

// (No named functions inside evaluate: tsx would wrap them in a helper the page lacks.)
async function oneRun(browser: Browser, url: string): Promise<Run> {
  // No service worker: its precaching would run during the measurement.
  const context = await browser.newContext({ viewport: VIEWPORT, serviceWorkers: 'block' });
  const page = await context.newPage();
  const requested: { path: string; at: number }[] = [];
  const start = Date.now();
  page.on('request', (r) =>
    requested.push({ path: new URL(r.url()).pathname, at: Date.now() - start }),
  );
  await page.goto(`${url}#from=chennai&to=vladivostok`);
  await page.waitForFunction(
    () => performance.getEntriesByName('atlas:first-idle').length > 0,
    null,
    {
      timeout: 60_000,
      polling: 20,
    },
  );
  await page.evaluate(() => {
    const w = window as unknown as { longTasks: PerformanceEntry[] };
    w.longTasks = [];
    new PerformanceObserver((list) => w.longTasks.push(...list.getEntries())).observe({
      type: 'longtask',
    });
  });
  const waitDrawn = (count: number) =>
    page.waitForFunction(
      (n) => performance.getEntriesByName('planner:route-drawn').length >= n,
      count,
      {
        timeout: 60_000,
        polling: 10,
      },
    );

  // (a) open the planner → first route drawn.
  const beforeOpen = requested.map((r) => r.path);
  const t0 = await page.evaluate(() => {
    const t = performance.now();
    (document.querySelector('[data-testid="tab-planner"]') as HTMLElement).click();
    return t;
  });
  await waitDrawn(1);
  const afterOpen = requested.map((r) => r.path).slice(beforeOpen.length);
  const first = await page.evaluate(
    (name) => performance.getEntriesByName(name)[0]!.startTime,
    DRAWN,
  );
  // Let the camera finish framing the first route: the toggle should not wait for that flight.
  await page.evaluate(
    () =>
      new Promise((r) => {
        const map = (window as unknown as { corridorAtlas: { map: import('maplibre-gl').Map } })
          .corridorAtlas.map;
        setTimeout(() => (map.isMoving() ? map.once('moveend', r) : r(null)), 100);
      }),
  );
  await page.evaluate(() => new Promise((r) => setTimeout(r, 300)));

  // (b) tick "avoid Malacca" → new route shown (numbers) and drawn (map).
  const t1 = await page.evaluate(() => {
    const t = performance.now();
    (document.querySelector('[data-testid="avoid-malacca"]') as HTMLInputElement).click();
    return t;
  });
  await waitDrawn(2);
  const toggle = await page.evaluate(
    ({ t1, name }) => {
      const drawn = performance.getEntriesByName(name)[1]!.startTime;
      const shown = performance.getEntriesByName('planner:route-shown').at(-1)!.startTime;
      const panel = document.querySelector('[data-testid="tabpanel-planner"]') as HTMLElement;
      const w = window as unknown as { longTasks: PerformanceEntry[] };
      return {
        drawn: drawn - t1,
        shown: shown - t1,
        workerMs: Number(panel.dataset.computeMs),
        mode: panel.dataset.routingMode ?? '?',
        longTasks: w.longTasks
          .filter((e) => e.startTime >= t1 && e.startTime <= drawn)
          .map((e) => e.duration),
      };
    },
    { t1, name: DRAWN },
  );
  await page.evaluate(() => new Promise((r) => setTimeout(r, 1500))); // let the framing finish

  // Baseline: draw the same route again without routing (clear, then setData and wait for idle).
  const drawOnly = await page.evaluate(async () => {
    const map = (window as unknown as { corridorAtlas: { map: import('maplibre-gl').Map } })
      .corridorAtlas.map;
    // The planned route shares the routes source (feature id `planned`).
    const source = map.getSource('routes') as unknown as {
      setData(d: unknown): void;
      serialize(): { data: { features: { properties: { id?: string } }[] } };
    };
    const data = source.serialize().data;
    source.setData({
      ...data,
      features: data.features.filter((f) => f.properties.id !== 'planned'),
    });
    await new Promise((r) => map.once('idle', r));
    const w = window as unknown as { longTasks: PerformanceEntry[] };
    const t = performance.now();
    source.setData(data);
    await new Promise((r) => map.once('idle', r));
    const end = performance.now();
    return {
      ms: end - t,
      longTasks: w.longTasks
        .filter((e) => e.startTime >= t && e.startTime <= end)
        .map((e) => e.duration),
    };
  });
  await context.close();
  return {
    openToDrawn: first - t0,
    toggleToShown: toggle.shown,
    toggleToDrawn: toggle.drawn,
    workerMs: toggle.workerMs,
    mode: toggle.mode,
    toggleLongTasks: toggle.longTasks,
    drawOnlyMs: drawOnly.ms,
    drawOnlyLongTasks: drawOnly.longTasks,
    networkBeforeOpen: beforeOpen.some((p) => p.includes('sea-network')),
    networkOnOpen: afterOpen.some((p) => p.includes('sea-network')),
    lazyFiles: afterOpen.map((p) => p.split('/').pop() ?? p),
  };
}

/** The same query in Node: router build once, then the warm query time (median of 50). */
function nodeBaseline(): { buildMs: number; queryMs: number } {
  const t = performance.now();
  const router = createSeaRouter(
    decodeNetwork(JSON.parse(readFileSync(NETWORK_PATH, 'utf8'))),
    parsePorts(JSON.parse(readFileSync(PORTS_PATH, 'utf8'))),
  );
  const buildMs = performance.now() - t;
  const times: number[] = [];
  for (let i = 0; i < 50; i++) {
    const s = performance.now();
    router.findSeaRoute('chennai', 'vladivostok', { avoid: ['malacca'] });
    times.push(performance.now() - s);
  }
  return { buildMs, queryMs: median(times) };
}

const ms = (x: number) => `${x.toFixed(0)} ms`;
const list = (xs: number[]) => `[${xs.map((x) => x.toFixed(0)).join(', ')}]`;

/**
 * Another build to compare with, run after run in the same process (BENCH_PLANNER_BASE: its
 * folder, e.g. the `vite build` of the commit before a change): "open → first route drawn" as a
 * ratio measured in the same run, where the machine's noise hits both alike.
 */
const BASE_DIR = process.env.BENCH_PLANNER_BASE;

/** Runs the planner benchmark and returns the lines to print. */
export async function runPlannerBench(): Promise<string[]> {
  const node = nodeBaseline();
  const app = await buildAndServe(OUT_DIR);
  const base = BASE_DIR ? await serve(resolve(BASE_DIR)) : null;
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
  const runs: Run[] = [];
  const baseRuns: Run[] = [];
  try {
    await oneRun(browser, app.url); // warm-up (Chromium start, SwiftShader compile)
    if (base) await oneRun(browser, base.url);
    for (let i = 0; i < RUNS; i++) {
      // Alternated, the order swapped each round: neither build always runs first.
      const order = base && i % 2 === 1 ? [base, app] : base ? [app, base] : [app];
      for (const served of order)
        (served === app ? runs : baseRuns).push(await oneRun(browser, served.url));
    }
  } finally {
    await browser.close();
    app.server.close();
    base?.server.close();
  }
  const m = (f: (r: Run) => number) => median(runs.map(f));
  const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
  const open = m((r) => r.openToDrawn);
  const toggle = m((r) => r.toggleToDrawn);
  const drawOnly = m((r) => r.drawOnlyMs);
  const worker = m((r) => r.workerMs);
  const modes = [...new Set(runs.map((r) => r.mode))].join(', ');
  return [
    `Planner (${RUNS} fresh page loads, ${VIEWPORT.width}×${VIEWPORT.height}, headless Chromium, WebGL on SwiftShader; routing: ${modes})`,
    `  open the planner → first route drawn, median: ${ms(open)} (network fetch + decode + router build in the worker, route, draw)`,
    `  tick "avoid Malacca" → numbers shown, median: ${ms(m((r) => r.toggleToShown))}; → route drawn, median: ${ms(toggle)}`,
    `  baseline, same route drawn without routing (setData → idle), median: ${ms(drawOnly)}; ratio toggle / baseline: ${(toggle / drawOnly).toFixed(2)}`,
    `  route computation in the worker, median: ${worker.toFixed(1)} ms; same query in Node (warm, median of 50): ${node.queryMs.toFixed(1)} ms; ratio ${(worker / node.queryMs).toFixed(2)}`,
    `  router build in Node: ${ms(node.buildMs)} (happens in the worker in the browser, off the main thread)`,
    `  main-thread long tasks during the toggle, median total: ${ms(m((r) => sum(r.toggleLongTasks)))} (max single ${ms(Math.max(0, ...runs.flatMap((r) => r.toggleLongTasks)))}); during the draw-only baseline: ${ms(m((r) => sum(r.drawOnlyLongTasks)))}`,
    `  sea-network.json requested before the planner opened: ${runs.some((r) => r.networkBeforeOpen) ? 'YES (regression)' : 'no'}; on opening: ${runs.every((r) => r.networkOnOpen) ? 'yes' : 'NO'}; files loaded on opening: ${runs[0]?.lazyFiles.join(', ')}`,
    `  all runs (ms): open ${list(runs.map((r) => r.openToDrawn))}, toggle ${list(runs.map((r) => r.toggleToDrawn))}, draw-only ${list(runs.map((r) => r.drawOnlyMs))}`,
    ...(baseRuns.length
      ? [
          `  against ${BASE_DIR} (alternating runs): open → first route drawn, median ${ms(median(baseRuns.map((r) => r.openToDrawn)))} there, ${ms(open)} here; ratio ${(open / median(baseRuns.map((r) => r.openToDrawn))).toFixed(2)} (budget ≤ 1.2); its runs ${list(baseRuns.map((r) => r.openToDrawn))}`,
        ]
      : []),
  ];
}

if (import.meta.url === `file://${process.argv[1]}`) {
  runPlannerBench().then((lines) => console.log(lines.join('\n')));
}
