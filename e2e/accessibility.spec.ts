/**
 * Automated accessibility checks (axe-core, WCAG 2.0–2.2 levels A and AA) of every panel and of
 * the open claim and region cards, at desktop and phone sizes. They catch what people meet
 * first: contrast, names of controls, target sizes, landmark and ARIA misuse. They do not
 * replace the keyboard and focus tests in the other specs.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, mapIdle, openAtlas, test } from './driver';

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** One line per violation and element, so a failure says what to fix and where. */
async function violations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  return results.violations.flatMap((v) =>
    v.nodes.map(
      (n) => `${v.id} (${v.impact}): ${n.target.join(' ')}: ${n.failureSummary ?? v.help}`,
    ),
  );
}

const STATES: { name: string; hash: string; then?: (page: Page) => Promise<void> }[] = [
  { name: 'the Routes panel', hash: '' },
  { name: 'the Claims panel with a claim open', hash: '#claim=chennai-vladivostok' },
  {
    name: 'the planner with a route and two pinned',
    hash: '#panel=planner&from=chennai&to=vladivostok&pins=chennai_vladivostok;chennai_vladivostok_malacca',
    then: async (page) => {
      await expect(page.getByTestId('pins-table')).toBeVisible();
      await expect(page.locator('.pins-body')).toHaveAttribute('data-pins-ready', 'true');
      await expect(page.getByTestId('pin-2-km')).not.toHaveText('–');
    },
  },
  { name: 'the About panel', hash: '#panel=about' },
  { name: 'the tour card on the comparison step', hash: '#tour=8' },
  {
    name: 'a region card opened from the list',
    hash: '',
    then: async (page) => {
      await page.getByTestId('region-item-RU-KAM').click();
      await expect(page.getByTestId('region-card')).toBeVisible();
    },
  },
];

for (const state of STATES) {
  test(`${state.name} has no WCAG A/AA violations @phone`, async ({ page }) => {
    await openAtlas(page, state.hash);
    await state.then?.(page);
    await mapIdle(page);
    expect(await violations(page)).toEqual([]);
  });
}
