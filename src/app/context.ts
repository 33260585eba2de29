/**
 * What every panel and control gets: the store to read (and subscribe to), the actions to change
 * it, the data, and the map (null when the browser has no WebGL: panels must still work).
 */
import type { ClaimId, LayerId, PresetId } from '../content/ids';
import type { AppState } from '../lib/map-data';
import type { PanelId, Place } from '../lib/url/state';
import type { AtlasMap } from '../map/atlas-map';
import type { Notices } from '../ui/notices';
import type { AtlasData } from './data';
import type { Store } from './store';

export interface PlannerPatch {
  from?: Place | null;
  to?: Place | null;
  avoid?: readonly string[];
  open?: readonly string[];
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
  setPlanner(patch: PlannerPatch): void;
  selectRegion(id: string | null): void;
  /** Frames bounds ([[w, s], [e, n]]) without changing any other state. */
  frame(bounds: [[number, number], [number, number]]): void;
}

export interface AppContext {
  readonly store: Store<AppState>;
  readonly actions: Actions;
  readonly data: AtlasData;
  readonly atlas: AtlasMap | null;
  readonly notices: Notices;
}
