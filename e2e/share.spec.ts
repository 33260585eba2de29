/**
 * Taking the map out (issue #16): embed mode and its iframe code, a cross-origin embed, the PNG
 * export (its size and what it shows), the print sheet without WebGL (print.spec.ts prints every
 * state), the data downloads and the social card.
 */
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { getIssues } from '@placemarkio/check-geojson';
import type { Page } from '@playwright/test';
import { DATA_SOURCES } from '../src/content/sources';
import { THEME } from '../src/lib/style/theme';
import {
  colourDistance,
  colourShares,
  disableWebGL,
  expect,
  hex,
  openAtlas,
  pixelAt,
  test,
  transitionsDone,
  type Rgb,
} from './driver';

/** Width and height of a PNG, from its IHDR chunk. */
function pngSize(png: Buffer): { width: number; height: number } {
  expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

async function openShare(page: Page): Promise<void> {
  await page.getByTestId('share-menu-button').click();
  await expect(page.getByTestId('share-embed')).toBeVisible();
}

/** The PNG that Share › Download image saves, and its file name. */
async function downloadImage(page: Page): Promise<{ png: Buffer; name: string }> {
  await openShare(page);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId('share-image').click(),
  ]);
  return { png: readFileSync(await download.path()), name: download.suggestedFilename() };
}

/**
 * Decodes a PNG in the page into a canvas whose 2D context the evaluations that follow read as
 * `window.__image`.
 */
async function decodeInPage(page: Page, png: Buffer): Promise<void> {
  await page.evaluate(async (data) => {
    const img = new Image();
    img.src = `data:image/png;base64,${data}`;
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = img.width;
    canvas.height = img.height;
    const g = canvas.getContext('2d')!;
    g.drawImage(img, 0, 0);
    Object.assign(window, { __image: g });
  }, png.toString('base64'));
}

/** The colours of a PNG at these pixels. */
async function pngPixels(page: Page, png: Buffer, points: [number, number][]): Promise<Rgb[]> {
  await decodeInPage(page, png);
  return page.evaluate((points) => {
    const g = (window as unknown as { __image: CanvasRenderingContext2D }).__image;
    return points.map(([x, y]) => [...g.getImageData(x, y, 1, 1).data.slice(0, 3)] as Rgb);
  }, points);
}

interface MarkerBox {
  testId: string;
  /** The button's box, in CSS pixels from the map's top left corner. */
  left: number;
  top: number;
  width: number;
  height: number;
  /** The map's top left corner on the page. */
  origin: [number, number];
}

/** The first claim marker button matching `selector` whose centre is on the map, or null. */
async function markerOnMap(page: Page, selector: string): Promise<MarkerBox | null> {
  return page.evaluate((selector) => {
    const origin = window.corridorAtlas!.map.getContainer().getBoundingClientRect();
    for (const button of document.querySelectorAll<HTMLElement>(selector)) {
      const b = button.getBoundingClientRect();
      const [left, top] = [b.left - origin.left, b.top - origin.top];
      const [x, y] = [left + b.width / 2, top + b.height / 2];
      if (x > 0 && x < origin.width && y > 0 && y < origin.height) {
        const { width, height } = b;
        const testId = button.dataset.testid ?? '';
        return { testId, left, top, width, height, origin: [origin.left, origin.top] };
      }
    }
    return null;
  }, selector) as Promise<MarkerBox | null>;
}

