/**
 * The map's labels (issue #26): each keeps one side, so a link draws the same map however the
 * map got there; and a claim marker keeps off the label of a corridor port and of its own place.
 */
import type { Page } from '@playwright/test';
import { expect, followHash, mapIdle, openAtlas, test } from './driver';

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
