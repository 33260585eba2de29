/**
 * Pixel reads: the map canvas at a place (read right after a frame is drawn: the WebGL buffer
 * is only valid then, as the map does not preserve it), and PNG images decoded in the page.
 */
import { expect, type BrowserContext, type Page } from '@playwright/test';
import type { LngLat, ScreenPoint, Target } from './map';

export type Rgb = [number, number, number];

/** What the page-side helpers give: a 2D canvas holding a copy of the pixels. */
interface PagePixels {
  /** The map's next drawn frame (the WebGL buffer is only valid right after a frame). */
  mapFrame(): Promise<CanvasRenderingContext2D>;
  /** An image (any URL the page can load: a data: URL of a PNG or JPEG), decoded. */
  image(src: string): Promise<CanvasRenderingContext2D>;
}

declare global {
  interface Window {
    /** The pixel reads' page-side helpers (installPixelHelpers). */
    __pixels: PagePixels;
  }
}

/**
 * Installs the page-side helpers the pixel reads share, in every page and frame of `context`
 * (an embed's too), so each read is one round trip and the copy of a canvas is written once.
 */
export async function installPixelHelpers(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    const copy = (source: CanvasImageSource, width: number, height: number) => {
      const canvas = document.createElement('canvas');
      canvas.width = width;
      canvas.height = height;
      const g = canvas.getContext('2d')!;
      g.drawImage(source, 0, 0);
      return g;
    };
    const helpers: PagePixels = {
      mapFrame: () =>
        new Promise((resolve) => {
          const map = window.corridorAtlas!.map;
          map.once('render', () => {
            const source = map.getCanvas();
            resolve(copy(source, source.width, source.height));
          });
          map.triggerRepaint();
        }),
      image: async (src) => {
        const img = new Image();
        img.src = src;
        await img.decode();
        return copy(img, img.naturalWidth, img.naturalHeight);
      },
    };
    Object.defineProperty(window, '__pixels', { value: helpers, configurable: true });
  });
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

/** The colour of the map canvas where a place is drawn. */
export async function pixelAt(target: Target, lngLat: LngLat): Promise<Rgb> {
  const [pixels] = await around(target, lngLat, 0);
  return [pixels[0]!, pixels[1]!, pixels[2]!];
}

/**
 * The smallest colour distance to `colour` within `radiusPx` CSS pixels of a place, and whether
 * a person can see that spot (nothing covers the canvas there).
 */
export async function colourNear(
  target: Target,
  lngLat: LngLat,
  colour: string,
  radiusPx: number,
): Promise<{ distance: number; visible: boolean }> {
  const [pixels, visible] = await around(target, lngLat, radiusPx);
  const want = hex(colour);
  let distance = 255;
  for (let i = 0; i < pixels.length; i += 4) {
    const rgb: Rgb = [pixels[i]!, pixels[i + 1]!, pixels[i + 2]!];
    distance = Math.min(distance, colourDistance(rgb, want));
  }
  return { distance, visible };
}

/** RGBA pixels of the square of `radiusPx` CSS pixels around a place, and whether it is seen. */
async function around(
  target: Target,
  lngLat: LngLat,
  radiusPx: number,
): Promise<[number[], boolean]> {
  return target.evaluate(
    async ({ lngLat, radiusPx }) => {
      const map = window.corridorAtlas!.map;
      const ctx = await window.__pixels.mapFrame();
      const canvas = map.getCanvas();
      const ratio = canvas.width / canvas.clientWidth;
      const { x, y } = map.project(lngLat);
      const rect = canvas.getBoundingClientRect();
      const onTop = document.elementFromPoint(rect.left + x, rect.top + y);
      const r = Math.ceil(radiusPx * ratio);
      const data = ctx.getImageData(
        Math.round(x * ratio) - r,
        Math.round(y * ratio) - r,
        2 * r + 1,
        2 * r + 1,
      ).data;
      return [[...data], onTop === canvas] as [number[], boolean];
    },
    { lngLat, radiusPx },
  );
}

