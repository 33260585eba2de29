/**
 * The map's labels (issue #26): each keeps one side, so a link draws the same map however the
 * map got there; and a claim marker keeps off the label of a corridor port and of its own place.
 */
import type { Page } from '@playwright/test';
import { PLACES } from '../src/content/places';
import { LAYERS, OVERLAY_LAYERS } from '../src/lib/style/ids';
import { differingPixels, expect, geo, test, type Atlas } from './driver';

/** The map as drawn, and its camera (centre and zoom, to 6 decimals). */
async function mapPicture(atlas: Atlas): Promise<{ png: Buffer; camera: string }> {
  const png = await atlas.picture();
  const { lng, lat, zoom } = await atlas.map.camera();
  return { png, camera: [lng, lat, zoom].map((v) => v.toFixed(6)).join('/') };
}

test('bug: labels changed sides with the map’s history; a link draws the same map on every load and after other links', async ({
  page,
  atlas,
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
    await atlas.open(link);
    const fresh = await mapPicture(atlas);
    await page.goto('about:blank');
    await atlas.open(link);
    const again = await mapPicture(atlas);
    await page.goto('about:blank');
    await atlas.open(before);
    await atlas.follow(link);
    const followed = await mapPicture(atlas);
    await page.goto('about:blank');
    // The same camera each time, so any difference is in what the map drew.
    expect([again.camera, followed.camera], link).toEqual([fresh.camera, fresh.camera]);
    const reloaded = await differingPixels(page, fresh.png, again.png);
    const navigated = await differingPixels(page, fresh.png, followed.png);
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
async function markerBoxes(atlas: Atlas): Promise<{ id: string; box: Box }[]> {
  const page: Page = atlas.page;
  await atlas.map.idle();
  // The markers are laid out again a frame after the map settles (its labels measured then).
  await page.evaluate(
    () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))),
  );
  return page.evaluate(() => {
    const origin = document.querySelector('[data-testid="map"]')!.getBoundingClientRect();
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

const overlaps = (a: Box, b: Box) =>
  Math.min(a.right, b.right) > Math.max(a.left, b.left) &&
  Math.min(a.bottom, b.bottom) > Math.max(a.top, b.top);

test('bug: claim markers hid the Chennai and New Delhi labels; no marker covers a corridor port’s name or its own place’s @phone', async ({
  atlas,
}) => {
  test.setTimeout(90_000);
  const views = [
    // The corridor's ends on the opening view (on a phone a marker sat on "Chennai").
    {
      link: '',
      labels: [
        { layer: OVERLAY_LAYERS.portLabels, name: 'Chennai', place: geo.portAt('chennai') },
        { layer: OVERLAY_LAYERS.portLabels, name: 'Vladivostok', place: geo.portAt('vladivostok') },
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
    await atlas.open(link);
    const markers = await markerBoxes(atlas);
    expect(markers.length, `${link}: markers shown`).toBeGreaterThan(0);
    for (const { layer, name, place } of labels) {
      const label = await atlas.map.labelBox(layer, name, place);
      expect(label, `${link}: the map draws ${name}`).not.toBeNull();
      const covering = markers
        .filter((m) => overlaps(m.box, label!))
        .map((m) => `${m.id} ${JSON.stringify(m.box)}`);
      expect(covering, `${link}: markers over ${name} at ${JSON.stringify(label)}`).toEqual([]);
    }
  }
});
