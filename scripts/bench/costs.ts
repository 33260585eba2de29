/**
 * Costs benchmark (issue #17), in headless Chromium on the production build:
 *
 * - how soon the fuel, CO₂ and cost figures follow a control change (vessel, fuel, speed) in the
 *   Routes panel, and in the planner with three routes pinned: the time from the change event to
 *   the figures' text changing, against the frame interval measured on the same page (one frame
 *   = the median requestAnimationFrame interval), and whether the text had changed before the
 *   next frame was painted;
 * - what three pinned routes cost the map against one: the time from the link changing (1 or 3
 *   pins, routes already computed) to the map idle, alternated, medians; the baseline is the same
 *   measure for no pin.
 */
import { chromium, type Page } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumPath } from '../../e2e/browser.ts';
import { SCENARIOS } from '../../src/lib/planner/scenarios.ts';
import { pinToken } from '../../src/lib/url/tokens.ts';
import { buildAndServe, mapIdle } from './app-build.ts';
import { median } from './stats.ts';

const RUNS = Math.max(5, Number(process.env.BENCH_RUNS ?? 9));
const VIEWPORT = { width: 1280, height: 800 };
/** Its own build folder, so a concurrent `vite build` of dist/ cannot change it mid-run. */
const OUT_DIR = 'bench-results/costs-dist';

/** The three routes of the corridor comparison (Malacca, Sunda, Lombok). */
const PINS = SCENARIOS['malacca-sunda-lombok'].routes.map(pinToken);
const pinsHash = (n: number) =>
  `#panel=planner&from=chennai&to=vladivostok${n > 0 ? `&pins=${PINS.slice(0, n).join(';')}` : ''}`;

interface Change {
  /** data-testid of the control, the value to set, the event it fires. */
  control: string;
  value: string;
  event: 'change' | 'input';
}

interface Update {
  /** From the event to the figure's text changed, ms. */
  ms: number;
  /** Whether the text had changed when the next animation frame ran. */
  beforeNextFrame: boolean;
}

async function appReady(page: Page): Promise<void> {
  await page.waitForFunction(
    () => performance.getEntriesByName('atlas:first-idle').length > 0,
    null,
    { timeout: 60_000, polling: 20 },
  );
}

/** Median interval between animation frames on this page now, ms (one frame). */
async function frameMs(page: Page): Promise<number> {
  // (No named functions inside evaluate: tsx would wrap them in a helper the page lacks.)
  const intervals = await page.evaluate(async () => {
    const times: number[] = [];
    for (let i = 0; i < 31; i++) {
      times.push(await new Promise<number>((r) => requestAnimationFrame(r)));
    }
    return times.slice(1).map((x, i) => x - times[i]!);
  });
  return median(intervals);
}

/** Sets a control and times the figure `figure` (a data-testid) following it. */
async function timeUpdate(page: Page, change: Change, figure: string): Promise<Update> {
  return page.evaluate(
    ({ change, figure }) =>
      new Promise<Update>((done) => {
        const cell = document.querySelector(`[data-testid="${figure}"]`)!;
        const control = document.querySelector(
          `[data-testid="${change.control}"]`,
        ) as HTMLInputElement;
        const before = cell.textContent;
        let changedAt: number | null = null;
        const observer = new MutationObserver(() => {
          if (changedAt === null && cell.isConnected && cell.textContent !== before) {
            changedAt = performance.now();
          }
        });
        observer.observe(document.body, { subtree: true, childList: true, characterData: true });
        // The figure may be re-rendered as a new element: look it up again after the change.
        const t0 = performance.now();
        control.value = change.value;
        control.dispatchEvent(new Event(change.event, { bubbles: true }));
        requestAnimationFrame(() => {
          const now = document.querySelector(`[data-testid="${figure}"]`)!;
          const changedBeforeFrame = now.textContent !== before;
          if (changedAt === null && changedBeforeFrame) changedAt = performance.now();
          observer.disconnect();
          done({ ms: (changedAt ?? performance.now()) - t0, beforeNextFrame: changedBeforeFrame });
        });
      }),
    { change, figure },
  );
}

/** Alternates each change with its way back, so every run changes the figure. */
async function updates(page: Page, there: Change, back: Change, figure: string): Promise<Update[]> {
  const out: Update[] = [];
  for (let i = 0; i < RUNS; i++) {
    out.push(await timeUpdate(page, there, figure));
    out.push(await timeUpdate(page, back, figure));
  }
  return out;
}

