/**
 * Patches to the page's WebGL, installed before the page loads: a browser without WebGL, and a
 * recorder of how the map opens (which tiles load, what the first drawn frame shows).
 */
import type { Page } from '@playwright/test';
import type { Map } from 'maplibre-gl';

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

/** Cells of the shrunk canvas in an OpeningLog: 64 × 40, three channels each. */
export const OPENING_CELLS = 64 * 40 * 3;

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
      set(value: { map: Map }) {
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
          // MapLibre types the event's tile as `any`: read only the key, as a string.
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

/** The opening log, once the map's first idle has been drawn. */
export async function openingLog(page: Page): Promise<OpeningLog> {
  await page.waitForFunction(
    () => (window as unknown as { __openingLog: OpeningLog }).__openingLog.idleDrawn.length > 0,
  );
  return page.evaluate(() => (window as unknown as { __openingLog: OpeningLog }).__openingLog);
}
