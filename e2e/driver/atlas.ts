/**
 * The atlas as a reader uses it: open a link, follow one, plan a route, pin it, open a claim;
 * and what the reader then sees (the route drawn, the hash, the map through `atlas.map`, pixels
 * at a place). Specs speak these verbs; only the driver knows how the page is built.
 */
import { expect, type Locator, type Page } from '@playwright/test';
import type { UrlState } from '../../src/lib/url/state';
import { parseHash } from '../../src/lib/url/codec';
import { plannerRequest, requestKey } from '../../src/lib/planner/plan';
import { portIds } from './geo';
import { OVERLAY_LAYERS } from '../../src/lib/style/ids';
import { CLAIM_LIST } from '../../src/content/claims';
import { PLACES } from '../../src/content/places';
import { claimsToGeoJSON } from '../../src/lib/claims/markers';
import { MapDriver, type LngLat, type ScreenPoint } from './map';
import {
  canvasPixels,
  canvasPng,
  colourNear,
  colourShares,
  pixelAt,
  PngImage,
  type Rgb,
} from './pixels';

/** The request for the basemap's file (its name carries the build's hash), for `holdFiles`. */
export const BASEMAP_REQUEST = '**/basemap-*.geojson';

/** Where each claim's marker stands (New Delhi's nine fold into one cluster there). */
const CLAIM_PLACES = new Map(
  claimsToGeoJSON(CLAIM_LIST, PLACES).features.map((f) => [f.properties.id, f.properties.place]),
);

/**
 * How long a polled assertion waits between tries, in ms: the back-off of Playwright's own
 * locator assertions (expect.poll's default starts at 100 ms and reaches 1 s, which a hash that
 * changes within a frame would wait for in vain).
 */
const POLL_INTERVALS = [20, 50, 100, 100, 500];

/**
 * The key the planner gives the route a link asks for (its `data-route-key`), computed by the
 * app's own parser and request, so that a test never spells the key's fields itself.
 */
export function routeKeyOf(hash: string): string {
  const { state } = parseHash(hash, { portIds: portIds() });
  const request = plannerRequest(state);
  if (!request) throw new Error(`${hash} asks for no route`);
  return requestKey(request);
}

export class Atlas {
  /** The map: what it shows and where. */
  readonly map: MapDriver;

  constructor(readonly page: Page) {
    this.map = new MapDriver(page);
  }

  /** Opens the atlas afresh at a link (its first parse) and waits until the map has drawn it. */
  async open(hash = ''): Promise<void> {
    await this.page.goto(`./${hash}`);
    await this.whenReady();
  }

  /**
   * Holds every response for the files matching `glob` until the returned function is called: a
   * slow network, without a clock. The held requests then go on to the server, and later ones
   * pass at once (a later hold of the same files is asked first, and holds them again).
   */
  async holdFiles(glob: string): Promise<() => void> {
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    await this.page.route(glob, async (route) => {
      await released;
      await route.continue();
    });
    return release;
  }

  /** Loads a link and waits only until the app has started (its map exists), not for the map. */
  async load(hash: string): Promise<void> {
    await this.page.goto(`./${hash}`);
    await this.started();
  }

  /** Waits until the app has created its map (after a load the test started itself). */
  async started(): Promise<void> {
    await this.page.waitForFunction(() => window.corridorAtlas !== undefined);
  }

  /** Waits until the app has started and its map has drawn everything (after a reload). */
  async whenReady(): Promise<void> {
    await this.map.ready();
    await this.map.idle();
  }

  /**
   * Follows a link within the page (a hash change), as a reader clicking a link to the atlas
   * would, and waits until the map has drawn what it asks for. A link to where the page already
   * is changes nothing.
   */
  async follow(hash: string): Promise<void> {
    await this.page.evaluate(
      (hash) =>
        new Promise<void>((resolve) => {
          if (new URL(hash, location.href).hash === location.hash) {
            resolve();
            return;
          }
          window.addEventListener('hashchange', () => resolve(), { once: true });
          location.hash = hash;
        }),
      hash,
    );
    await this.map.idle();
  }