test('embed mode hides the toolbar and panel, keeps the sources, and links back @phone', async ({
  page,
}) => {
  await openAtlas(page, '#view=comparison&speed=18&embed=1');
  await expect(page.getByTestId('toolbar')).toBeHidden();
  await expect(page.getByTestId('panel')).toBeHidden();
  await expect(page.getByTestId('embed-sources')).toBeVisible();
  await expect(page.getByTestId('embed-sources')).toContainText('Eurostat SeaRoute');
  await expect(page.getByTestId('embed-legend')).toContainText('Mumbai–St Petersburg via Suez');
  const link = page.getByTestId('embed-link');
  await expect(link).toHaveAttribute('target', '_blank');
  const href = new URL((await link.getAttribute('href'))!);
  expect(href.hash).toBe('#view=comparison&speed=18');
  // Claims still open, as a compact card.
  await page.evaluate(() => (location.hash = '#view=overview&claim=relos&embed=1'));
  await expect(page.getByTestId('embed-card')).toContainText('RELOS');
  // The legend names the claim markers' categories, each by its badge (the page's own claim
  // legend is hidden in embeds).
  const defence = page.getByTestId('embed-legend').locator('li', { hasText: 'Defence' });
  await expect(defence.locator('.claim-badge svg')).toBeVisible();
  await page.getByTestId('embed-card-close').click();
  await expect(page.getByTestId('embed-card')).toBeHidden();
});

test('bug: an 800 × 450 embed spent two lines of its map on the sources; they take one line under it', async ({
  page,
}) => {
  await page.setViewportSize({ width: 800, height: 450 });
  await openAtlas(page, '#embed=1');
  // No attribution box over the map: the sources are under it.
  await expect(page.locator('.maplibregl-ctrl-attrib')).toHaveCount(0);
  const sources = page.getByTestId('embed-sources');
  for (const source of DATA_SOURCES) await expect(sources).toContainText(source.attribution);
  const layout = await page.evaluate(() => {
    const line = document.querySelector<HTMLElement>('[data-testid="embed-sources"]')!;
    const box = line.getBoundingClientRect();
    const map = window.corridorAtlas!.map.getContainer().getBoundingClientRect();
    const style = getComputedStyle(line);
    return {
      box: { left: box.left, right: box.right, top: box.top, bottom: box.bottom },
      lineHeight: parseFloat(style.lineHeight),
      fontPx: parseFloat(style.fontSize),
      mapBottom: map.bottom,
      canvasHeight: window.corridorAtlas!.map.getCanvas().clientHeight,
    };
  });
  // One line, across the foot of the frame, and the map ends where it starts.
  expect(layout.box).toEqual({ left: 0, right: 800, top: layout.box.top, bottom: 450 });
  expect(layout.box.bottom - layout.box.top, 'one line and its padding').toBeLessThan(
    2 * layout.lineHeight,
  );
  expect(layout.mapBottom).toBeCloseTo(layout.box.top, 0);
  expect(layout.canvasHeight).toBeCloseTo(layout.box.top, 0);
  expect(layout.fontPx, 'readable text').toBeGreaterThanOrEqual(10);
});

test('the embed dialog writes an iframe for the current view, in three sizes', async ({ page }) => {
  await openAtlas(page, '#view=malacca');
  await openShare(page);
  await page.getByTestId('share-embed').click();
  const code = page.getByTestId('embed-code');
  await expect(code).toHaveValue(/^<iframe src="[^"]+#view=malacca&embed=1" title="[^"]+"/);
  await expect(code).toHaveValue(
    /width="100%" height="450" loading="lazy" style="border:0;aspect-ratio:16\/9;height:auto"/,
  );
  await page.getByTestId('embed-size-4-3').check();
  await expect(code).toHaveValue(/width="800" height="600" loading="lazy" style="border:0"/);
  await page.getByTestId('embed-size-square').check();
  await expect(code).toHaveValue(/width="600" height="600"/);
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('embed-dialog')).toHaveCount(0);
  await expect(page.getByTestId('share-menu-button')).toBeFocused();
});

