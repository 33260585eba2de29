import { attributionsFor, DATA_SOURCES } from '../content/sources';
import type { PanelId } from '../content/ids';
import { cameraFor, moveCamera } from '../lib/url/navigation';
import { selectKey } from '../lib/i18n/translator';
import { AtlasMap } from '../map/atlas-map';
import { initialAppState, type AppState } from '../state/app-state';
import { mapDataSelector } from '../state/map-data';
import type { AppContext } from '../state/context';
import { scopedMap, scopedStore } from '../state/scope';
import { Store } from '../state/store';
import { renderAbout } from '../ui/about';
import { renderClaimsPanel, startClaimMarkers } from '../ui/claims';
import { storyWords, t, useStory, withStory } from '../ui/frame/i18n';
import { Notices } from '../ui/frame/notices';
import { Panel } from '../ui/frame/panel-tabs';
import { renderPlannerPanel } from '../ui/planner';
import { startPortCard } from '../ui/ports';
import { startRegionCard } from '../ui/regions';
import { startEcaCard } from '../ui/ecas';
import { renderRoutesPanel } from '../ui/routes';
import { preparePrinting, showEmbedSources, startEmbedMode } from '../ui/share';
import { renderToolbar } from '../ui/toolbar';
import { showWelcome, startTour } from '../ui/tour';
import { createActions } from './actions';
import { loadAtlasData } from './data';
import { MapFaults } from './faults';
import { loadLabelFonts } from './fonts';
import {
  browserLocale,
  loadLanguage,
  loadStory,
  mapUiStrings,
  opensOnStory,
  showLanguage,
  wantedLocale,
  type Language,
} from './language';
import { sharedRouteService } from './route-service';
import { drawWorldPortsWhenShown, worldPortCatalogue } from './world-ports';
import { coveringElements, showNoWebGL } from './shell';
import { atlasStyle } from './style';
import { readHash, startUrlSync } from './url-sync';
import { openingQueue } from './opening';

/** The Share menu's item that opens each dialog (src/ui/share), by the dialog's test id. */
const DIALOG_ITEMS: Record<string, string> = {
  'embed-dialog': 'share-embed',
  'data-dialog': 'share-data',
};

/** The panel a visitor sees first: the corridor and its numbers. */
const DEFAULT_PANEL: PanelId = 'routes';

function element(id: string): HTMLElement {
  const el = document.getElementById(id);
  if (!el) throw new Error(`index.html lacks #${id}`);
  return el;
}

/** Gives the browser a turn: queued messages (the map worker's) run before the rest of start-up. */
function yieldToBrowser(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  return scheduler?.yield ? scheduler.yield() : new Promise((resolve) => setTimeout(resolve, 0));
}

/** MapLibre's error when the browser cannot give it WebGL 2 (turned off, or unsupported). */
const isNoWebGL = (error: unknown) =>
  error instanceof Error && error.name === 'GPUInitializationError';

/** The map's attribution lines in the interface's language. */
const attributions = () =>
  attributionsFor(DATA_SOURCES, (s) => t('source.attribution', { source: selectKey(s.id) }));

