/**
 * The application state: one immutable object, replaced on every change (src/state/store.ts).
 * What lives in the URL is `url`; the rest is this tab's own (the pointer, computed routes).
 */
import type { MapInputs } from '../lib/map-data';
import { DEFAULT_STATE, type UrlState } from '../lib/url/state';
import { DEFAULT_LOCALE, type Locale } from '../lib/i18n/locales';

export interface AppState extends MapInputs {
  readonly url: UrlState;
  /**
   * The language the interface is in now: `url.lang`, or the browser's, once its messages have
   * loaded (src/app/language.ts); `labels` are the map's names in it.
   */
  readonly locale: Locale;
  readonly labels: MapInputs['labels'];
  /** The Emission Control Area whose card is open (clicked on the map), or null. */
  readonly selectedEca: string | null;
}

/** The state a page opens with, from the URL it was opened at. */
export function initialAppState(
  url: UrlState = DEFAULT_STATE,
  locale: Locale = DEFAULT_LOCALE,
  labels: MapInputs['labels'] = null,
): AppState {
  return {
    url,
    hoverRegion: null,
    selectedRegion: null,
    selectedEca: null,
    routes: [],
    ships: [],
    locale,
    labels,
  };
}
