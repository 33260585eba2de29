/**
 * The World Port Index catalogue in the browser (issue #28): geo/world-ports.geojson as a URL the
 * bundler emits (never in the opening view's bytes), fetched on first use, parsed and checked
 * once, then shared by the planner, the routing worker and the map (src/state/world-ports.ts).
 * A failed fetch is a plain notice naming the file with Retry (the words of src/app/faults.ts);
 * the planner keeps working on the curated ports meanwhile.
 */
import worldPortsAsset from '../../geo/world-ports.geojson?url';
import type { LoadFailure } from '../content/data-files';
import { fetchJson } from '../io/fetch-json';
import { RETRY_BACKOFF_MS } from '../lib/retry';
import { parsePorts, type Port } from '../lib/routing/ports';
import type { WorldPorts } from '../state/world-ports';
import type { MapData } from '../lib/map-data';
import { worldPortFeatures } from '../lib/style';
import type { AppState } from '../state/app-state';
import type { Actions } from '../state/context';
import type { Store } from '../state/store';
import type { Notices } from '../ui/frame/notices';
import { t } from '../ui/frame/i18n';

type Fetched = { ports: readonly Port[] } | { failure: LoadFailure };

/** Fetches and checks the catalogue; never throws. */
async function fetchCatalogue(url: string): Promise<Fetched> {
  const fetched = await fetchJson(url);
  if ('failure' in fetched) return fetched;
  try {
    return { ports: parsePorts(fetched.body) };
  } catch (error) {
    console.warn('World ports', error);
    return { failure: { kind: 'damaged' } };
  }
}

/** The shared catalogue; `url` is the emitted file's (tests and the bench pass their own). */
export function worldPortCatalogue(
  notices: Notices,
  url: string = new URL(worldPortsAsset, document.baseURI).href,
): WorldPorts {
  let ports: readonly Port[] | null = null;
  let loading: Promise<readonly Port[] | null> | null = null;
  let notice: HTMLElement | null = null;
  let failures = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const listeners = new Set<(ports: readonly Port[]) => void>();

  const words = (failure: LoadFailure) => () =>
    `${t('data.failed', {
      file: 'world_ports',
      kind: failure.kind,
      status: failure.kind === 'http' ? failure.status : 0,
    })} ${t('data.withoutIt', { file: 'world_ports' })}`;

  const load = (): Promise<readonly Port[] | null> => {
    if (ports) return Promise.resolve(ports);
    if (loading) return loading;
    clearTimeout(timer);
    const started = fetchCatalogue(url).then((result) => {
      loading = null;
      notice?.remove();
      notice = null;
      if ('ports' in result) {
        const arrivedLate = failures > 0;
        ports = result.ports;
        if (arrivedLate) for (const listener of listeners) listener(result.ports);
        return result.ports;
      }
      notice = notices.show(words(result.failure), 'error', {
        action: { label: () => t('data.retry'), run: () => void load() },
      });
      notice.dataset.source = 'world-ports';
      // Offline: tried again with backoff and when the browser is back online.
      const delay = RETRY_BACKOFF_MS[failures++];
      if (result.failure.kind === 'offline' && delay !== undefined) {
        timer = setTimeout(() => void load(), delay);
      }
      return null;
    });
    loading = started;
    return started;
  };
  window.addEventListener('online', () => {
    if (failures > 0 && !ports) void load();
  });
  return {
    load,
    onArrive: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/**
 * The world ports' map layer: its catalogue is fetched the first time the layer is shown (never
 * for the opening view, where it is off), or taken from the planner's fetch, and drawn.
 */
export function drawWorldPortsWhenShown(
  store: Store<AppState>,
  worldPorts: WorldPorts,
  actions: Pick<Actions, 'showWorldPorts'>,
  mapData: (state: AppState) => MapData,
): void {
  let asked = false;
  const show = (ports: readonly Port[] | null) => {
    if (ports) actions.showWorldPorts(worldPortFeatures(ports));
    else asked = false;
  };
  const check = (state: AppState) => {
    if (asked || state.worldPorts || !mapData(state).layers['world-ports']) return;
    asked = true;
    void worldPorts.load().then(show);
  };
  worldPorts.onArrive((ports) => {
    if (asked) show(ports);
  });
  store.subscribe(check);
  check(store.state);
}
