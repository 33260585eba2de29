/** End-to-end tests named after bugs found in review, so they stay fixed. */
import { expect, sharedPageTests, test } from './driver';

test.describe('at phone size', () => {
  // Its own page: a phone's viewport and touch on the desktop project.
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true });

  test('bug: the collapsed bottom sheet reopened whenever the map moved', async ({
    page,
    atlas,
  }) => {
    await atlas.open();
    await page.getByTestId('panel-toggle').click();
    await expect(page.getByTestId('panel')).toHaveClass(/collapsed/);
    const box = (await page.getByTestId('map').boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width / 3, box.y + box.height / 3, { steps: 6 });
    await page.mouse.up();
    await atlas.map.idle();
    await atlas.expectHash().toContain('map=');
    await expect(page.getByTestId('panel')).toHaveClass(/collapsed/);
  });
});

// A fresh load: the map clamps a link's camera when it opens, and the app writes back where it is.
test('a link beyond the map’s zoom opens at the nearest zoom and the URL says so', async ({
  page,
  atlas,
}) => {
  await atlas.open('#map=12/43.1/131.9');
  expect((await atlas.map.camera()).zoom).toBeLessThanOrEqual(8);
  await atlas.expectHash().toMatch(/^#map=8\//);
  await expect(page.getByTestId('notice')).toContainText('zoom');
});

// The tests that only read share one page, opened at the default view, and reach
// their states by links, as a reader clicking links would.
sharedPageTests('', (onePage) => {
  onePage(
    'bug: closing a claim opened from a link fell back to the Routes tab and lost focus',
    async ({ page, atlas }) => {
      await atlas.follow('#claim=relos');
      await expect(page.getByTestId('tab-claims')).toHaveAttribute('aria-selected', 'true');
      await page.getByTestId('close-claim-relos').click();
      await expect(page.getByTestId('tab-claims')).toHaveAttribute('aria-selected', 'true');
      await atlas.expectHash().not.toContain('claim=');
      expect(await page.evaluate(() => document.activeElement?.tagName)).not.toBe('BODY');
      // The claim's fan stays open after it closes: folded, as a reader would.
      await atlas.follow('');
      await atlas.foldClusters();
    },
  );
});
