import type { Page } from '@playwright/test';
import { PRESET_LIST } from '../src/content/presets';
import { expect, followHash, mapIdle, openAtlas, test } from './driver';

interface View {
  zoom: number;
  lng: number;
  lat: number;
  bearing: number;
  pitch: number;
  hash: string;
}

async function view(page: Page): Promise<View> {
  return page.evaluate(() => {
    const map = window.corridorAtlas!.map;
    const c = map.getCenter();
    return {
      zoom: map.getZoom(),
      lng: c.lng,
      lat: c.lat,
      bearing: map.getBearing(),
      pitch: map.getPitch(),
      hash: location.hash,
    };
  });
}

/** Whether bounds' corners (and centre) are on screen: the preset framed its region. */
async function frames(
  page: Page,
  bounds: readonly (readonly [number, number])[],
): Promise<boolean> {
  return page.evaluate((b) => {
    const map = window.corridorAtlas!.map;
    const { width, height } = map.getCanvas().getBoundingClientRect();
    const [sw, ne] = b as [[number, number], [number, number]];
    const centre: [number, number] = [(sw[0] + ne[0]) / 2, (sw[1] + ne[1]) / 2];
    const inside = (p: [number, number]) => {
      const { x, y } = map.project(p);
      return x >= -2 && x <= width + 2 && y >= -2 && y <= height + 2;
    };
    // Corners may sit under the panel but must be on the canvas; the centre must be too.
    return inside(centre) && inside(sw) && inside(ne);
  }, bounds);
}

async function waitForHash(page: Page, pattern: RegExp): Promise<void> {
  await expect.poll(() => page.evaluate(() => location.hash)).toMatch(pattern);
}

// The first view opens a fresh page (a shared link's first parse); the others follow as the
// links a reader clicks next, on the same page (hash navigation).
test('each preset view opens by its link, framing its region, with its panel', async ({ page }) => {
  for (const [i, preset] of PRESET_LIST.entries()) {
    const hash = `#view=${preset.id}`;
    if (i === 0) await openAtlas(page, hash);
    else {
      await followHash(page, hash);
      await mapIdle(page);
    }
    expect(await frames(page, preset.camera.bounds), `${preset.id} framed`).toBe(true);
    if (preset.panel) {
      await expect(page.getByTestId(`tab-${preset.panel}`)).toHaveAttribute(
        'aria-selected',
        'true',
      );
    }
    await page.getByTestId('preset-menu-button').click();
    await expect(page.getByTestId(`preset-${preset.id}`)).toHaveAttribute('aria-current', 'true');
    await page.keyboard.press('Escape');
  }
});

// The suite runs under reduced motion (playwright.config.ts): a chosen view is jumped to.
test('choosing presets jumps there in one move and pushes history: Back returns, Forward redoes', async ({
  page,
}) => {
  await openAtlas(page);
  const start = await view(page);
  expect(await cameraCalls(page, choosePreset(page, 'malacca'))).toEqual(['fitBounds 0']);
  await waitForHash(page, /view=malacca/);
  await mapIdle(page);
  const malacca = await view(page);
  expect(malacca.zoom).toBeGreaterThan(start.zoom + 1);

  expect(await nextMoveEvents(page, choosePreset(page, 'vladivostok'))).toBe(1);
  await waitForHash(page, /view=vladivostok/);

  await page.goBack();
  await waitForHash(page, /view=malacca/);
  await mapIdle(page);
  expect(Math.abs((await view(page)).zoom - malacca.zoom)).toBeLessThan(0.05);

  await page.goBack();
  await expect.poll(() => page.evaluate(() => location.hash)).toBe('');
  await page.goForward();
  await waitForHash(page, /view=malacca/);
});

test('a copied link reopens the same view in a new tab', async ({ page, context, baseURL }) => {
  await openAtlas(page, '#view=comparison&speed=18.5&layers=corridor,comparison,regions');
  // A user gesture: drag the map, so the camera becomes explicit (map=).
  const box = (await page.getByTestId('map').boundingBox())!;
  await page.mouse.move(box.x + box.width * 0.7, box.y + box.height * 0.5);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width * 0.6, box.y + box.height * 0.4, { steps: 8 });
  await page.mouse.up();
  await mapIdle(page);
  await waitForHash(page, /map=/);

  await page.evaluate(() => {
    // Force the fallback path: the test reads the link from the field, as a user would copy it.
    Object.defineProperty(navigator, 'clipboard', { value: undefined, configurable: true });
  });
  await page.getByTestId('share-menu-button').click();
  await page.getByTestId('copy-link').click();
  const field = page.getByTestId('copy-fallback');
  await expect(field).toBeVisible();
  const link = await field.inputValue();
  expect(link.startsWith(new URL(baseURL!).origin)).toBe(true);
  const before = await view(page);

  const other = await context.newPage();
  await openAtlas(other, new URL(link).hash);
  const after = await view(other);
  expect(Math.abs(after.zoom - before.zoom)).toBeLessThanOrEqual(0.01);
  expect(Math.abs(after.bearing - before.bearing)).toBeLessThan(0.1);
  expect(Math.abs(after.pitch - before.pitch)).toBeLessThan(0.1);
  // The old centre lands within a pixel of the new map's centre.
  const offset = await other.evaluate(
    ([lng, lat]) => {
      const map = window.corridorAtlas!.map;
      const p = map.project([lng!, lat!]);
      const c = map.project(map.getCenter());
      return Math.hypot(p.x - c.x, p.y - c.y);
    },
    [before.lng, before.lat],
  );
  expect(offset).toBeLessThanOrEqual(1);
  expect(after.hash).toBe(before.hash);
  const state = await other.evaluate(() => window.corridorAtlas!.store.state.url);
  expect(state.view).toBe('comparison');
  expect(state.speed).toBe(18.5);
  expect(state.layers).toEqual(['corridor', 'comparison', 'regions']);
  await other.close();
});

