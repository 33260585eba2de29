/**
 * Memory benchmark (issue #14): the JS heap after 1,000 hash changes against after 100, both
 * measured through CDP after a forced garbage collection, in headless Chromium on the
 * production build; and the performance timeline's marks and measures after them. Target: the
 * heap ratio at most 1.2, marks bounded (the planner keeps at most 15 of each of its two names).
 */
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumPath } from '../../e2e/browser.ts';
import { CHURN_HASHES, churn } from './hash-churn.ts';
import { buildAndServe, mapIdle } from './app-build.ts';

/** Its own build folder, so a concurrent `vite build` of dist/ cannot change it mid-run. */
const OUT_DIR = 'bench-results/memory-dist';

/** Runs the memory benchmark and returns the lines to print. */
export async function runMemoryBench(): Promise<string[]> {
  const app = await buildAndServe(OUT_DIR);
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
  try {
    const context = await browser.newContext({
      viewport: { width: 1280, height: 800 },
      serviceWorkers: 'block',
    });
    const page = await context.newPage();
    await page.goto(`${app.url}${CHURN_HASHES[0]}`);
    await page.waitForSelector('[data-route-drawn]', { timeout: 60_000 });
    const cdp = await context.newCDPSession(page);
    const heapAfterGc = async () => {
      // Idle first: until then the map holds callbacks waiting for the last routes to be drawn.
      await mapIdle(page);
      await cdp.send('HeapProfiler.collectGarbage');
      return (await cdp.send('Runtime.getHeapUsage')).usedSize;
    };
    const t0 = Date.now();
    await churn(page, 100, 1);
    const after100 = await heapAfterGc();
    await churn(page, 900, 101);
    const after1000 = await heapAfterGc();
    const seconds = (Date.now() - t0) / 1000;
    const entries = await page.evaluate(() => ({
      marks: performance.getEntriesByType('mark').length,
      measures: performance.getEntriesByType('measure').length,
    }));
    await context.close();
    const mb = (bytes: number) => `${(bytes / 1e6).toFixed(1)} MB`;
    return [
      `Memory (1,000 hash changes: planner routes, a claim, a preset; ${seconds.toFixed(0)} s in headless Chromium)`,
      `  JS heap after GC: ${mb(after100)} after 100 changes, ${mb(after1000)} after 1,000; ratio ${(after1000 / after100).toFixed(3)} (target ≤ 1.2)`,
      `  performance timeline after 1,000: ${entries.marks} marks (bound 31), ${entries.measures} measures`,
    ];
  } finally {
    await browser.close();
    app.server.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  runMemoryBench().then((lines) => console.log(lines.join('\n')));
}
