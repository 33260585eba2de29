/**
 * The article's claims on the map and in the Claims panel (issue #5): every claim opens from its
 * marker and from its card, shows its text, frames its view and highlights what it relates to;
 * closing restores the map; the keyboard reaches all of it.
 */
import { CLAIM_LIST, type CatalogueClaim } from '../src/content/claims';
import { PLACES, PLACE_IDS } from '../src/content/places';
import { claimsToGeoJSON } from '../src/lib/claims/markers';
import { OVERLAY_LAYERS } from '../src/lib/style/ids';
import { disableWebGL, expect, sharedPageTests, test, type Atlas } from './driver';

/** Only the claims layer on: whatever else is drawn after a click, the claim asked for. */
const CLAIMS_ONLY = '#layers=claims';
/** A Far East region every regional claim highlights (Primorsky, around Vladivostok). */
const PRIMORSKY = 'RU-PRI';

/** What the map shows for claims: region highlight, regions and corridor drawn. */
async function mapShows(atlas: Atlas) {
  return {
    highlight: (await atlas.map.featureState('regions', PRIMORSKY)).highlight === true,
    regions: await atlas.map.draws(OVERLAY_LAYERS.regionFill),
    corridor: await atlas.map.draws(OVERLAY_LAYERS.corridor),
  };
}

const relatesTo = (claim: CatalogueClaim) => ({
  regions: claim.related.some((r) => r.kind === 'regions'),
  corridor: claim.related.some((r) => r.kind === 'route' && r.id === 'corridor'),
  places: claim.related.flatMap((r) => (r.kind === 'place' ? [r.id] : [])),
});

/**
 * The open claim's card and map, as a person sees them. With `claimsOnly` (the link switched every
 * other layer off), regions and the corridor must be drawn exactly when the claim relates to them.
 */
async function expectOpen(atlas: Atlas, claim: CatalogueClaim, claimsOnly = true): Promise<void> {
  const { page } = atlas;
  await atlas.expectHash().toMatch(new RegExp(`claim=${claim.id}(&|$)`));
  const card = page.getByTestId(`claim-card-${claim.id}`);
  await expect(card).toHaveAttribute('aria-current', 'true');
  await expect(card.getByRole('heading', { name: claim.title, exact: true })).toBeInViewport();
  await expect(page.getByTestId(`claim-summary-${claim.id}`)).toBeVisible();
  await expect(page.getByTestId(`claim-summary-${claim.id}`)).toHaveText(claim.summary);
  await expect(page.getByTestId(`claim-quote-${claim.id}`)).toHaveText(claim.quote);
  await expect(page.getByTestId('claims-status')).toHaveText(`Showing claim: ${claim.title}`);
  await expect(atlas.claimMarker(claim.id)).toHaveAttribute('aria-pressed', 'true');
  await atlas.map.idle();
  const places = claim.places.map((id) => PLACES[id].coordinates);
  // On the map, not under the panel.
  expect(
    await atlas.map.sight(places, { covers: '[data-testid="panel"]' }),
    'the claim’s places are in view',
  ).toEqual(places.map(() => 'visible'));
  const related = relatesTo(claim);
  const shows = await mapShows(atlas);
  expect(shows.highlight, 'Far East regions highlighted').toBe(related.regions);
  if (claimsOnly) {
    expect(shows.regions, 'regions drawn').toBe(related.regions);
    expect(shows.corridor, 'corridor drawn').toBe(related.corridor);
  } else {
    if (related.regions) expect(shows.regions, 'regions drawn').toBe(true);
    if (related.corridor) expect(shows.corridor, 'corridor drawn').toBe(true);
  }
  for (const place of PLACE_IDS) {
    // The ring's box is zero-sized (MapLibre places it); its name label is what shows.
    const ring = page.getByTestId(`claim-place-${place}`).locator('.claim-place-name');
    if (related.places.includes(place)) await expect(ring).toBeVisible();
    else await expect(ring).toBeHidden();
  }
}

