import { DATA_SOURCES } from '../content/sources';
import type { PanelId } from '../content/ids';
import { cameraFor, moveCamera } from '../lib/url/navigation';
import { AtlasMap } from '../map/atlas-map';
import { initialAppState, type AppState } from '../state/app-state';
import { mapDataSelector } from '../state/map-data';
import type { AppContext } from '../state/context';
import { Store } from '../state/store';
import { renderAbout } from '../ui/about';
import { renderClaimsPanel, startClaimMarkers } from '../ui/claims';
import { Notices } from '../ui/frame/notices';
import { Panel } from '../ui/frame/panel-tabs';
import { renderPlannerPanel } from '../ui/planner';
import { startRegionCard } from '../ui/regions';
import { renderRoutesPanel } from '../ui/routes';
import { preparePrinting, showEmbedSources, startEmbedMode } from '../ui/share';
import { renderToolbar } from '../ui/toolbar';
import { showWelcome, startTour } from '../ui/tour';
import { createActions } from './actions';
import { loadAtlasData } from './data';
import { MapFaults } from './faults';
import { loadLabelFonts } from './fonts';
import { coveringElements, showNoWebGL } from './shell';
import { atlasStyle } from './style';
import { readHash, startUrlSync } from './url-sync';

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

/** Starts the atlas: state from the URL, the map (already showing that state), then the panels. */
export async function startApp(): Promise<void> {
  const notices = new Notices(element('notices'));
  let data;
  try {
    data = loadAtlasData();
  } catch (error) {
    notices.show(`The atlas's data could not be read: ${(error as Error).message}`, 'error');
    throw error;
  }
  const store = new Store(initialAppState(readHash(location.hash, data.catalogues, notices)));
  const initial = store.state;
  const mapElement = element('map');
  const panelElement = element('panel');
  let map: AtlasMap | null = null;
  const actions = createActions(store, () => map);
  const mapData = mapDataSelector(data.regionIds);
  const faults = new MapFaults(notices, () => map);

  // MapLibre waits for each web font before drawing its glyphs; starting the loads now just
  // overlaps them with the data downloads.
  void loadLabelFonts();
  const stage = mapElement.parentElement ?? document.body;
  if (initial.url.embed) showEmbedSources(stage, DATA_SOURCES);
  try {
    const shown = mapData(initial);
    map = new AtlasMap({
      container: mapElement,
      style: atlasStyle(data, shown),
      initial: shown,
      // An embed writes its sources under the map instead (showEmbedSources, above).
      attributions: initial.url.embed ? [] : DATA_SOURCES,
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
      },
    });
  } catch (error) {
    if (!isNoWebGL(error)) throw error;
    showNoWebGL(element('map-fallback'), mapElement);
  }

  if (map) {
    // The load benchmark (scripts/bench/load.ts) reads this mark.
    void map.ready.then(() => performance.mark('atlas:first-idle'));
    // A handle for tests and curious users: window.corridorAtlas.map is the MapLibre map. Set as
    // soon as the map exists, so a test can watch it load.
    Object.assign(window, { corridorAtlas: { map: map.debugHandle(), ready: map.ready, store } });
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
      notices.show(
        'The link’s zoom or tilt is beyond what this map shows; it opened at the nearest.',
        'info',
      );
    }
  }
  const ctx: AppContext = {
    store,
    actions,
    data,
    map,
    notices,
    mapData,
    loadRouteService: () =>
      import('../route-worker/client').then(({ startRouteService }) => startRouteService),
  };
  const panel = new Panel<PanelId>(
    panelElement,
    [
      { id: 'routes', label: 'Routes', render: (body) => renderRoutesPanel(body, ctx) },
      { id: 'claims', label: 'Claims', render: (body) => renderClaimsPanel(body, ctx) },
      { id: 'planner', label: 'Plan a route', render: (body) => renderPlannerPanel(body, ctx) },
      { id: 'about', label: 'About', render: renderAbout },
    ],
    (id) => actions.openPanel(id),
  );
  const tour = startTour(ctx, stage);
  renderToolbar(element('toolbar'), ctx, tour);
  if (!initial.url.embed) showWelcome(panelElement, tour);
  startEmbedMode(ctx, stage);
  preparePrinting(ctx);
  startClaimMarkers(ctx);
  startRegionCard(ctx);

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
    map?.apply(mapData(state));
  };
  store.subscribe((state, previous) => render(state, previous));
  render(store.state);
  // The map framed its first view before the panel had content; on phones the bottom sheet's
  // height is only known now, so frame again to keep the view clear of it.
  map?.moveTo(cameraFor(store.state.url), false);
  startUrlSync(store, data.catalogues, notices, (url) => map?.moveTo(cameraFor(url), false));
}
