/**
 * One page for the read-only tests of a spec file: opened once per spec file and worker, at the
 * spec's start link, and reached by each test through links (hash changes). After each test the
 * page follows the start link back, as a reader would, and must then be exactly as it was at the
 * start: the same hash, camera, app state, storage, and nothing left open (a dialog, a card, a
 * menu, a notice, an expanded cluster, a hover). What a link cannot undo, the test must.
 */
import type { Browser, BrowserContext, BrowserContextOptions, Page } from '@playwright/test';
import { Atlas } from './atlas';
import { guardPage, type PageGuard } from './guard';
import type { LngLat } from './map';

/** What a later test could trip over, as plain data (compared with `toEqual`). */
export interface PageState {
  hash: string;
  /** Zoom, bearing, pitch and projection (the centre is compared on screen: see `backToStart`). */
  camera: string;
  /** The app's store (computed routes by id and label), as JSON. */
  store: string;
  /** Dialogs, menus, notices, tooltips, expanded or pressed controls, the chosen tab, typed values. */
  open: string[];
  storage: string;
}

/** The state of the page now, once the map is idle. */
export async function pageState(atlas: Atlas): Promise<PageState> {
  await atlas.map.idle();
  return atlas.page.evaluate(() => {
    const { map, store: app } = window.corridorAtlas!;
    const projection = map.getProjection()?.type;
    const camera = [
      `zoom ${map.getZoom().toFixed(2)}`,
      `bearing ${map.getBearing().toFixed(1)}`,
      `pitch ${map.getPitch().toFixed(1)}`,
      typeof projection === 'string' ? projection : 'mercator',
    ].join(' ');
    const state = app.state;
    const store = JSON.stringify({
      ...state,
      routes: state.routes.map((r) => `${r.id}: ${r.label}`),
    });
    const name = (el: Element) =>
      el.getAttribute('data-testid') ??
      el.getAttribute('aria-label') ??
      (el.id || `${el.tagName.toLowerCase()}.${[...el.classList].join('.')}`);
    const shown = (el: Element) => el.checkVisibility({ visibilityProperty: true });
    // What is on screen: a panel drawn for the first time by a test (its controls in their
    // first state) is not something that test left behind.
    const all = <T extends Element = Element>(selector: string) =>
      [...document.querySelectorAll<T>(selector)].filter(shown);
    const open = [
      ...all(
        '[role=dialog], dialog[open], [role=alert], [role=tooltip], [data-testid=notice], [data-testid$=tooltip], [data-testid=planner-hover]',
      ).map((el) => `shown: ${name(el)} “${(el.textContent ?? '').trim().slice(0, 60)}”`),
      ...all('[aria-expanded=true]').map((el) => `expanded: ${name(el)}`),
      ...all('[aria-pressed=true]').map((el) => `pressed: ${name(el)}`),
      ...all('[aria-invalid=true]').map((el) => `invalid: ${name(el)}`),
      ...all('details[open]').map((el) => `open: ${name(el)}`),
      ...all('[role=tab][aria-selected=true]').map((el) => `tab: ${name(el)}`),
      ...all<HTMLInputElement | HTMLSelectElement>('input, select')
        .filter((el) => !(el instanceof HTMLInputElement && el.type === 'checkbox'))
        .map((el) => `value: ${name(el)} = ${el.value}`),
      ...all<HTMLInputElement>('input[type=checkbox]')
        .filter((el) => el.checked)
        .map((el) => `checked: ${name(el)}`),
    ];
    const storage = JSON.stringify({ local: { ...localStorage }, session: { ...sessionStorage } });
    return { hash: location.hash, camera, store, open, storage };
  });
}

/** The shared page of one spec file in one worker. */
export class SharedPage {
  /** The state at the spec's start, once the page has opened there. */
  private start: PageState | null = null;
  /** Where the map's centre is at the start, once known (see `backToStart`). */
  private startCentre: LngLat | null = null;

  private constructor(
    readonly file: string,
    readonly startHash: string,
    private readonly context: BrowserContext,
    readonly page: Page,
    readonly guard: PageGuard,
    readonly atlas: Atlas,
  ) {}

  static async create(
    browser: Browser,
    options: BrowserContextOptions,
    file: string,
    startHash: string,
  ): Promise<SharedPage> {
    const context = await browser.newContext(options);
    const page = await context.newPage();
    const guard = await guardPage(page, new URL(options.baseURL ?? 'http://127.0.0.1/').origin);
    return new SharedPage(file, startHash, context, page, guard, new Atlas(page));
  }

  /** Opens the page at the spec's start the first time; afterwards it is there already. */
  async atStart(): Promise<void> {
    if (this.start) return;
    await this.atlas.open(this.startHash);
    this.start = await pageState(this.atlas);
    this.startCentre = await this.centre();
  }

  /**
   * Follows the start link back; returns the state now and at the start, and how far (in CSS
   * pixels) the map's centre is from the start's: `firstOffPx` right after following the link,
   * `centreOffPx` once the centre is framed the same way every time.
   *
   * A view framed at the map's smallest zoom (the overview on a phone) lands up to a fifth of
   * the map apart depending on the camera MapLibre's fitBounds starts from. When the centre is
   * off, the page follows a fixed view and the start link again, which lands the same way every
   * time (the first such landing becomes the start's centre). A camera left at another zoom,
   * bearing or pitch shows in the state before that.
   */
  async backToStart(): Promise<{
    now: PageState;
    start: PageState;
    firstOffPx: number;
    centreOffPx: number;
  }> {
    await this.atlas.follow(this.startHash);
    const now = await pageState(this.atlas);
    const firstOffPx = await this.atlas.map.offCentre(this.startCentre!);
    let off = firstOffPx;
    if (off > 1) {
      await this.reframe();
      if (!this.reframed) this.startCentre = await this.centre();
      this.reframed = true;
      off = await this.atlas.map.offCentre(this.startCentre!);
    }
    return { now, start: this.start!, firstOffPx, centreOffPx: off };
  }

  /** Whether the start's centre is the one framed from the fixed view. */
  private reframed = false;

  private async reframe(): Promise<void> {
    await this.atlas.follow(this.startHash === REFRAME_VIEW ? '#view=vladivostok' : REFRAME_VIEW);
    await this.atlas.follow(this.startHash);
  }

  private async centre(): Promise<LngLat> {
    const { lng, lat } = await this.atlas.map.camera();
    return [lng, lat];
  }

  async close(): Promise<void> {
    await this.context.close();
  }
}

/** A view framed well above the smallest zoom on a desktop and a phone alike. */
const REFRAME_VIEW = '#view=malacca';

/** The worker's shared pages: the current spec file's, replaced when the worker moves on. */
export class SharedPages {
  private current: SharedPage | null = null;

  constructor(
    private readonly browser: Browser,
    private readonly options: BrowserContextOptions,
  ) {}

  async for(file: string, startHash: string): Promise<SharedPage> {
    if (this.current && (this.current.file !== file || this.current.startHash !== startHash)) {
      await this.discard();
    }
    this.current ??= await SharedPage.create(this.browser, this.options, file, startHash);
    return this.current;
  }

  /** Closes the current page: the next test opens a new one (after a failure, say). */
  async discard(): Promise<void> {
    const page = this.current;
    this.current = null;
    await page?.close();
  }
}
