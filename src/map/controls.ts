/** The map's controls: zoom and compass, scale bars in km and nautical miles, the attribution. */
import { NavigationControl, ScaleControl, type IControl, type Map } from 'maplibre-gl';
import { SourcesControl, type Attribution } from './attribution';
import { inlineIcons } from './control-icons';

/** MapLibre's zoom and compass buttons, their icons drawn inline (control-icons.ts says why). */
class NavigationWithIcons extends NavigationControl {
  override onAdd(map: Map): HTMLElement {
    const container = super.onAdd(map);
    inlineIcons(container, ['zoom-in', 'zoom-out', 'compass']);
    return container;
  }
}

/**
 * Adds the controls and returns them; on a phone the sources start folded (their ⓘ opens them).
 * `attributions` are the sources' links (content/sources.ts `attributionsFor`); with none,
 * no attribution: the page writes the sources itself (an embed, under the map).
 */
export function addControls(map: Map, attributions: readonly Attribution[]): IControl[] {
  const controls: IControl[] = [
    new NavigationWithIcons({ visualizePitch: true }),
    // Two scale bars: kilometres for readers, nautical miles for the sea routes.
    new ScaleControl({ unit: 'metric', maxWidth: 120 }),
    new ScaleControl({ unit: 'nautical', maxWidth: 120 }),
    ...(attributions.length > 0 ? [new SourcesControl(attributions)] : []),
  ];
  controls.forEach((control, i) => map.addControl(control, i === 0 ? 'top-right' : 'bottom-right'));
  return controls;
}

/**
 * The controls in another language (issue #31): MapLibre reads its texts from the map's `_locale`
 * table (declared in maplibre-gl.d.ts) as a control is added, and has no setter, so the table is
 * patched and the controls added again (the sources' button reads its name there too). Returns
 * the new controls.
 */
export function relabelControls(
  map: Map,
  controls: readonly IControl[],
  uiStrings: Record<string, string>,
  attributions: readonly Attribution[],
): IControl[] {
  map._locale = { ...map._locale, ...uiStrings };
  // The canvas took its name from the table when the map was made.
  map.getCanvas().setAttribute('aria-label', map._getUIString('Map.Title'));
  for (const control of controls) map.removeControl(control);
  return addControls(map, attributions);
}