  /** Chooses a named view from the Views menu (a deliberate move: it pushes history). */
  async chooseView(id: string): Promise<void> {
    await this.page.getByTestId('preset-menu-button').click();
    await this.page.getByTestId(`preset-${id}`).click();
  }

  /** The hash in the address bar now. */
  async hash(): Promise<string> {
    return this.page.evaluate(() => location.hash);
  }

  /** An assertion on the hash, retried until it holds: `await atlas.expectHash().toContain(…)`. */
  expectHash(message?: string) {
    return expect.poll(() => this.hash(), { message, intervals: POLL_INTERVALS });
  }

  /** The state the app holds from its link now (what a copied link carries). */
  async linkState(): Promise<UrlState> {
    return this.page.evaluate(() => window.corridorAtlas!.store.state.url);
  }

  /** The pointer over a Far East region, as the map reports it to the app. */
  async hoverRegion(id: string | null): Promise<void> {
    await this.page.evaluate(
      (id) => window.corridorAtlas!.store.update((s) => ({ ...s, hoverRegion: id })),
      id,
    );
  }

  /** Resolves when no CSS transition or animation is running on the page. */
  async transitionsDone(): Promise<void> {
    await this.page.evaluate(() => Promise.all(document.getAnimations().map((a) => a.finished)));
  }

  /** Moves the mouse off the map (to the page's top left corner), as a reader leaving it. */
  async pointerAway(): Promise<void> {
    await this.page.mouse.move(0, 0);
  }

  // --- Pixels -------------------------------------------------------------------------------

  /** The colour of the map where a place is drawn. */
  pixelAt(lngLat: LngLat): Promise<Rgb> {
    return pixelAt(this.page, lngLat);
  }

  /**
   * The colour a person sees where a place is: the page's own pixel there (a screenshot), not the
   * map canvas's, so whatever the page composites over or instead of the map counts.
   */
  async seenAt(lngLat: LngLat): Promise<Rgb> {
    const { x, y } = await this.map.pointOf(lngLat);
    const box = (await this.page.getByTestId('map').boundingBox())!;
    // The whole viewport: a 1-pixel clip is captured by another path, which composites afresh.
    const png = await this.page.screenshot();
    const point: [number, number] = [Math.round(box.x + x), Math.round(box.y + y)];
    const [colour] = await (await PngImage.decode(this.page, png)).pixels([point]);
    return colour!;
  }

  /**
   * How many pixels of an element's middle (60% of its width and height), as a person sees it,
   * stand out from the background there by more than 100 in a channel: its icon's ink.
   */
  async inkOf(element: Locator): Promise<number> {
    return (await PngImage.decode(this.page, await element.screenshot())).inkInMiddle(100);
  }

  /** The smallest distance to a colour within a radius of a place, and whether it is seen. */
  colourNear(lngLat: LngLat, colour: string, radiusPx: number) {
    return colourNear(this.page, lngLat, colour, radiusPx);
  }

  /** The map's colours at points, CSS pixels from its top left corner (`map.pointOf`'s). */
  pixelsAt(points: readonly ScreenPoint[]): Promise<Rgb[]> {
    return canvasPixels(this.page, points);
  }

  /** The map as a PNG, as drawn now: to compare two loads of a link pixel for pixel. */
  async picture(): Promise<Buffer> {
    await this.map.idle();
    return canvasPng(this.page);
  }

  /** The share of the map's pixels near each colour. */
  colourShares(colours: readonly Rgb[], tolerance: number): Promise<number[]> {
    return colourShares(this.page, colours, tolerance);
  }

  // --- The planner --------------------------------------------------------------------------

  /** The planner's panel. */
  get planner(): Locator {
    return this.page.getByTestId('tabpanel-planner');
  }

  /**
   * Waits until the planner has computed and drawn a route, and the map shows it: a route other
   * than `after` (a previous key), or the one with `key` ("from|to|avoid|open"). Returns its key.
   */
  async routeDrawn(options: { after?: string | null; key?: string } = {}): Promise<string> {
    const panel = this.planner;
    let drawn: string | null = null;
    await expect
      .poll(
        async () => {
          const [key, shown] = await Promise.all([
            panel.getAttribute('data-route-key'),
            panel.getAttribute('data-route-drawn'),
          ]);
          const fresh = key !== null && key !== (options.after ?? null) && key === shown;
          drawn = fresh && (options.key === undefined || key === options.key) ? key : null;
          return drawn;
        },
        {
          message: `the planner's route drawn${options.key ? ` (${options.key})` : ''}`,
          intervals: POLL_INTERVALS,
        },
      )
      .not.toBeNull();
    await this.map.idle();
    return drawn!;
  }

