/**
 * The atlas in Hindi and Russian (issue #31). One page per language, switched by the link: the
 * walk goes through every panel, a claim, the planner with a route, the tour and the Share
 * dialogs, and finds no interface word left in English (visible text and accessible names;
 * quotations and titles as published are marked `lang="en"`, and the few names that stay are
 * listed in src/content/i18n/untranslated.ts), and no serious axe violation. The language menu
 * switches the page in place, in the link and in the history; the map draws Devanagari labels
 * as the page writes the same name.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { PROPER_NAMES } from '../src/content/i18n/untranslated';
import { type Atlas, expect, test } from './driver';

/** What a reader of the page meets: visible text and the names controls announce. */
async function pageWords(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    const shown = (el: Element) =>
      !el.closest('[lang="en"], [hidden], script, style, noscript') &&
      (el as HTMLElement).getClientRects().length > 0;
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      const text = node.textContent?.trim();
      if (text && parent && shown(parent) && !parent.closest('.visually-hidden')) out.push(text);
    }
    // Screen-reader-only text and accessible names count too.
    for (const el of document.querySelectorAll('.visually-hidden')) {
      if (!el.closest('[lang="en"]')) out.push(el.textContent ?? '');
    }
    for (const el of document.querySelectorAll('[aria-label], [title], [placeholder]')) {
      if (!shown(el)) continue;
      for (const attr of ['aria-label', 'title', 'placeholder']) {
        const value = el.getAttribute(attr);
        if (value) out.push(value);
      }
    }
    return out;
  });
}

/** Names that stay as they are, longest first, so a name inside another is taken with it. */
const ALLOWED = [...PROPER_NAMES].sort((a, b) => b.length - a.length);

/** The English words left in a text once names, codes, numbers and paths are taken out. */
function englishLeft(text: string): string[] {
  let rest = text;
  for (const name of ALLOWED) rest = rest.split(name).join(' ');
  return (
    rest
      // Paths, file names and addresses (geo/README.md, @fontsource/noto-sans, a link).
      .replace(/\S*[/@]\S*/g, ' ')
      // Codes and ids: ISO 3166 (RU-PRI, IN), units' symbols, grades (RME to RMK).
      .replace(/\b[A-Z][A-Z0-9]*(?:[-:][A-Z0-9]+)*\b/g, ' ')
      .match(/[A-Za-z]{2,}/g) ?? []
  );
}

async function noEnglish(page: Page, where: string): Promise<void> {
  const found = (await pageWords(page)).flatMap((text) =>
    englishLeft(text).length > 0 ? [`${text.slice(0, 80)} [${englishLeft(text).join(' ')}]`] : [],
  );
  expect.soft([...new Set(found)], `English left: ${where}`).toEqual([]);
}

async function seriousAxe(page: Page, where: string): Promise<void> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .setLegacyMode()
    .analyze();
  const serious = results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')}`));
  expect.soft(serious, `axe: ${where}`).toEqual([]);
}

/** Each stop of the walk: the link, what shows it is there, and what to open then. */
const STOPS: { name: string; hash: string; shows: string; then?: (page: Page) => Promise<void> }[] =
  [
    {
      name: 'the Routes panel',
      hash: '',
      shows: 'tabpanel-routes',
      then: async (page) => {
        for (const details of await page.locator('#tabpanel-routes details').all()) {
          await details.evaluate((el) => el.setAttribute('open', ''));
        }
      },
    },
    {
      name: 'a claim',
      hash: 'claim=chennai-vladivostok',
      shows: 'claim-card-chennai-vladivostok',
      then: async (page) => {
        // The article's words stay as published, marked English, with a note in the language.
        const quote = page.getByTestId('claim-quote-chennai-vladivostok');
        await expect(quote).toHaveAttribute('lang', 'en');
        await expect(quote).toContainText('Memorandum of Intent');
        await expect(page.locator('#claim-chennai-vladivostok .quote-note')).toBeVisible();
      },
    },
    {
      name: 'the planner with a route and a pin',
      hash: 'panel=planner&from=chennai&to=vladivostok&pins=chennai_vladivostok_malacca',
      shows: 'planner-result',
      then: async (page) => {
        await expect(page.getByTestId('planner-title')).toBeVisible();
        await expect(page.getByTestId('pin-1-km')).not.toHaveText('–');
        // The end's buttons wrap under the port field rather than squeeze it (longer words).
        await expect(page.getByTestId('planner-details-from')).toBeVisible();
        const field = (await page.getByTestId('planner-from').boundingBox())!;
        expect(field.width, 'the port field').toBeGreaterThanOrEqual(120);
      },
    },
    { name: 'the About panel', hash: 'panel=about', shows: 'tabpanel-about' },
    { name: 'the tour’s comparison step', hash: 'tour=8', shows: 'tour-figures' },
    { name: 'the tour’s last step', hash: 'tour=11', shows: 'tour-card' },
    {
      name: 'the Share menu and the embed dialog',
      hash: 'view=corridor',
      shows: 'toolbar',
      then: async (page) => {
        await page.getByTestId('share-menu-button').click();
        await expect(page.getByTestId('copy-link')).toBeVisible();
        await noEnglish(page, 'the Share menu');
        await page.getByTestId('share-embed').click();
        await expect(page.getByTestId('embed-dialog')).toBeVisible();
      },
    },
  ];

