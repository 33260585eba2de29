/**
 * Print (issue #33): every state of the atlas prints on one landscape page of A4 and of Letter,
 * by the Print button and by the browser's own print (Ctrl+P, the `beforeprint` path), with the
 * whole map, the title, the quotation whole, every source and the link. One page walks every
 * state by following links (hash changes); each PDF is read back with pdfjs.
 */
import type { Page } from '@playwright/test';
import { CLAIMS } from '../src/content/claims';
import { CLAIM_IDS, PRESET_IDS } from '../src/content/ids';
import { PRESETS } from '../src/content/presets';
import { DATA_SOURCES } from '../src/content/sources';
import { TOUR_STEPS } from '../src/content/tour';
import { licenceText } from '../src/lib/export/data-package';
import { plannerRequest, requestKey } from '../src/lib/planner/plan';
import { SCENARIOS } from '../src/lib/planner/scenarios';
import { serializeHash } from '../src/lib/url/codec';
import { DEFAULT_STATE } from '../src/lib/url/state';
import { type Atlas, expect, sharedPageTests, test } from './driver';

/** A state the reader can print, and what its sheet must say. */
interface Printed {
  readonly hash: string;
  /** The sheet's title, after "Corridor Atlas — ". */
  readonly title: string;
  /** The quotation, printed whole (claims and tour steps have one). */
  readonly quote?: string;
  /** Resolves when the state is shown in full (a planned route is computed and drawn). */
  readonly ready?: (atlas: Atlas) => Promise<void>;
}

/** Waits until the planner shows the route the page's state asks for, computed and drawn. */
async function plannerReady(atlas: Atlas): Promise<void> {
  const key = requestKey(plannerRequest(await atlas.linkState())!);
  await atlas.routeDrawn({ key });
}

const corridorScenario = SCENARIOS['malacca-sunda-lombok'];

/** Every kind of state (issue #33): the opening view, each preset, claim and tour step, the planner. */
const PRINTED: readonly Printed[] = [
  { hash: '', title: PRESETS[DEFAULT_STATE.view].title },
  ...PRESET_IDS.map((id) => ({ hash: `#view=${id}`, title: PRESETS[id].title })),
  ...CLAIM_IDS.map((id) => ({
    hash: `#claim=${id}`,
    title: `Claim: ${CLAIMS[id].title}`,
    quote: CLAIMS[id].quote,
  })),
  ...TOUR_STEPS.map((step, i) => ({
    hash: `#tour=${i + 1}`,
    title: `Tour, step ${i + 1}: ${step.title}`,
    quote: step.quote.text,
  })),
  {
    hash: '#panel=planner&from=chennai&to=vladivostok',
    title: 'Planned route: Chennai → Vladivostok',
    ready: plannerReady,
  },
  {
    // The scenario's link, as its button writes it: three pins, the last one shown.
    hash: serializeHash({
      ...DEFAULT_STATE,
      panel: 'planner',
      ...corridorScenario.routes.at(-1)!,
      pins: corridorScenario.routes,
    }),
    title: 'Planned route: Chennai → Vladivostok',
    ready: async (atlas) => {
      await expect(
        atlas.page.getByTestId(`pin-${corridorScenario.routes.length}-title`),
      ).toBeVisible();
      await atlas.pinsReady();
      await plannerReady(atlas);
    },
  },
];

/** The PDF the browser prints now, as pages and text (whitespace removed: lines break anywhere). */
async function printedPdf(page: Page, format: 'A4' | 'Letter') {
  const pdf = await page.pdf({ format, landscape: true, printBackground: true });
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const doc = await getDocument({ data: new Uint8Array(pdf), useSystemFonts: false }).promise;
  const text = (await (await doc.getPage(1)).getTextContent()).items
    .map((item) => ('str' in item ? item.str : ''))
    .join('');
  return { pages: doc.numPages, text: squeeze(text) };
}

const squeeze = (text: string) => text.replace(/\s+/g, '');

/** The size of the sheet's copy of the map, in device pixels. */
async function sheetMapSize(page: Page): Promise<number[]> {
  return page.evaluate(async () => {
    const img = document.querySelector<HTMLImageElement>('img.print-map')!;
    await img.decode();
    return [img.naturalWidth, img.naturalHeight];
  });
}

/** The map's size on screen, in CSS pixels. */
async function mapSize(atlas: Atlas): Promise<number[]> {
  const { width, height } = await atlas.map.size();
  return [width, height];
}

/** The link that reopens the page's state (as Share › Copy link gives it). */
async function stateLink(atlas: Atlas): Promise<string> {
  const address = new URL(atlas.page.url());
  const url = await atlas.linkState();
  return `${address.origin}${address.pathname}${serializeHash({ ...url, embed: false })}`;
}

