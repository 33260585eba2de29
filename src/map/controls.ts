/** The map's controls: zoom and compass, scale bars in km and nautical miles, the attribution. */
import { AttributionControl, NavigationControl, ScaleControl, type Map } from 'maplibre-gl';

/**
 * Adds the controls; on a phone the attribution starts folded (its ⓘ opens it), unless
 * `attributionOpen` (an embed, whose small page must still show its sources).
 */
export function addControls(
  map: Map,
  attributions: readonly string[],
  attributionOpen = false,
): void {
  map.addControl(new NavigationControl({ visualizePitch: true }), 'top-right');
  // Two scale bars: kilometres for readers, nautical miles for the sea routes.
  map.addControl(new ScaleControl({ unit: 'metric', maxWidth: 120 }), 'bottom-right');
  map.addControl(new ScaleControl({ unit: 'nautical', maxWidth: 120 }), 'bottom-right');
  map.addControl(
    new AttributionControl({ compact: true, customAttribution: [...attributions] }),
    'bottom-right',
  );
  // Open, the attribution would cover a phone's map.
  map.once('load', () => {
    const container = map.getContainer();
    if (container.clientWidth > 720 || attributionOpen) return;
    container.querySelector('.maplibregl-ctrl-attrib')?.classList.remove('maplibregl-compact-show');
  });
}
