import { attributionsFor, DATA_SOURCES } from '../content/sources';
import { makeStyle } from '../lib/style';
import { AtlasMap, type BoundsCamera } from '../map/atlas-map';
import { webglAvailable } from '../map/webgl';
import { renderAbout } from '../ui/about';
import { h } from '../ui/dom';
import { Notices } from '../ui/notices';
import { Panel } from '../ui/panel';
import { loadLabelFonts } from './fonts';
import { basemapUrls } from './geo-urls';

/** India to the Russian Far East: frames Chennai and Vladivostok with room around them. */
const DEFAULT_CAMERA: BoundsCamera = {
  bounds: [
    [68, 2],
    [142, 50],
  ],
};

type TabId = 'about';

function element(id: string): HTMLElement {
  const el = document.getElementById(id);
  if (!el) throw new Error(`index.html lacks #${id}`);
  return el;
}

/** Starts the atlas: panels first (they work without WebGL), then the map. */
export async function startApp(): Promise<void> {
  const notices = new Notices(element('notices'));
  const panel = new Panel<TabId>(
    element('panel'),
    [{ id: 'about', label: 'About', render: renderAbout }],
    () => {},
  );
  panel.select('about');

  const mapElement = element('map');
  if (!webglAvailable()) {
    showNoWebGL(element('map-fallback'), mapElement);
    return;
  }
  // MapLibre itself waits for a web font before drawing its glyphs; starting the loads now just
  // overlaps them with the data downloads.
  void loadLabelFonts();
  const panelElement = element('panel');
  const atlas = new AtlasMap({
    container: mapElement,
    insets: () => panelInsets(panelElement, mapElement),
    style: makeStyle({ basemap: basemapUrls() }),
    attributions: attributionsFor(DATA_SOURCES),
    initial: DEFAULT_CAMERA,
    handlers: {
      onError: (message) => notices.show(`The map could not load some data: ${message}`, 'error'),
    },
  });
  // The load benchmark (scripts/bench/load.ts) reads this mark.
  void atlas.ready.then(() => performance.mark('atlas:first-idle'));
  // A handle for tests and curious users: window.corridorAtlas.map is the MapLibre map.
  Object.assign(window, { corridorAtlas: { map: atlas.map, ready: atlas.ready } });
}

/** The part of the map the panel covers: its left side on wide screens, the bottom on phones. */
function panelInsets(panel: HTMLElement, map: HTMLElement) {
  const p = panel.getBoundingClientRect();
  const m = map.getBoundingClientRect();
  const none = { top: 0, right: 0, bottom: 0, left: 0 };
  if (p.width === 0 || m.width === 0) return none;
  const bottomSheet = p.width > m.width * 0.9;
  return bottomSheet
    ? { ...none, bottom: Math.max(0, m.bottom - p.top) }
    : { ...none, left: Math.max(0, p.right - m.left) };
}

function showNoWebGL(fallback: HTMLElement, mapElement: HTMLElement): void {
  mapElement.hidden = true;
  fallback.hidden = false;
  fallback.replaceChildren(
    h('h2', {}, 'The map cannot be drawn in this browser'),
    h(
      'p',
      {},
      'Corridor Atlas draws its map with WebGL, which this browser has turned off or does not ' +
        'support. The routes, figures and claims in the panel still work.',
    ),
    h(
      'p',
      {},
      'To see the map, enable hardware acceleration (or WebGL) in your browser settings, or open ' +
        'this page in a current version of Firefox, Chrome, Edge or Safari.',
    ),
  );
}