  /** Follows a planner link and waits for its route drawn; returns the route's key. */
  async planRoute(hash: string): Promise<string> {
    await this.follow(hash);
    return this.routeDrawn();
  }

  /** The route length the planner shows, in km (read from "10,255 km (5,537 nm)"). */
  async shownKm(): Promise<number> {
    const text = await this.page.getByTestId('planner-length').innerText();
    const match = /^([\d,]+) km \(([\d,]+) nm\)$/.exec(text);
    expect(match, `length text "${text}"`).not.toBeNull();
    return Number(match![1]!.replaceAll(',', ''));
  }

  /** The km of the along-route readout ("4,321 km (2,333 nm) from Chennai"). */
  async readoutKm(from: string): Promise<number> {
    const text = await this.page.getByTestId('planner-hover').innerText();
    const match = new RegExp(`^([\\d,]+) km \\([\\d,]+ nm\\) from ${from}$`).exec(text);
    expect(match, `readout "${text}"`).not.toBeNull();
    return Number(match![1]!.replaceAll(',', ''));
  }

  /** Pins the route shown. */
  async pin(): Promise<void> {
    await this.page.getByTestId('pin-route').click();
  }

  /** Waits until the pinned routes' table has its figures. */
  async pinsReady(): Promise<void> {
    await expect(this.page.getByTestId('planner-pins').locator('.pins-body')).toHaveAttribute(
      'data-pins-ready',
      'true',
    );
  }

  /** The pins the map draws now (`pin-1`…), sorted. */
  async pinsDrawn(): Promise<string[]> {
    await this.map.idle();
    const features = await this.map.rendered(OVERLAY_LAYERS.pins);
    return [...new Set(features.map((f) => String(f.properties.id)))].sort();
  }

  // --- Map features -------------------------------------------------------------------------

  /**
   * Clicks (taps, on a touch screen) a feature a layer draws at a place, as a reader would: the
   * layer must draw one there, and nothing may cover the place.
   */
  async clickFeature(layer: string, lngLat: LngLat, touch = false): Promise<void> {
    const drawn = await this.map.rendered(layer, { lngLat, radius: 3 });
    expect(drawn.length, `${layer} draws a feature at ${lngLat.join(', ')}`).toBeGreaterThan(0);
    const [point] = await this.map.reachable([lngLat]);
    expect(point, `${lngLat.join(', ')} can be reached on the map`).toBeDefined();
    if (touch) await this.page.touchscreen.tap(point!.x, point!.y);
    else await this.page.mouse.click(point!.x, point!.y);
  }

  // --- Claims -------------------------------------------------------------------------------

  /** A claim's marker on the map. */
  claimMarker(id: string): Locator {
    return this.page.getByTestId(`claim-marker-${id}`);
  }

  /** Opens the cluster that holds a claim's marker, if it is folded in one. */
  async openClusterOf(id: string): Promise<void> {
    const cluster = this.page.getByTestId(`claim-cluster-${CLAIM_PLACES.get(id)}`);
    if ((await cluster.count()) > 0 && (await cluster.getAttribute('aria-expanded')) === 'false') {
      await cluster.click();
      await expect(cluster).toHaveAttribute('aria-expanded', 'true');
    }
  }

  /** Folds every claim cluster the reader has opened (a click on each, as a reader would). */
  async foldClusters(): Promise<void> {
    const open = this.page.locator('[data-testid^="claim-cluster-"][aria-expanded="true"]');
    while ((await open.count()) > 0) await open.first().click();
  }

  /** Opens a claim from its marker on the map (opening its cluster first if needed). */
  async openClaimFromMarker(id: string): Promise<void> {
    await this.openClusterOf(id);
    await this.claimMarker(id).click();
  }
}
