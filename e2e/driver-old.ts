/**
 * A small driver for the end-to-end tests: open the atlas, wait for the map to settle, and read
 * what a person would see (canvas pixels, rendered features, visible text). Every test gets a
 * guard that fails it on a console error, an uncaught exception, a request to another origin or a
 * Content-Security-Policy violation.
 */
import { test as base, expect, type Frame, type Page } from '@playwright/test';

export { expect };

declare global {
  // (old driver)
  interface Window {
    corridorAtlas?: {
      map: import('maplibre-gl').Map;
      ready: Promise<void>;
      store: import('../src/state/store').Store<import('../src/state/app-state').AppState>;
    };
  }
}

export interface Guard {
  consoleErrors: string[];
  pageErrors: string[];
  foreignRequests: string[];
  dialogs: string[];
  /** Content-Security-Policy violations: what the shipped policy blocked (issue #14). */
  cspViolations: string[];
  /** Lets the page load from another origin too (a server a test starts of its own). */
  allowOrigin(origin: string): void;
}

/** Sets up the hermetic guard on a page: foreign requests are recorded (and fail the test). */
async function guardPage(page: Page, origin: string): Promise<Guard> {
  const origins = [origin];
  const guard: Guard = {
    consoleErrors: [],
    pageErrors: [],
    foreignRequests: [],
    dialogs: [],
    cspViolations: [],
    allowOrigin: (other) => void origins.push(other),
  };
  page.on('console', (msg) => {
    if (msg.type() === 'error') guard.consoleErrors.push(msg.text());
  });
  page.on('pageerror', (error) => guard.pageErrors.push(error.message));
  page.on('dialog', (dialog) => {
    guard.dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  // The page reports every `securitypolicyviolation` (a blocked inline style, script, worker…).
  await page.exposeFunction('__cspViolation', (text: string) => guard.cspViolations.push(text));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const report = (window as unknown as { __cspViolation?: (text: string) => void })
        .__cspViolation;
      report?.(
        `${event.effectiveDirective} blocked ${event.blockedURI || 'inline code'} at ${event.sourceFile}:${event.lineNumber}`,
      );
    });
  });
  // Recorded, not intercepted: routing every request would pass each one through the test
  // runner and cost every page load time; a foreign request fails the test either way.
  page.on('request', (request) => {
    const url = request.url();
    const own = origins.some((o) => url.startsWith(o));
    if (!own && !url.startsWith('data:') && !url.startsWith('blob:'))
      guard.foreignRequests.push(url);
  });
  return guard;
}

/**
 * The test with its guard: set up for every test (auto), whether it names the guard or not, so no
 * test passes with a console error, an uncaught exception, a foreign request or a CSP violation.
 */
export const test = base.extend<{ guard: Guard }>({
  guard: [
    async ({ page, baseURL }, use) => {
      const guard = await guardPage(page, new URL(baseURL ?? 'http://127.0.0.1/').origin);
      await use(guard);
      expect(guard.pageErrors, 'uncaught errors in the page').toEqual([]);
      expect(guard.consoleErrors, 'console errors').toEqual([]);
      expect(guard.foreignRequests, 'requests to another origin').toEqual([]);
      expect(guard.dialogs, 'dialogs opened').toEqual([]);
      expect(guard.cspViolations, 'Content-Security-Policy violations').toEqual([]);
    },
    { auto: true },
  ],
});

/** How the opening view came: the map's source loads, and its first drawn frame. */
export interface OpeningLog {
  /** `source tile-key` of every tile loaded before the first idle (repeats = reloads). */
  tilesBeforeIdle: string[];
  /** `source:type` of every tile or content load after the first idle. */
  afterIdle: string[];
  /** The canvas, shrunk to 64 × 40 RGB cells, at the first frame that drew anything… */
  firstDrawn: number[];
  /** …and at the first idle (what the opening view looks like once complete). */
  idleDrawn: number[];
}

/**
 * Records how the map opens, from the moment the app creates the map (call before opening the
 * page; read with `openingLog`).
 */
