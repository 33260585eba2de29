/**
 * The application state: one immutable object, replaced on every change (src/state/store.ts).
 * What lives in the URL is `url`; the rest is this tab's own (the pointer, computed routes).
 */
import type { MapInputs } from '../lib/map-data';
import { DEFAULT_STATE, type UrlState } from '../lib/url/state';

export interface AppState extends MapInputs {
  readonly url: UrlState;
}

/** The state a page opens with, from the URL it was opened at. */
export function initialAppState(url: UrlState = DEFAULT_STATE): AppState {
  return { url, hoverRegion: null, selectedRegion: null, routes: [], ships: [] };
}
