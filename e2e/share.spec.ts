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
  MapDriver,
  PngImage,
  pngSize,
  test,
} from './driver';

// Each test has its own page: embed mode is set when a page loads, and the others download,
// print, patch the page or serve a page of another origin.

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
    const origin = document.querySelector('[data-testid="map"]')!.getBoundingClientRect();
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
  atlas,
}) => {
  await atlas.open('#view=comparison&speed=18&embed=1');
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

/** The sources the map and an embed name (the font is credited in About). */
const ON_MAP = DATA_SOURCES.filter((s) => s.onMap);

test('bug: an 800 × 450 embed spent two lines of its map on the sources; they take one line under it, in the reader’s language', async ({
  page,
  atlas,
}) => {
  await page.setViewportSize({ width: 800, height: 450 });
  // Each language (Russian's line is the longest).
  const languages = [
    { link: '#embed=1', names: ON_MAP.map((s) => s.attribution) },
    { link: '#embed=1&lang=ru', names: ['общественное достояние', '© участники OpenStreetMap'] },
    { link: '#embed=1&lang=hi', names: ['सार्वजनिक डोमेन', 'बंदरगाह: searoute-py'] },
  ];
  for (const { link, names } of languages) {
    await atlas.open(link);
    // No attribution box over the map: the sources are under it.
    await expect(page.locator('.maplibregl-ctrl-attrib')).toHaveCount(0);
    const sources = page.getByTestId('embed-sources');
    for (const name of names) await expect(sources).toContainText(name);
    await expect(sources.locator('a[target="_blank"]')).toHaveCount(ON_MAP.length);
    const box = (await sources.boundingBox())!;
    const style = await sources.evaluate((line) => {
      const style = getComputedStyle(line);
      return { lineHeight: parseFloat(style.lineHeight), fontPx: parseFloat(style.fontSize) };
    });
    const map = (await page.getByTestId('map').boundingBox())!;
    const { width } = await atlas.map.size();
    const canvas = await atlas.map.canvasSize();
    // One line, across the foot of the frame, and the map ends where it starts.
    expect({ left: box.x, right: box.x + box.width, bottom: box.y + box.height }, link).toEqual({
      left: 0,
      right: 800,
      bottom: 450,
    });
    expect(box.height, `${link}: one line and its padding`).toBeLessThan(2 * style.lineHeight);
    expect(map.y + map.height).toBeCloseTo(box.y, 0);
    expect((canvas.height * width) / canvas.width).toBeCloseTo(box.y, 0);
    expect(style.fontPx, 'readable text').toBeGreaterThanOrEqual(10);
  }
});

test('the embed dialog writes an iframe for the current view, in three sizes', async ({
  page,
  atlas,
}) => {
  await atlas.open('#view=malacca');
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
  // Bug: its button took its look from the planner's stylesheet, a browser default until the
  // planner had loaded. It looks like the atlas's other buttons on a page that never opened it.
  const look = (testid: string) =>
    page
      .getByTestId(testid)
      .evaluate((b) => [getComputedStyle(b).borderRadius, getComputedStyle(b).fontFamily]);
  expect(await look('embed-copy')).toEqual(await look('share-menu-button'));
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
  const embedded = new MapDriver(inner);
  await embedded.ready();
  expect(new URL(inner.url()).origin).not.toBe(new URL(page.url()).origin);
  // The frame's map is drawn: a good share of its pixels are the sea's and the land's colours.
  const [ocean, land] = await colourShares(inner, [hex(THEME.ocean), hex(THEME.land)], 8);
  expect(ocean, 'share of sea pixels').toBeGreaterThan(0.2);
  expect(land, 'share of land pixels').toBeGreaterThan(0.1);
  expect(guard.consoleErrors).toEqual([]);
  server.close();
});

test('Download image gives a PNG at twice the map’s size, showing what the map shows', async ({
  page,
  atlas,
}) => {
  // The corridor's view with the claim markers on (its preset hides them).
  await atlas.open('#view=corridor&layers=corridor,claims');
  const sea: [number, number] = [89, 18];
  const land: [number, number] = [78, 22];
  const live = { sea: await atlas.pixelAt(sea), land: await atlas.pixelAt(land) };
  const size = await atlas.map.size();
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
  // Read the image back: the map area has the live map's sea and land; the footer strip below
  // it is not blank.
  const image = await PngImage.decode(page, png);
  const at = async (lngLat: [number, number]) => {
    const p = await atlas.map.pointOf(lngLat);
    const [rgb] = await image.pixels([[Math.round(p.x * 2), Math.round(p.y * 2)]]);
    return rgb!;
  };
  expect(colourDistance(await at(sea), live.sea)).toBeLessThanOrEqual(10);
  expect(colourDistance(await at(land), live.land)).toBeLessThanOrEqual(10);
  const inked = await image.darkPixelsFrom(size.height * 2, 120);
  expect(inked, 'dark (text) pixels in the footer').toBeGreaterThan(2000);
  // A claim marker: its disc in its category's colour, and its white symbol inside the white
  // ring (the symbol's pixels, within 60% of the radius; the radius at twice the size is the
  // button's width).
  const box = button!;
  const disc = await image.disc(
    Math.round((box.left + box.width / 2) * 2),
    Math.round((box.top + box.height / 2) * 2),
    Math.round(box.width),
  );
  // The symbol covers a real share of the disc, not a stray pixel, and the rest is the colour.
  expect(disc.white, `${box.testId}: symbol pixels`).toBeGreaterThan(
    0.08 * (disc.white + disc.other),
  );
  expect(disc.other, `${box.testId}: coloured pixels`).toBeGreaterThan(disc.white);
});

test('bug: the exported image drew the claim markers an open claim mutes at full strength', async ({
  page,
  atlas,
}) => {
  await atlas.open('#claim=relos');
  await atlas.transitionsDone();
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
  const [live] = await (await PngImage.decode(page, screen)).pixels([[0, 0]]);
  const exportedPng = (await downloadImage(page)).png;
  const [exported] = await (await PngImage.decode(page, exportedPng)).pixels([[mx * 2, my * 2]]);
  expect(colourDistance(exported!, live!), `image ${exported} against page ${live}`).toBeLessThan(
    20,
  );
});

test('bug: the exported image lacked the fan’s leader lines and the open claim’s dark ring', async ({
  page,
  atlas,
}) => {
  await atlas.open('#claim=relos');
  await atlas.transitionsDone();
  // From the page, px from the map's top left: the middle of a leader's visible part (between the
  // place's dot and the button's edge), and a point on the open button's ring, up and left of it,
  // clear of its fan neighbours.
  const spots = await page.evaluate(() => {
    const origin = document.querySelector('[data-testid="map"]')!.getBoundingClientRect();
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
  const onMap = async (points: [number, number][]) =>
    atlas.pixelsAt(points.map(([x, y]) => ({ x, y })));
  const map = [await onMap(around(spots.leader!, 1, 1)), await onMap(around(spots.ring, 1, 1))];
  const { png } = await downloadImage(page);
  const image = await PngImage.decode(page, png);
  const leader = await image.pixels(around(spots.leader!, 2, 2));
  const ring = await image.pixels(around(spots.ring, 2, 0));
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
  atlas,
}) => {
  await atlas.open('#speed=16');
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