export async function watchOpening(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const log = {
      tilesBeforeIdle: [] as string[],
      afterIdle: [] as string[],
      firstDrawn: [] as number[],
      idleDrawn: [] as number[],
    };
    // A frame drew when WebGL was asked to draw since the last one.
    let drew = false;
    const gl = WebGL2RenderingContext.prototype;
    for (const name of ['drawElements', 'drawArrays'] as const) {
      const original = gl[name] as (...args: unknown[]) => void;
      (gl as unknown as Record<string, unknown>)[name] = function (
        this: WebGL2RenderingContext,
        ...args: unknown[]
      ) {
        drew = true;
        return original.apply(this, args);
      };
    }
    const shrink = (canvas: HTMLCanvasElement) => {
      const copy = document.createElement('canvas');
      copy.width = 64;
      copy.height = 40;
      const ctx = copy.getContext('2d')!;
      ctx.drawImage(canvas, 0, 0, 64, 40);
      return [...ctx.getImageData(0, 0, 64, 40).data].filter((_, i) => i % 4 !== 3);
    };
    let handle: unknown;
    Object.defineProperty(window, '__openingLog', { value: log });
    Object.defineProperty(window, 'corridorAtlas', {
      configurable: true,
      get: () => handle,
      set(value: { map: import('maplibre-gl').Map }) {
        handle = value;
        const map = value.map;
        let idle = false;
        map.on('render', () => {
          // Read in the render event: the drawing buffer is valid only until the frame ends.
          if (drew && log.firstDrawn.length === 0) log.firstDrawn = shrink(map.getCanvas());
          drew = false;
        });
        map.once('idle', () => {
          idle = true;
          map.once('render', () => (log.idleDrawn = shrink(map.getCanvas())));
          map.triggerRepaint();
        });
        map.on('sourcedata', (event) => {
          const key = (event as { tile?: { tileID?: { key?: string } } }).tile?.tileID?.key;
          if (!idle && key !== undefined) log.tilesBeforeIdle.push(`${event.sourceId} ${key}`);
          if (idle && (key !== undefined || event.sourceDataType === 'content')) {
            log.afterIdle.push(`${event.sourceId}:${event.sourceDataType ?? 'tile'}`);
          }
        });
      },
    });
  });
}

export async function openingLog(page: Page): Promise<OpeningLog> {
  await page.waitForFunction(
    () => (window as unknown as { __openingLog: OpeningLog }).__openingLog.idleDrawn.length > 0,
  );
  return page.evaluate(() => (window as unknown as { __openingLog: OpeningLog }).__openingLog);
}

/** Makes the page's browser report no WebGL, as a browser with it turned off would. */
export async function disableWebGL(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const original = HTMLCanvasElement.prototype.getContext;
    HTMLCanvasElement.prototype.getContext = function (
      this: HTMLCanvasElement,
      type: string,
      ...rest: unknown[]
    ) {
      if (/webgl/i.test(type)) return null;
      return original.call(this, type as '2d', ...(rest as []));
    } as typeof original;
  });
}

/** Opens the atlas (optionally at a hash) and waits until the map has drawn everything. */
export async function openAtlas(page: Page, hash = ''): Promise<void> {
  await page.goto(`./${hash}`);
  await page.waitForFunction(() => window.corridorAtlas !== undefined, null, { timeout: 30_000 });
  await page.evaluate(() => window.corridorAtlas!.ready);
  await mapIdle(page);
}

/** Follows a link within the page (a hash change), as a reader clicking a link to the atlas would. */
export async function followHash(page: Page, hash: string): Promise<void> {
  await page.evaluate(
    (hash) =>
      new Promise((resolve) => {
        window.addEventListener('hashchange', resolve, { once: true });
        location.hash = hash;
      }),
    hash,
  );
}

/**
 * Resolves when the map has no pending tiles, animations or placements. After one animation
 * frame (a change the page makes now asks the map for a render), a map with no render pending
 * and everything loaded is idle already; otherwise this waits for its next `idle`. It does not
 * force a render: on a software GPU a frame of the whole map costs about 0.2 s of CPU.
 */