/** The map canvas's colours at points, in CSS pixels from the map's top left corner. */
export async function canvasPixels(target: Target, points: readonly ScreenPoint[]): Promise<Rgb[]> {
  return target.evaluate(async (points) => {
    const g = await window.__pixels.mapFrame();
    const ratio = g.canvas.width / window.corridorAtlas!.map.getCanvas().clientWidth;
    return points.map(({ x, y }) => {
      const data = g.getImageData(Math.round(x * ratio), Math.round(y * ratio), 1, 1).data;
      return [data[0]!, data[1]!, data[2]!] as Rgb;
    });
  }, points as ScreenPoint[]);
}

/** The map canvas as a PNG (read right after a frame is drawn). */
export async function canvasPng(target: Target): Promise<Buffer> {
  const url = await target.evaluate(async () =>
    (await window.__pixels.mapFrame()).canvas.toDataURL('image/png'),
  );
  return Buffer.from(url.slice(url.indexOf(',') + 1), 'base64');
}

/** How many pixels of two PNGs of one size differ in colour (decoded in the page). */
export async function differingPixels(page: Page, a: Buffer, b: Buffer): Promise<number> {
  if (a.equals(b)) return 0;
  return page.evaluate(
    async ({ a, b }) => {
      const decode = async (data: string) => {
        const g = await window.__pixels.image(`data:image/png;base64,${data}`);
        return g.getImageData(0, 0, g.canvas.width, g.canvas.height).data;
      };
      const [da, db] = [await decode(a), await decode(b)];
      if (da.length !== db.length) return Math.max(da.length, db.length) / 4;
      let n = 0;
      for (let i = 0; i < da.length; i += 4) {
        if (da[i] !== db[i] || da[i + 1] !== db[i + 1] || da[i + 2] !== db[i + 2]) n++;
      }
      return n;
    },
    { a: a.toString('base64'), b: b.toString('base64') },
  );
}

/**
 * The share of the map canvas's pixels within `tolerance` (per channel) of each colour; in a
 * page or in a frame (an embed).
 */
export async function colourShares(
  target: Target,
  colours: readonly Rgb[],
  tolerance: number,
): Promise<number[]> {
  return target.evaluate(
    async ({ colours, tolerance }) => {
      const g = await window.__pixels.mapFrame();
      const data = g.getImageData(0, 0, g.canvas.width, g.canvas.height).data;
      const counts = colours.map(() => 0);
      for (let i = 0; i < data.length; i += 4) {
        colours.forEach(([r, gr, b], c) => {
          const d = Math.max(
            Math.abs(data[i]! - r),
            Math.abs(data[i + 1]! - gr),
            Math.abs(data[i + 2]! - b),
          );
          if (d <= tolerance) counts[c]!++;
        });
      }
      return counts.map((n) => n / (data.length / 4));
    },
    { colours, tolerance },
  );
}

/**
 * The map's pixels that the animated ship changes: the canvas drawn with the ships, then without
 * them (the store's ships cleared and put back), and the centre of the pixels that differ, in CSS
 * pixels from the map's top left corner.
 */
export async function shipPixels(target: Target): Promise<{ x: number; y: number; count: number }> {
  return target.evaluate(async () => {
    const atlas = window.corridorAtlas!;
    const grab = async () => {
      const g = await window.__pixels.mapFrame();
      return g.getImageData(0, 0, g.canvas.width, g.canvas.height).data;
    };
    const withShip = await grab();
    const ships = atlas.store.state.ships;
    atlas.store.update((s) => ({ ...s, ships: [] }));
    await new Promise((r) => atlas.map.once('idle', r));
    const without = await grab();
    atlas.store.update((s) => ({ ...s, ships }));
    const canvas = atlas.map.getCanvas();
    const ratio = canvas.width / canvas.clientWidth;
    let sx = 0;
    let sy = 0;
    let count = 0;
    for (let i = 0; i < withShip.length; i += 4) {
      const d = Math.abs(withShip[i]! - without[i]!) + Math.abs(withShip[i + 1]! - without[i + 1]!);
      if (d < 40) continue;
      const p = i / 4;
      sx += (p % canvas.width) / ratio;
      sy += Math.floor(p / canvas.width) / ratio;
      count++;
    }
    return { x: sx / count, y: sy / count, count };
  });
}