/** Closes the open claim by the link without it, and folds the fans the test opened. */
async function closeAndFold(atlas: Atlas, link: string): Promise<void> {
  await atlas.follow(link);
  await atlas.foldClusters();
}

test('without WebGL the Claims panel still opens and closes a claim', async ({ page, atlas }) => {
  await disableWebGL(page);
  await page.goto('./#panel=claims');
  await expect(page.getByTestId('map-fallback')).toBeVisible();
  const claim = CLAIM_LIST.find((c) => c.id === 'chennai-vladivostok')!;
  await page.getByTestId(`select-claim-${claim.id}`).click();
  await atlas.expectHash().toContain(`claim=${claim.id}`);
  await expect(page.getByTestId(`claim-card-${claim.id}`)).toHaveAttribute('aria-current', 'true');
  await expect(page.getByTestId('claims-status')).toHaveText(`Showing claim: ${claim.title}`);
  await page.getByTestId(`close-claim-${claim.id}`).click();
  await atlas.expectHash().not.toContain('claim=');
});

// The tests that only read share one page, opened at the default view, and reach
// their states by links, as a reader clicking links would.
sharedPageTests('', (onePage) => {
  onePage(
    'each claim opens from its marker, frames its view and highlights what it concerns',
    async ({ atlas, page }) => {
      test.setTimeout(150_000);
      for (const claim of CLAIM_LIST) {
        await test.step(claim.id, async () => {
          // Opening the plain link again closes the claim and goes back to the overview.
          await atlas.follow(CLAIMS_ONLY);
          expect(await mapShows(atlas)).toEqual({
            highlight: false,
            regions: false,
            corridor: false,
          });
          const before = await atlas.map.camera();
          // New Delhi's claims wait in a cluster: a click opens its fan (it then stays open).
          await atlas.openClaimFromMarker(claim.id);
          await expect(page.locator(`#claim-title-${claim.id}`)).toBeFocused();
          await expectOpen(atlas, claim);
          const after = await atlas.map.camera();
          const moved =
            Math.abs(after.zoom - before.zoom) > 0.1 ||
            Math.abs(after.lng - before.lng) + Math.abs(after.lat - before.lat) > 0.5;
          // Claims framed like the overview keep the camera; all others fly to their own view.
          const overviewFramed = 'preset' in claim.view && claim.view.preset === 'overview';
          expect(moved, 'the map moved to the claim’s view').toBe(!overviewFramed);
        });
      }
      await closeAndFold(atlas, CLAIMS_ONLY);
    },
  );

  onePage(
    'each claim opens from its card, whose text is the catalogue’s, literally',
    async ({ atlas, page }) => {
      test.setTimeout(120_000);
      await atlas.follow(`${CLAIMS_ONLY}&panel=claims`);
      for (const claim of CLAIM_LIST) {
        await test.step(claim.id, async () => {
          const card = page.getByTestId(`claim-card-${claim.id}`);
          // Text from data is text: no element inside the summary or the quoted paragraph.
          await expect(card.locator('.claim-title')).toHaveText(claim.title);
          await expect(page.getByTestId(`claim-summary-${claim.id}`).locator('*')).toHaveCount(0);
          await expect(page.getByTestId(`claim-quote-${claim.id}`).locator('*')).toHaveCount(1);
          await expect(page.getByTestId(`claim-quote-${claim.id}`).locator('p > *')).toHaveCount(0);
          await expect(card.locator('figcaption cite')).toHaveText(
            'India Does Balancing Act Between Russia and US as Putin Arrives on Short But Packed Visit Today',
          );
          await page.getByTestId(`select-claim-${claim.id}`).click();
          await expectOpen(atlas, claim);
        });
      }
      // The Source section: the article's metadata and whose words are whose.
      const source = page.getByTestId('claims-source');
      await expect(source).toContainText('News18');
      await expect(source).toContainText('Maha Siddiqui');
      await expect(source).toContainText('December 05, 2021, 14:54 IST');
      await expect(source).toContainText('quoted passages are the article’s, verbatim');
      await closeAndFold(atlas, CLAIMS_ONLY);
    },
  );

  onePage(
    'closing a claim restores the map; the layer switch hides markers but the open one',
    async ({ atlas, page }) => {
      // Claims layer off: no markers, no legend.
      await atlas.follow('#layers=corridor&panel=claims');
      await expect(page.locator('[data-testid^="claim-marker-"]:visible')).toHaveCount(0);
      await expect(page.getByTestId('claim-legend')).toBeHidden();
      const gujarat = CLAIM_LIST.find((c) => c.id === 'vibrant-gujarat')!;
      await page.getByTestId('select-claim-vibrant-gujarat').click();
      await expect(page.locator('[data-testid^="claim-marker-"]:visible')).toHaveCount(1);
      await expect(atlas.claimMarker('vibrant-gujarat')).toBeVisible();
      await expectOpen(atlas, gujarat, false);

      await page.getByTestId('close-claim-vibrant-gujarat').click();
      await atlas.expectHash().not.toContain('claim=');
      await expect(page.getByTestId('select-claim-vibrant-gujarat')).toBeFocused();
      await expect(page.getByTestId('claim-card-vibrant-gujarat')).not.toHaveAttribute(
        'aria-current',
      );
      await expect(page.getByTestId('claim-place-gujarat')).toBeHidden();
      await expect(atlas.claimMarker('vibrant-gujarat')).toBeHidden();
      await atlas.map.idle();
      expect(await mapShows(atlas)).toEqual({ highlight: false, regions: false, corridor: true });

      // Escape closes too.
      await page.getByTestId('select-claim-far-east-investment').click();
      await expect.poll(() => mapShows(atlas).then((s) => s.highlight)).toBe(true);
      await page.keyboard.press('Escape');
      await atlas.expectHash().not.toContain('claim=');
      await atlas.map.idle();
      expect((await mapShows(atlas)).highlight).toBe(false);
      await closeAndFold(atlas, '');
    },
  );

  onePage(
    'the keyboard opens a claim from its marker, closes it, and follows a figure link',
    async ({ atlas, page }) => {
      // Tab from the map canvas reaches New Delhi's cluster; Enter opens its fan, and Tab goes on
      // into its claims in the article's order.
      await page.locator('canvas.maplibregl-canvas').focus();
      await page.keyboard.press('Tab');
      const cluster = page.getByTestId('claim-cluster-new-delhi');
      await expect(cluster).toBeFocused();
      await expect(cluster).toHaveAccessibleName(/New Delhi: 9 claims/);
      await page.keyboard.press('Enter');
      await expect(cluster).toHaveAttribute('aria-expanded', 'true');
      await page.keyboard.press('Tab');
      await expect(atlas.claimMarker(CLAIM_LIST[0]!.id)).toBeFocused();
      await page.keyboard.press('Tab');
      const second = CLAIM_LIST[1]!;
      await expect(atlas.claimMarker(second.id)).toBeFocused();
      await page.keyboard.press('Enter');
      await expect(page.locator(`#claim-title-${second.id}`)).toBeFocused();
      await expectOpen(atlas, second, false);
      // Escape in the card closes it and gives focus back to the marker.
      await page.keyboard.press('Escape');
      await atlas.expectHash().not.toContain('claim=');
      await expect(atlas.claimMarker(second.id)).toBeFocused();
      await expect(atlas.claimMarker(second.id)).toHaveAttribute('aria-pressed', 'false');
      // Enter opens, Enter again (a toggle) closes.
      await page.keyboard.press('Enter');
      await atlas.expectHash().toContain(`claim=${second.id}`);
      await atlas.claimMarker(second.id).focus();
      await page.keyboard.press('Enter');
      await atlas.expectHash().not.toContain('claim=');

      // A number claim links to its row of the Routes panel's figure check.
      await page.getByTestId('select-claim-chennai-vladivostok').click();
      await expect(page.getByTestId('claim-card-chennai-vladivostok')).toContainText(
        '5 December 2021',
      );
      await page.getByTestId('figure-check-link-distance').click();
      await expect(page.getByTestId('tab-routes')).toHaveAttribute('aria-selected', 'true');
      await expect(page.locator('#check-distance')).toBeFocused();
      await expect(page.locator('#check-distance')).toBeInViewport();
      // The row cites the article by the same date as the card.
      await expect(page.locator('#check-distance')).toContainText('News18, 5 Dec 2021');
      await closeAndFold(atlas, '');
    },
  );

  onePage(
    'claim markers do not overlap or hide under the controls, at several views @phone',
    async ({ atlas, page }) => {
      // Several views, each measured: 22.6 s with a core busy on a 2-core machine (timeout margin
      // as for the keyboard walk in routes.spec.ts).
      test.setTimeout(90_000);
      /**
       * Problems a person would see: two buttons overlapping; a marker whose place is in view but
       * whose button is partly outside the map or covered (by a control, another marker); a marker
       * on its own whose place is out of view (off the map, under the panel) pulled into view.
       */
      const lone = claimsToGeoJSON(CLAIM_LIST, PLACES)
        .features.filter((f) => f.properties.slotCount === 1)
        .map((f) => `claim-marker-${f.properties.id}`);
      const problems = () =>
        page.evaluate((loneIds) => {
          const view = document.querySelector('[data-testid="map"]')!.getBoundingClientRect();
          // Shown: not hidden, and not made invisible because its place left the map.
          const shown = [...document.querySelectorAll<HTMLElement>('.claim-marker')].filter(
            (m) => !m.hidden && m.checkVisibility({ visibilityProperty: true }),
          );
          const boxes = shown.map((m) => {
            const button = m.querySelector<HTMLElement>('.claim-marker-button')!;
            return { id: button.dataset.testid!, button, r: button.getBoundingClientRect() };
          });
          const found: string[] = [];
          // Two buttons overlapping off the map are seen by no one: only those in view count.
          const seen = (r: DOMRect) =>
            r.right > view.left &&
            r.left < view.right &&
            r.bottom > view.top &&
            r.top < view.bottom;
          boxes.forEach((a, i) => {
            if (!seen(a.r)) return;
            for (const b of boxes.slice(i + 1)) {
              const w = Math.min(a.r.right, b.r.right) - Math.max(a.r.left, b.r.left);
              const h = Math.min(a.r.bottom, b.r.bottom) - Math.max(a.r.top, b.r.top);
              if (w > 1 && h > 1) found.push(`${a.id} overlaps ${b.id}`);
            }
          });
          const panel = document.querySelector('[data-testid="panel"]')!;
          for (const [i, m] of shown.entries()) {
            const { id, button, r } = boxes[i]!;
            // MapLibre places each marker root on its place.
            const place = m.getBoundingClientRect();
            const inView =
              place.left >= view.left &&
              place.left <= view.right &&
              place.top >= view.top &&
              place.top <= view.bottom &&
              !panel.contains(document.elementFromPoint(place.left, place.top));
            if (!inView) {
              const centre = { x: (r.left + r.right) / 2, y: (r.top + r.bottom) / 2 };
              const moved = Math.hypot(centre.x - place.left, centre.y - place.top) > 1;
              if (loneIds.includes(id) && moved) found.push(`${id} was pulled into view`);
              continue;
            }
            const inside =
              r.left >= view.left - 1 &&
              r.right <= view.right + 1 &&
              r.top >= view.top - 1 &&
              r.bottom <= view.bottom + 1;
            if (!inside) found.push(`${id} is partly outside the map`);
            // Four points of the round button, each 0.3 of its width from the centre diagonally.
            const d = r.width * 0.2;
            const corners = [
              [r.left + d, r.top + d],
              [r.right - d, r.top + d],
              [r.left + d, r.bottom - d],
              [r.right - d, r.bottom - d],
            ];
            for (const [x, y] of corners) {
              const hit = document.elementFromPoint(x!, y!);
              if (inside && hit && !button.contains(hit)) {
                found.push(`${id} is covered at (${x}, ${y}) by ${hit.className || hit.tagName}`);
                break;
              }
            }
          }
          // Markers the layout shows whose place is on the map: all of them must show.
          const onMap = [...document.querySelectorAll<HTMLElement>('.claim-marker')].filter((m) => {
            const p = m.getBoundingClientRect();
            const on = p.left >= view.left && p.left <= view.right && p.top >= view.top;
            return !m.hidden && on && p.top <= view.bottom;
          }).length;
          return { count: boxes.length, onMap, found };
        }, lone);
      /** `shown`: how many markers must show (null: those whose place is on the map). */
      const check = async (label: string, shown: number | null) => {
        await atlas.map.idle();
        // The buttons' move transition (none under reduced motion) must be over before measuring.
        await atlas.transitionsDone();
        const { count, onMap, found } = await problems();
        expect(count, `markers shown (${label})`).toBe(shown ?? onMap);
        expect(found, label).toEqual([]);
      };
      // New Delhi's nine claims fold into one cluster button until it is opened.
      const folded = CLAIM_LIST.length - 9 + 1;
      await check('opening view', folded);
      await page.getByTestId('claim-cluster-new-delhi').click();
      await check('New Delhi’s fan open', CLAIM_LIST.length + 1);
      for (const zoom of [1.5, 1]) {
        await atlas.map.zoomTo(zoom);
        // On a phone at zoom 1 some places leave the map, and their markers with them.
        await check(`zoom ${zoom}`, null);
      }
      // (A hash navigation: the cluster the reader opened stays open.)
      await atlas.follow('#claim=chennai-vladivostok');
      await check('the corridor claim open', CLAIM_LIST.length + 1);
      // Vladivostok just past the right edge: its marker leaves with it.
      await atlas.map.panPastRightEdge([...PLACES.vladivostok.coordinates], 12);
      // Its markers leave with it: none is half shown at the edge.
      const atVladivostok = CLAIM_LIST.filter((c) => c.places[0] === 'vladivostok');
      expect(atVladivostok.length).toBeGreaterThan(0);
      await check('Vladivostok just out of view', null);
      for (const c of atVladivostok) await expect(atlas.claimMarker(c.id)).toBeHidden();
      await closeAndFold(atlas, '');
    },
  );

  onePage('each New Delhi marker can be clicked on its own @phone', async ({ atlas, page }) => {
    const atDelhi = claimsToGeoJSON(CLAIM_LIST, PLACES)
      .features.filter((f) => f.properties.place === 'new-delhi')
      .map((f) => f.properties.id);
    expect(atDelhi.length).toBeGreaterThan(1);
    await atlas.follow(`#claim=${atDelhi[0]}`);
    for (const id of [...atDelhi.slice(1), atDelhi[0]!]) {
      const marker = atlas.claimMarker(id);
      // Nothing covers the marker's centre: the click lands on it, not a neighbour.
      const box = (await marker.boundingBox())!;
      const hit = await page.evaluate(
        ({ x, y }) => document.elementFromPoint(x, y)?.closest('button')?.dataset.testid,
        { x: box.x + box.width / 2, y: box.y + box.height / 2 },
      );
      expect(hit).toBe(`claim-marker-${id}`);
      expect(box.width).toBeGreaterThanOrEqual(24);
      await marker.click();
      await atlas.expectHash().toContain(`claim=${id}`);
      await expect(page.getByTestId(`claim-card-${id}`)).toHaveAttribute('aria-current', 'true');
    }
    await closeAndFold(atlas, '');
  });
});