export async function mapIdle(page: Page): Promise<void> {
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        const map = window.corridorAtlas!.map;
        // MapLibre's own flag for a render it has asked the browser for (not in its types; set
        // from the map's first render on). Without it, a render is forced as before.
        const internal = map as unknown as { _frameRequest?: unknown };
        if (!('_frameRequest' in internal)) {
          map.once('idle', () => resolve());
          map.triggerRepaint();
          return;
        }
        requestAnimationFrame(() => {
          if (!internal._frameRequest && map.loaded() && !map.isMoving()) resolve();
          else map.once('idle', () => resolve());
        });
      }),
  );
}

/** Resolves when no CSS transition or animation is running on the page. */
export async function transitionsDone(page: Page): Promise<void> {
  await page.evaluate(() => Promise.all(document.getAnimations().map((a) => a.finished)));
}

export type Rgb = [number, number, number];

/**
 * The colour of the map canvas at a geographic position, read right after a frame is drawn
 * (the WebGL buffer is only valid then, as the map does not preserve it).
 */
export async function pixelAt(page: Page, lngLat: [number, number]): Promise<Rgb> {
  return page.evaluate(
    (position) =>
      new Promise<Rgb>((resolve) => {
        const map = window.corridorAtlas!.map;
        map.once('render', () => {
          const source = map.getCanvas();
          const point = map.project(position);
          const ratio = source.width / source.clientWidth;
          const copy = document.createElement('canvas');
          copy.width = source.width;
          copy.height = source.height;
          const ctx = copy.getContext('2d')!;
          ctx.drawImage(source, 0, 0);
          const data = ctx.getImageData(
            Math.round(point.x * ratio),
            Math.round(point.y * ratio),
            1,
            1,
          ).data;
          resolve([data[0]!, data[1]!, data[2]!]);
        });
        map.triggerRepaint();
      }),
    lngLat,
  );
}

/**
 * The share of the map canvas's pixels within `tolerance` (per channel) of each colour, read
 * right after a frame is drawn; in a page or in a frame (an embed).
 */
export async function colourShares(
  target: Page | Frame,
  colours: readonly Rgb[],
  tolerance: number,
): Promise<number[]> {
  return target.evaluate(
    ({ colours, tolerance }) =>
      new Promise<number[]>((resolve) => {
        const map = window.corridorAtlas!.map;
        map.once('render', () => {
          const source = map.getCanvas();
          const copy = document.createElement('canvas');
          copy.width = source.width;
          copy.height = source.height;
          const ctx = copy.getContext('2d')!;
          ctx.drawImage(source, 0, 0);
          const data = ctx.getImageData(0, 0, copy.width, copy.height).data;
          const counts = colours.map(() => 0);
          for (let i = 0; i < data.length; i += 4) {
            colours.forEach(([r, g, b], c) => {
              const d = Math.max(
                Math.abs(data[i]! - r),
                Math.abs(data[i + 1]! - g),
                Math.abs(data[i + 2]! - b),
              );
              if (d <= tolerance) counts[c]!++;
            });
          }
          resolve(counts.map((n) => n / (data.length / 4)));
        });
        map.triggerRepaint();
      }),
    { colours, tolerance },
  );
}

/** Parses '#rrggbb'. */
export function hex(colour: string): Rgb {
  const n = Number.parseInt(colour.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

/** Largest per-channel difference between two colours. */
export function colourDistance(a: Rgb, b: Rgb): number {
  return Math.max(...a.map((v, i) => Math.abs(v - b[i]!)));
}

/** Names of the features a layer has drawn on screen right now. */
export async function renderedNames(
  page: Page,
  layer: string,
  property = 'name',
): Promise<string[]> {
  return page.evaluate(
    ({ layer, property }) =>
      window
        .corridorAtlas!.map.queryRenderedFeatures({ layers: [layer] })
        .map((f) => String(f.properties?.[property])),
    { layer, property },
  );
}