const HOSTILE = [
  '#',
  '##',
  '#map=4/wrongly/formed/hash',
  '#map=3/100/400',
  '#map=NaN/NaN/NaN',
  '#speed=-5',
  '#view=atlantis&claim=nope',
  '#claim=<script>alert(1)</script>',
  '#view=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E',
  '#from=%E0%A4%A&to=p:999,999',
  `#view=${'x'.repeat(100_000)}`,
  '#layers=corridor,corridor,bogus&avoid=suez,suez&open=suez',
  '#map=2/10/10&map=5/40/40&view=malacca&view=corridor',
  '#tour=0&proj=garbage&embed=garbage&vessel=titanic&fuel=coal&price=-1',
  '#tour=999&pins=chennai_atlantis;a_b_c_d_e',
  '#tour=abc&price=99999',
];

// One test per link, each a single fresh load (a hash-only navigation would not reload the page,
// and the first parse is what a shared link meets). The codec's own table of broken inputs is in
// tests/url/codec.test.ts.
for (const hash of HOSTILE) {
  const name = hash.length > 60 ? `${hash.slice(0, 40)}… (${hash.length} characters)` : hash;
  test(`hostile link ${JSON.stringify(name)} gives a working page, never an error or dialog`, async ({
    page,
  }) => {
    await page.goto(`./${hash}`);
    await page.waitForFunction(() => window.corridorAtlas !== undefined);
    await expect(page.getByTestId('tab-routes')).toBeVisible();
    // No markup from the URL reached the page.
    expect(await page.locator('script:not([type="module"]), img[src="x"]').count()).toBe(0);
  });
}

test('an ignored part of a link gives a plain notice that can be dismissed', async ({ page }) => {
  await page.goto('./#view=atlantis');
  const notice = page.getByTestId('notice');
  await expect(notice).toContainText('ignored');
  await expect(notice).toContainText('unknown view ("atlantis")');
  await notice.getByRole('button', { name: /dismiss/i }).click();
  await expect(notice).toHaveCount(0);
});

/**
 * The camera moves the map is asked for while `act` runs: each MapLibre call's name and duration
 * (jumpTo has none). What was asked, not how many frames it drew, which depends on the machine.
 */
async function cameraCalls(page: Page, act: () => Promise<void>): Promise<string[]> {
  await page.evaluate(() => {
    const map = window.corridorAtlas!.map as unknown as Record<
      string,
      (...args: unknown[]) => unknown
    >;
    const calls: string[] = [];
    Object.defineProperty(window, '__cameraCalls', { value: calls, configurable: true });
    for (const name of ['jumpTo', 'easeTo', 'flyTo', 'fitBounds']) {
      const original = map[name]!.bind(map);
      map[name] = (...args: unknown[]) => {
        const options = (name === 'fitBounds' ? args[1] : args[0]) as { duration?: number };
        calls.push(name === 'jumpTo' ? name : `${name} ${options?.duration ?? 'default'}`);
        return original(...args);
      };
    }
  });
  await act();
  await mapIdle(page);
  return page.evaluate(() => (window as unknown as { __cameraCalls: string[] }).__cameraCalls);
}

/** How many `move` events the next camera move fires: one for a jump, whatever the machine. */
async function nextMoveEvents(page: Page, act: () => Promise<void>): Promise<number> {
  const counted = page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        const map = window.corridorAtlas!.map;
        let moves = 0;
        const count = () => moves++;
        map.on('move', count);
        map.once('moveend', () => {
          map.off('move', count);
          resolve(moves);
        });
      }),
  );
  await act();
  return counted;
}

const choosePreset = (page: Page, id: string) => async () => {
  await page.getByTestId('preset-menu-button').click();
  await page.getByTestId(`preset-${id}`).click();
};

test.describe('with motion allowed', () => {
  test.use({ reducedMotion: 'no-preference' });

  test('choosing a view asks the map for a 1.2 s flight', async ({ page }) => {
    await openAtlas(page);
    expect(await cameraCalls(page, choosePreset(page, 'malacca'))).toEqual(['fitBounds 1200']);
  });
});
