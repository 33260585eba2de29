/** The map's controls: zoom and compass, scale bars in km and nautical miles, the attribution. */
import { AttributionControl, NavigationControl, ScaleControl, type Map } from 'maplibre-gl';

/**
 * Adds the controls; on a phone the attribution starts folded (its ⓘ opens it). With no
 * `attributions`, no attribution control: the page writes the sources itself (an embed, under
 * the map).
 */
export function addControls(map: Map, attributions: readonly string[]): void {
  map.addControl(new NavigationControl({ visualizePitch: true }), 'top-right');
  // Two scale bars: kilometres for readers, nautical miles for the sea routes.
  map.addControl(new ScaleControl({ unit: 'metric', maxWidth: 120 }), 'bottom-right');
  map.addControl(new ScaleControl({ unit: 'nautical', maxWidth: 120 }), 'bottom-right');
  if (attributions.length === 0) return;
  map.addControl(
    new AttributionControl({ compact: true, customAttribution: [...attributions] }),
    'bottom-right',
  );
  // Open, the attribution would cover a phone's map.
  map.once('load', () => {
    const container = map.getContainer();
    if (container.clientWidth > 720) return;
    container.querySelector('.maplibregl-ctrl-attrib')?.classList.remove('maplibregl-compact-show');
  });
}