// Each state is a link followed on one shared page; print media is set for the prints and unset
// again, so the next state starts from the screen.
sharedPageTests('', (onePage) => {
  const sources = squeeze(licenceText(DATA_SOURCES));
  for (const state of PRINTED) {
    onePage(
      `${state.hash || 'the opening view'} prints on one landscape page, A4 and Letter, with its title, quotation, sources and link`,
      async ({ page, atlas }) => {
        if (state.hash) await atlas.follow(state.hash);
        await state.ready?.(atlas);
        await atlas.map.idle();
        const link = await stateLink(atlas);
        const [width, height] = await mapSize(atlas);
        // The browser's own print (Ctrl+P): print media first, then the page prints; the sheet
        // is filled in `beforeprint`, with the whole map as the Print button gives it.
        await page.emulateMedia({ media: 'print' });
        try {
          for (const format of ['A4', 'Letter'] as const) {
            const { pages, text } = await printedPdf(page, format);
            expect(pages, `${format}: pages`).toBe(1);
            expect(text, `${format}: title`).toContain(squeeze(`Corridor Atlas — ${state.title}`));
            if (state.quote) expect(text, `${format}: quotation`).toContain(squeeze(state.quote));
            expect(text, `${format}: sources`).toContain(sources);
            expect(text, `${format}: link`).toContain(squeeze(link));
          }
          expect(
            await sheetMapSize(page),
            'the sheet’s map: the whole map, at twice its size',
          ).toEqual([2 * width!, 2 * height!]);
        } finally {
          await page.emulateMedia({ media: null });
        }
        if (state.hash.startsWith('#claim=')) {
          // A claim of New Delhi's opened its fan, which stays open once the claim closes and
          // which no link folds.
          await page.getByTestId(`close-claim-${state.hash.slice('#claim='.length)}`).click();
          await atlas.expectHash().not.toContain('claim=');
          await atlas.foldClusters();
        }
      },
    );
  }
});

/** The map image the print sheet holds now (a data URL). */
const sheetImage = (page: Page) => page.locator('img.print-map').getAttribute('src');

/** The mean difference (0–255) between two images of one size, over all channels. */
async function meanDifference(page: Page, a: string, b: string): Promise<number> {
  return page.evaluate(
    async ({ a, b }) => {
      const pixels = async (src: string) => {
        const g = await window.__pixels.image(src);
        return g.getImageData(0, 0, g.canvas.width, g.canvas.height).data;
      };
      const [p, q] = [await pixels(a), await pixels(b)];
      let sum = 0;
      for (let i = 0; i < p.length; i++) sum += Math.abs(p[i]! - q[i]!);
      return sum / p.length;
    },
    { a, b },
  );
}

test('bug: the browser’s own print (Ctrl+P) printed a crop of the map, not the Print button’s sheet', async ({
  page,
  atlas,
}) => {
  await atlas.open('#claim=relos');
  await page.evaluate(() => (window.print = () => undefined));
  await page.getByTestId('share-menu-button').click();
  await page.getByTestId('share-print').click();
  await expect(page.getByTestId('print-sheet')).toHaveAttribute('data-ready', 'true');
  // The legend of what the map shows, claim categories by their badges.
  const legend = page.getByTestId('print-legend');
  await expect(
    legend.locator('li', { hasText: 'Defence' }).locator('.claim-badge svg'),
  ).toHaveCount(1);
  const byButton = {
    text: await page.getByTestId('print-sheet').textContent(),
    image: await sheetImage(page),
  };
  const [width, height] = await mapSize(atlas);
  expect(await sheetMapSize(page)).toEqual([2 * width!, 2 * height!]);

  // Print media hides the page, the map's container with it: the map keeps its size (MapLibre
  // would shrink it to 400 × 300), once the container's resize has been reported.
  const before = await atlas.map.canvasSize();
  const hidden = await atlas.map.watchContainerHidden();
  await page.emulateMedia({ media: 'print' });
  await hidden();
  expect(await atlas.map.canvasSize()).toEqual(before);

  // The Print button's sheet is what prints: `beforeprint` keeps it, as nothing has changed.
  const buttonCopy = await page.locator('img.print-map').elementHandle();
  const kept = await printedPdf(page, 'A4');
  expect(kept.pages).toBe(1);
  expect(kept.text).toContain(squeeze('Claim: RELOS logistics agreement'));
  expect(kept.text, 'the legend').toContain(squeeze('Energy & investment'));
  expect(await buttonCopy!.evaluate((img) => img.isConnected), 'the button’s copy').toBe(true);

  // The map draws a frame (as on any change), so Ctrl+P copies it again, under print media.
  await atlas.map.redraw();
  const { pages } = await printedPdf(page, 'A4');
  expect(pages).toBe(1);
  expect(await buttonCopy!.evaluate((img) => img.isConnected), 'a new copy of the map').toBe(false);
  const byCtrlP = {
    text: await page.getByTestId('print-sheet').textContent(),
    image: await sheetImage(page),
  };
  expect(byCtrlP.text).toBe(byButton.text);
  expect(await sheetMapSize(page)).toEqual([2 * width!, 2 * height!]);
  expect(await meanDifference(page, byButton.image!, byCtrlP.image!)).toBeLessThan(2);
});
