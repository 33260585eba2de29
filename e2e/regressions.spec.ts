/** End-to-end tests named after bugs found in review, so they stay fixed. */
import { expect, mapIdle, openAtlas, test } from './driver-old';

test('bug: closing a claim opened from a link fell back to the Routes tab and lost focus', async ({
  page,
}) => {
  await openAtlas(page, '#claim=relos');
  await expect(page.getByTestId('tab-claims')).toHaveAttribute('aria-selected', 'true');
  await page.getByTestId('close-claim-relos').click();
  await expect(page.getByTestId('tab-claims')).toHaveAttribute('aria-selected', 'true');
  await expect.poll(() => page.evaluate(() => location.hash)).not.toContain('claim=');
  expect(await page.evaluate(() => document.activeElement?.tagName)).not.toBe('BODY');
});

test.describe('at phone size', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true });

  test('bug: the collapsed bottom sheet reopened whenever the map moved', async ({ page }) => {
    await openAtlas(page);
    await page.getByTestId('panel-toggle').click();
    await expect(page.getByTestId('panel')).toHaveClass(/collapsed/);
    const box = (await page.getByTestId('map').boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width / 3, box.y + box.height / 3, { steps: 6 });
    await page.mouse.up();
    await mapIdle(page);
    await expect.poll(() => page.evaluate(() => location.hash)).toContain('map=');
    await expect(page.getByTestId('panel')).toHaveClass(/collapsed/);
  });
});

test('a link beyond the map’s zoom opens at the nearest zoom and the URL says so', async ({
  page,
}) => {
  await openAtlas(page, '#map=12/43.1/131.9');
  const zoom = await page.evaluate(() => window.corridorAtlas!.map.getZoom());
  expect(zoom).toBeLessThanOrEqual(8);
  await expect.poll(() => page.evaluate(() => location.hash)).toMatch(/^#map=8\//);
  await expect(page.getByTestId('notice')).toContainText('zoom');
});