/** Time from setting the hash to the map idle, ms. */
async function hashToIdle(page: Page, hash: string): Promise<number> {
  return page.evaluate(
    (hash) =>
      new Promise<number>((done) => {
        const map = (window as unknown as { corridorAtlas: { map: import('maplibre-gl').Map } })
          .corridorAtlas.map;
        const t0 = performance.now();
        map.once('idle', () => done(performance.now() - t0));
        location.hash = hash;
      }),
    hash,
  );
}

const fmt = (x: number) => `${x.toFixed(1)} ms`;
const signed = (x: number) => `${x < 0 ? '−' : '+'}${fmt(Math.abs(x))}`;

function updateLine(label: string, frame: number, list: Update[]): string {
  const ms = median(list.map((u) => u.ms));
  const worst = Math.max(...list.map((u) => u.ms));
  const inFrame = list.filter((u) => u.beforeNextFrame).length;
  return (
    `  ${label}: median ${fmt(ms)} = ${(ms / frame).toFixed(2)} frame, worst ${fmt(worst)} = ` +
    `${(worst / frame).toFixed(2)} frame; changed before the next frame in ${inFrame}/${list.length}`
  );
}

/** Runs the costs benchmark and returns the lines to print. */
export async function runCostsBench(): Promise<string[]> {
  const app = await buildAndServe(OUT_DIR);
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
  try {
    const context = await browser.newContext({ viewport: VIEWPORT, serviceWorkers: 'block' });
    const page = await context.newPage();

    // Routes panel: the corridor's fuel after a vessel, fuel or speed change.
    await page.goto(`${app.url}#panel=routes`);
    await appReady(page);
    const routesFrame = await frameMs(page);
    const vessel = await updates(
      page,
      { control: 'vessel', value: 'container-8000', event: 'change' },
      { control: 'vessel', value: 'container-5000', event: 'change' },
      'corridor-fuel',
    );
    const fuel = await updates(
      page,
      { control: 'fuel', value: 'lng', event: 'change' },
      { control: 'fuel', value: 'hfo', event: 'change' },
      'corridor-co2',
    );
    const speed = await updates(
      page,
      { control: 'speed', value: '18', event: 'input' },
      { control: 'speed', value: '14', event: 'input' },
      'corridor-fuel',
    );

    // The planner with three pins: the third pin's fuel after a vessel change.
    await page.goto(`${app.url}${pinsHash(3)}`);
    await page.waitForSelector('.pins-body[data-pins-ready="true"]', { timeout: 60_000 });
    await mapIdle(page);
    const plannerFrame = await frameMs(page);
    const pinned = await updates(
      page,
      { control: 'planner-vessel', value: 'container-8000', event: 'change' },
      { control: 'planner-vessel', value: 'container-5000', event: 'change' },
      'pin-3-fuel',
    );

    // Three pins against one, and none: routes already computed (cached by the planner).
    const draw: Record<0 | 1 | 3, number[]> = { 0: [], 1: [], 3: [] };
    for (let i = 0; i < RUNS; i++) {
      for (const n of [0, 1, 0, 3] as const) draw[n].push(await hashToIdle(page, pinsHash(n)));
    }
    await context.close();

    const none = median(draw[0]);
    const one = median(draw[1]);
    const three = median(draw[3]);
    return [
      `Costs (${RUNS}× each way, ${VIEWPORT.width}×${VIEWPORT.height}, headless Chromium, WebGL on SwiftShader)`,
      `  figures after a control change, against one frame on the same page (${fmt(routesFrame)} Routes panel, ${fmt(plannerFrame)} planner):`,
      updateLine('Routes panel, vessel → corridor fuel', routesFrame, vessel),
      updateLine('Routes panel, fuel → corridor CO₂', routesFrame, fuel),
      updateLine('Routes panel, speed slider → corridor fuel', routesFrame, speed),
      updateLine('planner with 3 pins, vessel → pin 3 fuel', plannerFrame, pinned),
      `  pinned routes drawn (link changed → map idle, routes computed already), medians: none ${fmt(none)}, one ${fmt(one)}, three ${fmt(three)}`,
      `  ratio three / one: ${(three / one).toFixed(2)} (target ≤ 1.2); over the no-pin baseline: one ${signed(one - none)}, three ${signed(three - none)}`,
    ];
  } finally {
    await browser.close();
    app.server.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  runCostsBench().then((lines) => console.log(lines.join('\n')));
}
