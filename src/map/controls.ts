/** The map's controls: zoom and compass, scale bars in km and nautical miles, the attribution. */
import { NavigationControl, ScaleControl, type Map } from 'maplibre-gl';
import { SourcesControl, type Attribution } from './attribution';

/**
 * Adds the controls; on a phone the sources start folded (their ⓘ opens them). With no `sources`,
 * no attribution: the page writes them itself (an embed, under the map).
 */
export function addControls(map: Map, sources: readonly Attribution[]): void {
  map.addControl(new NavigationControl({ visualizePitch: true }), 'top-right');
  // Two scale bars: kilometres for readers, nautical miles for the sea routes.
  map.addControl(new ScaleControl({ unit: 'metric', maxWidth: 120 }), 'bottom-right');
  map.addControl(new ScaleControl({ unit: 'nautical', maxWidth: 120 }), 'bottom-right');
  if (sources.length > 0) map.addControl(new SourcesControl(sources), 'bottom-right');
}