/** Starts the atlas: state from the URL, the map (already showing that state), then the panels. */
export async function startApp(): Promise<void> {
  const notices = new Notices(element('notices'));
  let data;
  try {
    data = loadAtlasData();
  } catch (error) {
    const reason = (error as Error).message;
    notices.show(() => t('page.dataUnreadable', { reason }), 'error');
    throw error;
  }
  const browser = browserLocale();
  const url = readHash(location.hash, data.catalogues, notices);
  // A language whose chunk cannot be fetched (offline on a first visit) opens in English.
  const language: Language = await loadLanguage(wantedLocale(url, browser)).catch(() =>
    loadLanguage('en'),
  );
  showLanguage(language);
  notices.relabel();
  /** Brings a language's story (claims' summaries, the tour); English while it cannot load. */
  const fetchStory = (locale: Language['locale']) =>
    loadStory(locale).then(
      (texts) => {
        if (texts && store.state.locale === locale) useStory(texts);
      },
      () => {
        useStory(storyWords());
        notices.show(() => t('language.failed'), 'error');
      },
    );
  // A page that opens on a claim or the tour waits for them; another fetches them after the
  // map's first view, so they do not count against the opening (docs/architecture.md).
  const storyFirst = opensOnStory(url) ? loadStory(language.locale).catch(() => null) : null;
  // (Offline on a first visit, English words stand in.)
  if (storyFirst) useStory((await storyFirst) ?? storyWords());
  const store = new Store(initialAppState(url, language.locale, language.labels));
  const initial = store.state;
  const mapElement = element('map');
  const panelElement = element('panel');
  let map: AtlasMap | null = null;
  const actions = createActions(store, () => map);
  const mapData = mapDataSelector(data.regionIds);
  const faults = new MapFaults(notices, () => map);

  // MapLibre waits for the Latin faces before drawing its glyphs; starting the loads now just
  // overlaps them with the data downloads. Devanagari it does not wait for: Hindi labels wait here.
  const fonts = loadLabelFonts(language.locale);
  if (language.locale === 'hi') await fonts;
  const stage = mapElement.parentElement ?? document.body;
  const embed = initial.url.embed;
  if (embed) showEmbedSources(stage, attributions());
  try {
    const shown = mapData(initial);
    map = new AtlasMap({
      container: mapElement,
      style: atlasStyle(data, shown),
      initial: shown,
      // An embed writes its sources under the map instead (showEmbedSources, above).
      attributions: embed ? [] : attributions(),
      uiStrings: mapUiStrings(),
      covers: () => coveringElements(panelElement),
      camera: cameraFor(initial.url),
      handlers: {
        // A data file that failed: a plain notice naming it, with Retry (src/app/faults.ts).
        onError: (error, sourceId) => faults.report(error, sourceId),
        onCameraChange: (camera, byUser) => {
          // Only the user's own moves make the camera explicit (`map=`): a preset's or claim's
          // flight keeps its responsive framing (docs/url-format.md).
          if (byUser) store.update((s) => ({ ...s, url: moveCamera(s.url, camera) }));
        },
        onRegionHover: (id) => actions.hoverRegion(id),
        // A click outside every region closes an open card; a region click (re)opens it.
        onRegionClick: (id) => actions.selectRegion(id),
        onEcaClick: (id) => actions.selectEca(id),
      },
    });
  } catch (error) {
    if (!isNoWebGL(error)) throw error;
    showNoWebGL(element('map-fallback'), mapElement);
  }

  const opening = openingQueue(map?.ready ?? null);
  if (map) {
    // The load benchmark (scripts/bench/load.ts) reads this mark.
    void map.ready.then(() => performance.mark('atlas:first-idle'));
    // A handle for tests and curious users: window.corridorAtlas.map is the MapLibre map. Set as
    // soon as the map exists, so a test can watch it load; `ready` once the map has drawn the
    // opening view and the page has built what waited for it (a reader's reach can end that wait
    // before the map is drawn).
    const ready = Promise.all([map.ready, opening.over]).then(() => {});
    Object.assign(window, { corridorAtlas: { map: map.debugHandle(), ready, store } });
  }
  // Let the map's worker start fetching and tiling before the panels take the main thread.
  await yieldToBrowser();

  if (map && initial.url.camera) {
    // The map keeps zoom and pitch within its own limits (zoom 1–8, pitch ≤ 60): a link beyond
    // them opens clamped, and the URL says where the map really is.
    const asked = initial.url.camera;
    const shown = map.camera();
    if (Math.abs(shown.zoom - asked.zoom) > 0.005 || Math.abs(shown.pitch - asked.pitch) > 0.05) {
      store.update((s) => ({ ...s, url: moveCamera(s.url, shown) }));
      notices.show(() => t('page.cameraClamped'), 'info');
    }
  }
  const routeService = sharedRouteService();
  const worldPorts = worldPortCatalogue(notices);

  /** Builds the panels, the toolbar, the tour and the markers; they live until `signal` ends. */
  const buildUi = (signal: AbortSignal) => {
    const ctx: AppContext = {
      store: scopedStore(store, signal),
      signal,
      actions,
      data,
      map: map && scopedMap(map, signal),
      notices,
      mapData,
      loadRouteService: routeService,
      worldPorts,
      afterOpening: opening.after,
      endOpening: opening.end,
    };
    const panel = new Panel<PanelId>(
      panelElement,
      [
        { id: 'routes', label: t('tabs.routes'), render: (body) => renderRoutesPanel(body, ctx) },
        {
          id: 'claims',
          label: t('tabs.claims'),
          // The claims' summaries may still be on their way (loadStory): the tab fills on arrival.
          render: (body) =>
            withStory(() => {
              if (!signal.aborted) renderClaimsPanel(body, ctx);
            }),
        },
        {
          id: 'planner',
          label: t('tabs.planner'),
          render: (body) => renderPlannerPanel(body, ctx),
        },
        { id: 'about', label: t('tabs.about'), render: renderAbout },
      ],
      (id) => {
        // A reader choosing a tab is using the page: what waits for the opening comes now.
        opening.end();
        actions.openPanel(id);
      },
    );
    const tour = startTour(ctx, stage);
    renderToolbar(element('toolbar'), ctx, tour);
    if (!store.state.url.embed) showWelcome(panelElement, tour);
    startEmbedMode(ctx, stage);
    preparePrinting(ctx);
    startClaimMarkers(ctx);
    startRegionCard(ctx);
    startPortCard(ctx);
    startEcaCard(ctx);

    const render = (state: AppState, previous?: AppState) => {
      // A link with a claim and no panel opens that claim's card.
      const tab = state.url.panel ?? (state.url.claim ? 'claims' : DEFAULT_PANEL);
      // Only navigation reopens a collapsed bottom sheet, not panning or hovering (bug: the sheet
      // reopened on every map move).
      const navigated =
        !previous ||
        state.url.panel !== previous.url.panel ||
        state.url.claim !== previous.url.claim ||
        state.url.view !== previous.url.view;
      if (navigated) panel.select(tab, false, true);
    };
    ctx.store.subscribe((state, previous) => render(state, previous));
    render(store.state);
  };

  let ui = new AbortController();
  buildUi(ui.signal);
  // After the opening, not in it: the map's first view does not wait for the story.
  if (!storyFirst) opening.after(() => void fetchStory(store.state.locale));
  store.subscribe((state) => map?.apply(mapData(state)));
  map?.apply(mapData(store.state));
  if (map) drawWorldPortsWhenShown(store, worldPorts, actions, mapData);

  // The language: when the link asks for another (the menu, Back, an edited hash), its pack is
  // loaded, then everything is built again in it; the focus stays on the control that had it.
  let loadingLocale = language.locale;
  store.subscribe((state) => {
    const wanted = wantedLocale(state.url, browser);
    if (wanted === loadingLocale) return;
    loadingLocale = wanted;
    loadLanguage(wanted).then(
      async (next) => {
        await loadLabelFonts(next.locale);
        if (loadingLocale !== next.locale) return;
        const focused = document.activeElement?.getAttribute('data-testid');
        // A dialog open through Back or an edited link is opened again in the new language.
        const dialog = document.querySelector<HTMLDialogElement>('dialog[open]');
        const reopen = dialog && DIALOG_ITEMS[dialog.dataset.testid ?? ''];
        dialog?.close();
        showLanguage(next);
        notices.relabel();
        map?.setControlTexts(mapUiStrings(), embed ? [] : attributions());
        if (embed) showEmbedSources(stage, attributions());
        ui.abort();
        ui = new AbortController();
        store.update((s) => ({ ...s, locale: next.locale, labels: next.labels }));
        void fetchStory(next.locale);
        buildUi(ui.signal);
        if (reopen) document.querySelector<HTMLElement>(`[data-testid="${reopen}"]`)?.click();
        else if (focused)
          document.querySelector<HTMLElement>(`[data-testid="${focused}"]`)?.focus();
      },
      () => {
        loadingLocale = store.state.locale;
        notices.show(() => t('language.failed'), 'error');
      },
    );
  });

  // The map framed its first view before the panel had content; on phones the bottom sheet's
  // height is only known now, so frame again to keep the view clear of it.
  map?.moveTo(cameraFor(store.state.url), false);
  startUrlSync(store, data.catalogues, notices, (next) => map?.moveTo(cameraFor(next), false));
}
