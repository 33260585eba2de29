/**
 * The map's labels (issue #26): each keeps one side, so a link draws the same map however the
 * map got there; and a claim marker keeps off the label of a corridor port and of its own place.
 */
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { PLACES } from '../src/content/places';
import { LAYERS, OVERLAY_LAYERS } from '../src/lib/style/ids';
import { expect, followHash, mapIdle, openAtlas, test } from './driver';

/** The lead ports' positions, as the map draws them (geo/ports.geojson). */
const PORTS = Object.fromEntries(
  (
    JSON.parse(readFileSync('geo/ports.geojson', 'utf8')) as {
      features: { properties: { id: string }; geometry: { coordinates: [number, number] } }[];
    }
  ).features.map((f) => [f.properties.id, f.geometry.coordinates]),
) as Record<string, [number, number]>;

/** The map canvas as a PNG data URL, read right after a frame is drawn, and the camera. */
async function mapPicture(page: Page): Promise<{ png: string; camera: string }> {
  await mapIdle(page);
  return page.evaluate(
    () =>
      new Promise<{ png: string; camera: string }>((resolve) => {
        const map = window.corridorAtlas!.map;
        map.once('render', () => {
          const source = map.getCanvas();
          const copy = document.createElement('canvas');
          copy.width = source.width;
          copy.height = source.height;
          copy.getContext('2d')!.drawImage(source, 0, 0);
          const { lng, lat } = map.getCenter();
          const camera = [lng, lat, map.getZoom()].map((v) => v.toFixed(6)).join('/');
          resolve({ png: copy.toDataURL('image/png'), camera });
        });
        map.triggerRepaint();
      }),
  );
}

/** How many pixels of two PNGs of one size differ (decoded in the page). */
async function differingPixels(page: Page, a: string, b: string): Promise<number> {
  return page.evaluate(
    async ({ a, b }) => {
      const decode = async (src: string) => {
        const image = new Image();
        image.src = src;
        await image.decode();
        const canvas = document.createElement('canvas');
        canvas.width = image.width;
        canvas.height = image.height;
        const g = canvas.getContext('2d')!;
        g.drawImage(image, 0, 0);
        return g.getImageData(0, 0, image.width, image.height).data;
      };
      const [da, db] = [await decode(a), await decode(b)];
      let n = 0;
      for (let i = 0; i < da.length; i += 4) {
        if (da[i] !== db[i] || da[i + 1] !== db[i + 1] || da[i + 2] !== db[i + 2]) n++;
      }
      return n;
    },
    { a, b },
  );
}

test('bug: labels changed sides with the map’s history; a link draws the same map on every load and after other links', async ({
  page,
}) => {
  // Three loads of each of two views on a software GPU.
  test.setTimeout(120_000);
  // Each view, and a view whose labels, placed first, used to keep their sides when the reader
  // then followed the link (the Strait of Malacca and Dubai flipped; issue #26).
  const cases = [
    { link: '#view=corridor', before: '#view=malacca' },
    { link: '#view=overview', before: '#view=vladivostok' },
  ];
  for (const { link, before } of cases) {
    await openAtlas(page, link);
    const fresh = await mapPicture(page);
    await page.goto('about:blank');
    await openAtlas(page, link);
    const again = await mapPicture(page);
    await page.goto('about:blank');
    await openAtlas(page, before);
    await followHash(page, link);
    const followed = await mapPicture(page);
    await page.goto('about:blank');
    // The same camera each time, so any difference is in what the map drew.
    expect([again.camera, followed.camera], link).toEqual([fresh.camera, fresh.camera]);
    const reloaded =
      again.png === fresh.png ? 0 : await differingPixels(page, fresh.png, again.png);
    const navigated =
      followed.png === fresh.png ? 0 : await differingPixels(page, fresh.png, followed.png);
    expect({ reloaded, navigated }, `${link}: pixels that differ from its first load`).toEqual({
      reloaded: 0,
      navigated: 0,
    });
  }
});

interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** The boxes of the claim buttons shown now, px in the map's container. */
async function markerBoxes(page: Page): Promise<{ id: string; box: Box }[]> {
  await mapIdle(page);
  // The markers are laid out again a frame after the map settles (its labels measured then).
  await page.evaluate(
    () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))),
  );
  return page.evaluate(() => {
    const origin = window.corridorAtlas!.map.getContainer().getBoundingClientRect();
    return [...document.querySelectorAll<HTMLElement>('.claim-marker:not([hidden])')]
      .filter((m) => m.checkVisibility({ visibilityProperty: true }))
      .map((m) => {
        const button = m.querySelector<HTMLElement>('.claim-marker-button')!;
        const r = button.getBoundingClientRect();
        const box = {
          left: r.left - origin.left,
          top: r.top - origin.top,
          right: r.right - origin.left,
          bottom: r.bottom - origin.top,
        };
        return { id: button.dataset.testid!, box };
      });
  });
}

