/** The map's controls: zoom and compass, scale bars in km and nautical miles, the attribution. */
import {
  AttributionControl,
  NavigationControl,
  ScaleControl,
  type IControl,
  type Map,
} from 'maplibre-gl';

/**
 * Adds the controls and returns them; on a phone the attribution starts folded (its ⓘ opens it),
 * unless `attributionOpen` (an embed, whose small page must still show its sources).
 */
export function addControls(
  map: Map,
  attributions: readonly string[],
  attributionOpen = false,
): IControl[] {
  const controls: [IControl, 'top-right' | 'bottom-right'][] = [
    [new NavigationControl({ visualizePitch: true }), 'top-right'],
    // Two scale bars: kilometres for readers, nautical miles for the sea routes.
    [new ScaleControl({ unit: 'metric', maxWidth: 120 }), 'bottom-right'],
    [new ScaleControl({ unit: 'nautical', maxWidth: 120 }), 'bottom-right'],
    [
      new AttributionControl({ compact: true, customAttribution: [...attributions] }),
      'bottom-right',
    ],
  ];
  for (const [control, corner] of controls) map.addControl(control, corner);
  // Open, the attribution would cover a phone's map.
  const fold = () => {
    const container = map.getContainer();
    if (container.clientWidth > 720 || attributionOpen) return;
    container.querySelector('.maplibregl-ctrl-attrib')?.classList.remove('maplibregl-compact-show');
  };
  if (map.loaded()) fold();
  else map.once('load', fold);
  return controls.map(([control]) => control);
}

/**
 * The controls in another language (issue #31): MapLibre reads its texts from the map's `_locale`
 * table (declared in maplibre-gl.d.ts) as a control is added, and has no setter, so the table is
 * patched and the controls added again. Returns the new controls.
 */
export function relabelControls(
  map: Map,
  controls: readonly IControl[],
  uiStrings: Record<string, string>,
  attributions: readonly string[],
  attributionOpen: boolean,
): IControl[] {
  map._locale = { ...map._locale, ...uiStrings };
  // The canvas took its name from the table when the map was made.
  map.getCanvas().setAttribute('aria-label', map._getUIString('Map.Title'));
  for (const control of controls) map.removeControl(control);
  return addControls(map, attributions, attributionOpen);
}