/** The font files the page has fetched (their names name the script: latin, cyrillic, …). */
async function fontFiles(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    performance
      .getEntriesByType('resource')
      .map((entry) => entry.name)
      .filter((name) => name.endsWith('.woff2'))
      .map((name) => name.slice(name.lastIndexOf('/') + 1)),
  );
}

/** Walks the stops in one page, each opened by a link in `lang`. */
async function walk(atlas: Atlas, lang: 'hi' | 'ru'): Promise<void> {
  const page = atlas.page;
  for (const stop of STOPS) {
    const hash = `#${[stop.hash, `lang=${lang}`].filter(Boolean).join('&')}`;
    // A link to where the page is already changes nothing (and fires no hashchange).
    await atlas.follow(hash);
    await expect(page.locator('html')).toHaveAttribute('lang', lang);
    await expect(page.getByTestId(stop.shows), stop.name).toBeVisible();
    await stop.then?.(page);
    await noEnglish(page, stop.name);
    await seriousAxe(page, stop.name);
    await page.keyboard.press('Escape');
  }
}

test('Russian: the menu switches the page in place, into the link and back; every panel speaks it', async ({
  page,
  atlas,
}) => {
  test.setTimeout(150_000);
  await atlas.open();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  // An English reader's first view fetches the Latin faces only (the opening bytes' budget).
  const english = await fontFiles(page);
  expect(english.filter((name) => /latin/.test(name)).length, english.join()).toBeGreaterThan(0);
  expect(
    english.filter((name) => /cyrillic|devanagari/.test(name)),
    english.join(),
  ).toEqual([]);
  await page.getByTestId('language-menu-button').focus();
  await page.keyboard.press('Enter');
  // The menu opens on its first language; Tab moves on, as through any list of buttons.
  await expect(page.getByTestId('language-en')).toBeFocused();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await expect(page.getByTestId('language-ru')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
  await expect(page).toHaveURL(/#lang=ru$/);
  await expect(page.getByTestId('tab-routes')).toHaveText('Маршруты');
  await expect.poll(async () => (await fontFiles(page)).join()).toMatch(/cyrillic-400/);
  // The focus stays on the menu's button, now in the new page.
  await expect(page.getByTestId('language-menu-button')).toBeFocused();
  await expect(page.getByTestId('language-menu-button')).toContainText('Русский');
  await page.goBack();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByTestId('tab-routes')).toHaveText('Routes');
  await page.goForward();
  await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
  await walk(atlas, 'ru');
  // An open dialog follows a change of language (through a link: the dialog is modal).
  await page.getByTestId('share-menu-button').click();
  await page.getByTestId('share-embed').click();
  await expect(page.locator('#embed-dialog-title')).toHaveText('Встроить эту карту');
  await atlas.follow('#view=corridor&lang=en');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.locator('#embed-dialog-title')).toHaveText('Embed this map');
});

test('Hindi: every panel speaks it; चेन्नई drawn on the map in Devanagari, as a screenshot keeps it', async ({
  page,
  atlas,
}) => {
  test.setTimeout(150_000);
  await atlas.open('#lang=hi');
  // Hindi's first view fetches the Devanagari face, and not the Cyrillic ones.
  const fonts = await fontFiles(page);
  expect(fonts.filter((name) => /devanagari/.test(name)).length, fonts.join()).toBe(1);
  expect(
    fonts.filter((name) => /cyrillic/.test(name)),
    fonts.join(),
  ).toEqual([]);
  await walk(atlas, 'hi');
  // A fixed camera with only the corridor and the ports: the label sits alone.
  await atlas.follow('#map=6/13.3/78&layers=corridor,ports&lang=hi');
  expect((await atlas.map.rendered('port-labels')).map((f) => f.properties.id)).toContain(
    'chennai',
  );
  // The style names Chennai in Hindi (geo/labels/hi.json), the panel too.
  const field = await atlas.map.layoutProperty('port-labels', 'text-field');
  expect(field).toContain('चेन्नई');
  await expect(page.getByTestId('tabpanel-routes')).toContainText('चेन्नई');
  const at = await atlas.map.pagePoint([80.29, 13.1]);
  await expect(page).toHaveScreenshot('hindi-label-chennai.png', {
    clip: { x: Math.round(at.x) - 140, y: Math.round(at.y) - 40, width: 280, height: 80 },
    maxDiffPixelRatio: 0.01,
  });
});

test.describe('at phone size', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true });

  test('bug: in Russian the header toolbar wrapped onto two rows on a 390 px phone', async ({
    page,
    atlas,
  }) => {
    await atlas.open('#lang=ru');
    for (const lang of ['ru', 'hi', 'en']) {
      await atlas.follow(`#lang=${lang}`);
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
      const tops = await page
        .getByTestId('toolbar')
        .evaluate((bar) =>
          [...bar.children]
            .filter((el) => (el as HTMLElement).offsetParent !== null)
            .map((el) => Math.round(el.getBoundingClientRect().top)),
        );
      expect(tops.length, lang).toBe(5);
      expect(new Set(tops).size, `${lang}: the toolbar's rows`).toBe(1);
      // One row of buttons, the title in at most two lines: the bar keeps its 48 px.
      expect((await page.locator('header.topbar').boundingBox())!.height, lang).toBeLessThanOrEqual(
        48,
      );
    }
  });
});