/**
 * Where the map draws one label, from its pixels: the label (text and halo) painted magenta for
 * one frame, a paint change that moves no label, and the box of the magenta pixels within 200 px
 * of its place. Its paint is put back after. Null when the map does not draw the label.
 */
async function labelPixels(
  page: Page,
  layer: string,
  name: string,
  place: readonly [number, number],
): Promise<Box | null> {
  await mapIdle(page);
  return page.evaluate(
    async ({ layer, name, place }) => {
      const map = window.corridorAtlas!.map;
      const paint = ['text-color', 'text-halo-color'] as const;
      // Both are set on every label layer (src/lib/style); none is a plain default.
      const before = paint.map((p) => map.getPaintProperty(layer, p) as string);
      paint.forEach((p, i) =>
        map.setPaintProperty(layer, p, [
          'case',
          ['==', ['get', 'name'], name],
          '#ff00ff',
          before[i]!,
        ]),
      );
      await new Promise((resolve) => map.once('idle', resolve));
      const pixels = await new Promise<Uint8ClampedArray>((resolve) => {
        map.once('render', () => {
          const source = map.getCanvas();
          const copy = document.createElement('canvas');
          copy.width = source.width;
          copy.height = source.height;
          const g = copy.getContext('2d')!;
          g.drawImage(source, 0, 0);
          resolve(g.getImageData(0, 0, copy.width, copy.height).data);
        });
        map.triggerRepaint();
      });
      paint.forEach((p, i) => map.setPaintProperty(layer, p, before[i]));
      const width = map.getCanvas().width;
      const ratio = width / map.getCanvas().clientWidth;
      const at = map.project(place);
      const box = { left: Infinity, top: Infinity, right: -Infinity, bottom: -Infinity };
      for (let i = 0; i < pixels.length; i += 4) {
        if (pixels[i]! < 200 || pixels[i + 1]! > 60 || pixels[i + 2]! < 200) continue;
        const x = ((i / 4) % width) / ratio;
        const y = Math.floor(i / 4 / width) / ratio;
        if (Math.abs(x - at.x) > 200 || Math.abs(y - at.y) > 200) continue;
        box.left = Math.min(box.left, x);
        box.top = Math.min(box.top, y);
        box.right = Math.max(box.right, x + 1 / ratio);
        box.bottom = Math.max(box.bottom, y + 1 / ratio);
      }
      return Number.isFinite(box.left) ? box : null;
    },
    { layer, name, place: [...place] as [number, number] },
  );
}

const overlaps = (a: Box, b: Box) =>
  Math.min(a.right, b.right) > Math.max(a.left, b.left) &&
  Math.min(a.bottom, b.bottom) > Math.max(a.top, b.top);

test('bug: claim markers hid the Chennai and New Delhi labels; no marker covers a corridor port’s name or its own place’s @phone', async ({
  page,
}) => {
  test.setTimeout(90_000);
  const views = [
    // The corridor's ends on the opening view (on a phone a marker sat on "Chennai").
    {
      link: '',
      labels: [
        { layer: OVERLAY_LAYERS.portLabels, name: 'Chennai', place: PORTS.chennai },
        { layer: OVERLAY_LAYERS.portLabels, name: 'Vladivostok', place: PORTS.vladivostok },
      ],
    },
    // Tour step 4: the RELOS claim's marker stood on New Delhi's name.
    {
      link: '#tour=4',
      labels: [
        { layer: LAYERS.cityLabels, name: 'New Delhi', place: PLACES['new-delhi'].coordinates },
      ],
    },
  ];
  for (const { link, labels } of views) {
    await openAtlas(page, link);
    const markers = await markerBoxes(page);
    expect(markers.length, `${link}: markers shown`).toBeGreaterThan(0);
    for (const { layer, name, place } of labels) {
      const label = await labelPixels(page, layer, name, place!);
      expect(label, `${link}: the map draws ${name}`).not.toBeNull();
      const covering = markers
        .filter((m) => overlaps(m.box, label!))
        .map((m) => `${m.id} ${JSON.stringify(m.box)}`);
      expect(covering, `${link}: markers over ${name} at ${JSON.stringify(label)}`).toEqual([]);
    }
  }
});
