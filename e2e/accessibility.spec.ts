/**
 * Automated accessibility checks (axe-core, WCAG 2.0–2.2 levels A and AA) of every panel and of
 * the open claim and region cards, at desktop and phone sizes. They catch what people meet
 * first: contrast, names of controls, target sizes, landmark and ARIA misuse. They do not
 * replace the keyboard and focus tests in the other specs.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './driver';

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * One line per violation and element, so a failure says what to fix and where. Legacy mode runs
 * axe in the page itself: the default mode opens a blank page and injects axe there too, for
 * every check, only to merge results from cross-origin frames, and the atlas has none (the embed
 * dialog shows iframe code as text).
 */
async function violations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).setLegacyMode().analyze();
  return results.violations.flatMap((v) =>
    v.nodes.map(
      (n) => `${v.id} (${v.impact}): ${n.target.join(' ')}: ${n.failureSummary ?? v.help}`,
    ),
  );
}

/** Each state: the link that opens it, what shows that it is open, and any steps after. */
const STATES: {
  name: string;
  hash: string;
  shows: string;
  then?: (page: Page) => Promise<void>;
}[] = [
  { name: 'the Routes panel', hash: '', shows: 'tabpanel-routes' },
  {
    name: 'the Claims panel with a claim open',
    hash: '#claim=chennai-vladivostok',
    shows: 'claim-card-chennai-vladivostok',
  },
  {
    name: 'the planner with a route and two pinned',
    hash: '#panel=planner&from=chennai&to=vladivostok&pins=chennai_vladivostok;chennai_vladivostok_malacca',
    shows: 'tabpanel-planner',
    then: async (page) => {
      await expect(page.getByTestId('pins-table')).toBeVisible();
      await expect(page.locator('.pins-body')).toHaveAttribute('data-pins-ready', 'true');
      await expect(page.getByTestId('pin-2-km')).not.toHaveText('–');
    },
  },
  { name: 'the About panel', hash: '#panel=about', shows: 'tabpanel-about' },
  { name: 'the tour card on the comparison step', hash: '#tour=8', shows: 'tour-card' },
  {
    name: 'a region card opened from the list',
    hash: '',
    shows: 'tabpanel-routes',
    then: async (page) => {
      await page.getByTestId('region-item-RU-KAM').click();
      await expect(page.getByTestId('region-card')).toBeVisible();
    },
  },
];

// One page walks all the states (a fresh load for the first, then links within the page): each
// check runs on what the reader has on screen, and a failure names its state (expect.soft).
test('every panel and card has no WCAG A/AA violations @phone', async ({ page, atlas }) => {
  test.setTimeout(120_000);
  for (const [i, state] of STATES.entries()) {
    if (i === 0) await atlas.open(state.hash);
    else await atlas.follow(state.hash || '#');
    await expect(page.getByTestId(state.shows), state.name).toBeVisible();
    await state.then?.(page);
    await atlas.map.idle();
    expect.soft(await violations(page), state.name).toEqual([]);
  }
});