test('an embed in a page of another origin draws the map with no console error', async ({
  page,
  guard,
  baseURL,
}) => {
  // The host page is served on another port (another origin) and frames the atlas.
  const atlas = new URL('./#view=corridor&embed=1', baseURL).href;
  const server = createServer((_, response) => {
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    response.end(
      `<!doctype html><title>A news page</title><h1>Story</h1><iframe src="${atlas}" title="Corridor Atlas" width="800" height="450" loading="lazy" style="border:0"></iframe>`,
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const host = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  // The hermetic guard fails a test on requests to other origins; this one is the test's own.
  guard.allowOrigin(new URL(host).origin);
  test.info().attach('host', { body: host });
  await page.goto(host);
  const inner = (await (await page.locator('iframe').elementHandle())!.contentFrame())!;
  await inner.waitForFunction(() => window.corridorAtlas !== undefined);
  expect(new URL(inner.url()).origin).not.toBe(new URL(page.url()).origin);
  await inner.evaluate(() => window.corridorAtlas!.ready);
  // The frame's map is drawn: a good share of its pixels are the sea's and the land's colours.
  const [ocean, land] = await colourShares(inner, [hex(THEME.ocean), hex(THEME.land)], 8);
  expect(ocean, 'share of sea pixels').toBeGreaterThan(0.2);
  expect(land, 'share of land pixels').toBeGreaterThan(0.1);
  expect(guard.consoleErrors).toEqual([]);
  server.close();
});

test('Download image gives a PNG at twice the map’s size, showing what the map shows', async ({
  page,
}) => {
  // The corridor's view with the claim markers on (its preset hides them).
  await openAtlas(page, '#view=corridor&layers=corridor,claims');
  const live = { sea: await pixelAt(page, [89, 18]), land: await pixelAt(page, [78, 22]) };
  const size = await page.evaluate(() => {
    const c = window.corridorAtlas!.map.getContainer();
    return { width: c.clientWidth, height: c.clientHeight };
  });
  const { png, name } = await downloadImage(page);
  expect(name).toMatch(/^corridor-atlas_corridor_\d{4}-\d{2}-\d{2}\.png$/);
  const { width, height } = pngSize(png);
  expect(width).toBe(size.width * 2);
  expect(width).toBeGreaterThanOrEqual(1200);
  expect(height).toBeGreaterThan(size.height * 2);
  // A claim marker on the map, whose symbol the image should show.
  const button = await markerOnMap(
    page,
    '.claim-marker:not([hidden]):not(.is-muted) .claim-marker-button:not(.claim-cluster-button)',
  );
  expect(button, 'a claim marker on the map').not.toBeNull();
  // Read the image back in the page: the map area has the live map's sea and land; the footer
  // strip below it is not blank.
  await decodeInPage(page, png);
  const sample = await page.evaluate(
    ({ points, box }) => {
      const g = (window as unknown as { __image: CanvasRenderingContext2D }).__image;
      const { canvas } = g;
      const map = window.corridorAtlas!.map;
      const at = (lngLat: [number, number]) => {
        const p = map.project(lngLat);
        return [...g.getImageData(Math.round(p.x * 2), Math.round(p.y * 2), 1, 1).data];
      };
      const mapHeight = map.getContainer().clientHeight * 2;
      const footer = g.getImageData(0, mapHeight, canvas.width, canvas.height - mapHeight).data;
      let inked = 0;
      for (let i = 0; i < footer.length; i += 4) if (footer[i]! < 120) inked++;
      // A claim marker: its disc in its category's colour, and its white symbol inside the
      // white ring (the symbol's pixels, within 60% of the radius).
      const cx = Math.round((box.left + box.width / 2) * 2);
      const cy = Math.round((box.top + box.height / 2) * 2);
      const r = Math.round(box.width); // the radius at twice the size
      const disc = g.getImageData(cx - r, cy - r, 2 * r, 2 * r).data;
      let symbol = 0;
      let colour = 0;
      for (let y = 0; y < 2 * r; y++) {
        for (let x = 0; x < 2 * r; x++) {
          if (Math.hypot(x - r, y - r) > 0.6 * r) continue;
          const i = (y * 2 * r + x) * 4;
          if (disc[i]! > 230 && disc[i + 1]! > 230 && disc[i + 2]! > 230) symbol++;
          else colour++;
        }
      }
      const marker = { testId: box.testId, symbol, colour };
      return { sea: at(points.sea), land: at(points.land), inked, marker };
    },
    {
      points: { sea: [89, 18] as [number, number], land: [78, 22] as [number, number] },
      box: button!,
    },
  );
  expect(colourDistance(sample.sea.slice(0, 3) as Rgb, live.sea)).toBeLessThanOrEqual(10);
  expect(colourDistance(sample.land.slice(0, 3) as Rgb, live.land)).toBeLessThanOrEqual(10);
  expect(sample.inked, 'dark (text) pixels in the footer').toBeGreaterThan(2000);
  const { marker } = sample;
  // The symbol covers a real share of the disc, not a stray pixel, and the rest is the colour.
  expect(marker.symbol, `${marker.testId}: symbol pixels`).toBeGreaterThan(
    0.08 * (marker.symbol + marker.colour),
  );
  expect(marker.colour, `${marker.testId}: coloured pixels`).toBeGreaterThan(marker.symbol);
});

test('bug: the exported image drew the claim markers an open claim mutes at full strength', async ({
  page,
}) => {
  await openAtlas(page, '#claim=relos');
  await transitionsDone(page);
  const muted = await markerOnMap(
    page,
    '.claim-marker.is-muted:not([hidden]) .claim-marker-button',
  );
  expect(muted, 'a muted marker on the map').not.toBeNull();
  // A point on its disc, inside its white ring and clear of its symbol.
  const [mx, my] = [
    Math.round(muted!.left + muted!.width * 0.15),
    Math.round(muted!.top + muted!.height / 2),
  ];
  const [ox, oy] = muted!.origin;
  const screen = await page.screenshot({ clip: { x: ox + mx, y: oy + my, width: 1, height: 1 } });
  const [live] = await pngPixels(page, screen, [[0, 0]]);
  const [exported] = await pngPixels(page, (await downloadImage(page)).png, [[mx * 2, my * 2]]);
  expect(colourDistance(exported!, live!), `image ${exported} against page ${live}`).toBeLessThan(
    20,
  );
});

test('bug: the exported image lacked the fan’s leader lines and the open claim’s dark ring', async ({
  page,
}) => {
  await openAtlas(page, '#claim=relos');
  await transitionsDone(page);
  // From the page, px from the map's top left: the middle of a leader's visible part (between the
  // place's dot and the button's edge), and a point on the open button's ring, up and left of it,
  // clear of its fan neighbours.
  const spots = await page.evaluate(() => {
    const origin = window.corridorAtlas!.map.getContainer().getBoundingClientRect();
    const centre = (r: DOMRect) => [
      r.left + r.width / 2 - origin.left,
      r.top + r.height / 2 - origin.top,
    ];
    const leaders = [...document.querySelectorAll<HTMLElement>('.claim-marker:not([hidden])')]
      .filter((root) => getComputedStyle(root.querySelector('.claim-leader')!).display !== 'none')
      .map((root) => {
        const place = root.getBoundingClientRect();
        const button = root.querySelector('.claim-marker-button')!.getBoundingClientRect();
        const [px, py] = [place.left - origin.left, place.top - origin.top];
        const [bx, by] = centre(button);
        const length = Math.hypot(bx! - px, by! - py);
        const t = (3.5 + (length - button.width / 2 - 3.5) / 2) / length;
        return { at: [px + (bx! - px) * t, py + (by! - py) * t], shown: length - button.width / 2 };
      })
      .filter((l) => l.shown > 14);
    const open = document.querySelector('.claim-marker.is-open .claim-marker-button')!;
    const [cx, cy] = centre(open.getBoundingClientRect());
    // The ring is 2 px of box-shadow, scaled with the button (1.25): its middle 1.25 px out.
    const r = open.getBoundingClientRect().width / 2 + 1.25;
    return { leader: leaders[0]?.at, ring: [cx! - r * Math.SQRT1_2, cy! - r * Math.SQRT1_2] };
  });
  expect(spots.leader, 'a leader line on the page').toBeDefined();
  // The map alone there (no HTML on its canvas): the darkest pixel near each spot.
  const darkest = (pixels: number[][]) => Math.min(...pixels.map((p) => p[0]! + p[1]! + p[2]!));
  const around = ([x, y]: number[], scale: number, r: number) => {
    const out: [number, number][] = [];
    for (let dy = -r; dy <= r; dy++)
      for (let dx = -r; dx <= r; dx++)
        out.push([Math.round(x! * scale) + dx, Math.round(y! * scale) + dy]);
    return out;
  };
  const map = await page.evaluate(
    (points) =>
      new Promise<number[][][]>((resolve) => {
        const map = window.corridorAtlas!.map;
        map.once('render', () => {
          const source = map.getCanvas();
          const copy = document.createElement('canvas');
          copy.width = source.width;
          copy.height = source.height;
          const g = copy.getContext('2d')!;
          g.drawImage(source, 0, 0);
          resolve(points.map((ps) => ps.map(([x, y]) => [...g.getImageData(x, y, 1, 1).data])));
        });
        map.triggerRepaint();
      }),
    [around(spots.leader!, 1, 1), around(spots.ring, 1, 1)],
  );
  const { png } = await downloadImage(page);
  const leader = await pngPixels(page, png, around(spots.leader!, 2, 2));
  const ring = await pngPixels(page, png, around(spots.ring, 2, 0));
  // The leader: ink at 0.45 over the map, far darker than the map there.
  expect(darkest(leader), 'the leader’s middle, image against map').toBeLessThan(
    darkest(map[0]!) - 120,
  );
  // The ring: the page's ink.
  expect(colourDistance(ring[0]!, hex('#1f2a33')), `ring pixel ${ring[0]}`).toBeLessThan(40);
  expect(darkest(map[1]!), 'the map there is not dark itself').toBeGreaterThan(300);
});

test('without WebGL the image is disabled and says why; the print sheet still has the text', async ({
  page,
}) => {
  await disableWebGL(page);
  await page.goto('./#view=corridor');
  await expect(page.getByTestId('map-fallback')).toBeVisible();
  await page.evaluate(() => (window.print = () => undefined));
  await openShare(page);
  await expect(page.getByTestId('share-image')).toBeDisabled();
  await expect(page.getByTestId('share-image')).toContainText('WebGL');
  await page.getByTestId('share-print').click();
  await expect(page.getByTestId('print-title')).toHaveText(/Chennai–Vladivostok corridor/);
});

test('Download data gives the routes and regions as GeoJSON and the figures as CSV', async ({
  page,
}) => {
  await openAtlas(page, '#speed=16');
  await openShare(page);
  await page.getByTestId('share-data').click();
  await expect(page.getByTestId('data-licence')).toContainText('ODbL');
  const [geojson] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId('download-geojson').click(),
  ]);
  const text = readFileSync(await geojson.path(), 'utf8');
  expect(getIssues(text)).toEqual([]);
  const fc = JSON.parse(text);
  expect(fc.features).toHaveLength(3 + 11);
  expect(fc.licence).toContain('EUPL-1.2');
  expect(fc.licence).toContain('ODbL');
  const [csv] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId('download-csv').click(),
  ]);
  const lines = readFileSync(await csv.path(), 'utf8')
    .trim()
    .split('\r\n');
  expect(lines[0]).toBe('route,km,nm,days,speed_kn,allowance_days,source');
  expect(lines).toHaveLength(4);
  expect(lines.slice(1).every((l) => l.includes(',16,'))).toBe(true);
});

test('the built page has a social card whose image is 1200 × 630', async ({ page }) => {
  const html = readFileSync(new URL('../dist/index.html', import.meta.url), 'utf8');
  for (const tag of ['og:title', 'og:description', 'og:image']) {
    expect(html).toContain(`property="${tag}"`);
  }
  expect(html).toContain('name="twitter:card" content="summary_large_image"');
  const image = /property="og:image" content="([^"]+)"/.exec(html)![1]!;
  expect(image).not.toMatch(/^\/|^https?:/);
  const response = await page.request.get(image);
  expect(response.ok()).toBe(true);
  expect(pngSize(await response.body())).toEqual({ width: 1200, height: 630 });
});
