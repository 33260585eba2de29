/**
 * What every panel and control gets: the store to read (and subscribe to), the actions to change
 * it, the data, the map's door (null when the browser has no WebGL: panels must still work) and
 * the notices.
 */
import type { FeatureCollection, Point } from 'geojson';
import type { ClaimId, LayerId, PanelId, PresetId } from '../content/ids';
import type { FuelId } from '../content/fuels';
import type { VesselId } from '../content/vessels';
import type { MapData, RuntimeRoute, Ship } from '../lib/map-data';
import type { PlannerPatch } from '../lib/url/planner';
import type { Projection } from '../lib/url/state';
import type { Locale } from '../lib/i18n/locales';
import type { AppState } from './app-state';
import type { AtlasData } from './data';
import type { MapView } from './map-view';
import type { StartRouteService } from './route-service';
import type { StateStore } from './store';
import type { WorldPorts } from './world-ports';

export type NoticeKind = 'info' | 'warning' | 'error';

/**
 * A notice's words: a function writes them in the language of the moment, and again when the
 * reader switches language while the notice is on screen.
 */
export type NoticeText = string | (() => string);

/** Where plain-text messages for the reader go (src/ui/frame/notices.ts). */
export interface NoticeSink {
  show(message: NoticeText, kind?: NoticeKind): HTMLElement;
}

/** Every change a user can make; each updates the state (and the URL) and moves the map if due. */
export interface Actions {
  choosePreset(id: PresetId): void;
  /** Opens a claim's card and frames it; null closes the card. */
  chooseClaim(id: ClaimId | null): void;
  openPanel(id: PanelId): void;
  setSpeed(knots: number): void;
  setAllowance(days: number): void;
  toggleLayer(id: LayerId, on: boolean): void;
  /** The planner's ends, passages and pinned routes (at most MAX_PINS), in one history entry. */
  setPlanner(patch: PlannerPatch): void;
  /** The same, correcting the link the reader opened: the history entry is replaced, not added. */
  correctPlanner(patch: PlannerPatch): void;
  setVessel(id: VesselId): void;
  setFuel(id: FuelId): void;
  /** Fuel price in USD per tonne (checked with the cost model's checkPrice); null = default. */
  setPrice(usdPerTonne: number | null): void;
  /** Canal dues in USD per voyage (0 = none typed). */
  setDues(usd: number): void;
  /** A scrubber is fitted (`scrub=1`): the chosen fuel is burned inside ECAs too. */
  setScrubber(on: boolean): void;
  /** Opens the card of an Emission Control Area clicked on the map; null closes it. */
  selectEca(id: string | null): void;
  /** Goes to tour step `step` (1-based) and frames it; null leaves the tour. */
  chooseTourStep(step: number | null): void;
  setProjection(projection: Projection): void;
  /** Switches the interface and the map's labels to a language (`lang=`, a history entry). */
  setLanguage(locale: Locale): void;
  /** Where the animated voyage's ships are now (the tour). */
  showShips(ships: readonly Ship[]): void;
  /** The World Port Index as the map draws it (lib/style/world-ports.ts), once fetched. */
  showWorldPorts(ports: FeatureCollection<Point>): void;
  /** The routes computed in the browser that the map draws (the planner's). */
  showRoutes(routes: readonly RuntimeRoute[]): void;
  selectRegion(id: string | null): void;
  hoverRegion(id: string | null): void;
  /** Frames bounds ([[w, s], [e, n]]) without changing any other state. */
  frame(bounds: readonly [readonly [number, number], readonly [number, number]]): void;
}

export interface AppContext {
  readonly store: StateStore<AppState>;
  /**
   * Ends when the panels are built again (a change of language, src/state/scope.ts): listeners
   * on the document or window take it (`{ signal }`), and elements put outside the panel are
   * removed with it.
   */
  readonly signal: AbortSignal;
  readonly actions: Actions;
  readonly data: AtlasData;
  readonly map: MapView | null;
  readonly notices: NoticeSink;
  /** What the map shows for a state (toMapData), computed once per state and shared. */
  mapData(state: AppState): MapData;
  /**
   * Loads the route service's code (its own chunk, fetched when the planner first opens); rejects
   * when it cannot be loaded, and loads afresh on the next call.
   */
  loadRouteService(): Promise<StartRouteService>;
  /** The World Port Index catalogue, fetched once on first use and shared (issue #28). */
  readonly worldPorts: WorldPorts;
  /**
   * Runs `work` once the opening view is drawn (the map's first idle) and the browser has a quiet
   * moment, or at once when that moment has passed: for what the opening view does not show (the
   * Routes panel below its first screen), so the map's first view does not wait for it.
   */
  afterOpening(work: () => void): void;
  /** The reader has reached for what waits (scrolled the panel, asked for a row): runs it now. */
  endOpening(): void;
}