/** Width and height of a PNG, from its IHDR chunk. */
export function pngSize(png: Buffer): { width: number; height: number } {
  expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

/** A PNG decoded in the page (the browser is the test's PNG decoder), read pixel by pixel. */
export class PngImage {
  private constructor(private readonly page: Page) {}

  /** Decodes `png` in the page; the image stays there until the next one is decoded. */
  static async decode(page: Page, png: Buffer): Promise<PngImage> {
    await page.evaluate(async (data) => {
      const g = await window.__pixels.image(`data:image/png;base64,${data}`);
      Object.defineProperty(window, '__image', { value: g, configurable: true });
    }, png.toString('base64'));
    return new PngImage(page);
  }

  /** The colours at these pixels. */
  async pixels(points: readonly [number, number][]): Promise<Rgb[]> {
    return this.page.evaluate(
      (points) => {
        const g = (window as unknown as { __image: CanvasRenderingContext2D }).__image;
        return points.map(([x, y]) => [...g.getImageData(x, y, 1, 1).data.slice(0, 3)] as Rgb);
      },
      points as [number, number][],
    );
  }

  /**
   * Within the central 60% of the image: how many pixels differ from the region's top left one
   * by more than `distance` in some channel (colourDistance), the ink on the background there.
   */
  async inkInMiddle(distance: number): Promise<number> {
    return this.page.evaluate((distance) => {
      const g = (window as unknown as { __image: CanvasRenderingContext2D }).__image;
      const { width, height } = g.canvas;
      const [x, y] = [Math.round(0.2 * width), Math.round(0.2 * height)];
      const data = g.getImageData(x, y, width - 2 * x, height - 2 * y).data;
      let ink = 0;
      for (let i = 0; i < data.length; i += 4) {
        if ([0, 1, 2].some((c) => Math.abs(data[i + c]! - data[c]!) > distance)) ink++;
      }
      return ink;
    }, distance);
  }

  /** How many pixels below row `top`, to the bottom, have a red channel under `below` (ink). */
  async darkPixelsFrom(top: number, below: number): Promise<number> {
    return this.page.evaluate(
      ({ top, below }) => {
        const g = (window as unknown as { __image: CanvasRenderingContext2D }).__image;
        const { width, height } = g.canvas;
        const data = g.getImageData(0, top, width, height - top).data;
        let inked = 0;
        for (let i = 0; i < data.length; i += 4) if (data[i]! < below) inked++;
        return inked;
      },
      { top, below },
    );
  }

  /**
   * Within 60% of the radius `r` of a disc centred at (cx, cy): how many pixels are near white
   * (a symbol drawn in white) and how many are not (the disc's colour).
   */
  async disc(cx: number, cy: number, r: number): Promise<{ white: number; other: number }> {
    return this.page.evaluate(
      ({ cx, cy, r }) => {
        const g = (window as unknown as { __image: CanvasRenderingContext2D }).__image;
        const data = g.getImageData(cx - r, cy - r, 2 * r, 2 * r).data;
        let white = 0;
        let other = 0;
        for (let y = 0; y < 2 * r; y++) {
          for (let x = 0; x < 2 * r; x++) {
            if (Math.hypot(x - r, y - r) > 0.6 * r) continue;
            const i = (y * 2 * r + x) * 4;
            if (data[i]! > 230 && data[i + 1]! > 230 && data[i + 2]! > 230) white++;
            else other++;
          }
        }
        return { white, other };
      },
      { cx, cy, r },
    );
  }
}
