/** HTML markers over the map (the claim markers' elements, src/ui/claims), replaced as a set. */
import { Marker, type Map as MapLibreMap } from 'maplibre-gl';
import type { MarkerSpec } from '../state/map-view';

/** Removes `old` and places one marker per spec, centred on its point; returns the new ones. */
export function replaceMarkers(
  map: MapLibreMap,
  old: readonly Marker[],
  specs: readonly MarkerSpec[],
): Marker[] {
  for (const marker of old) marker.remove();
  return specs.map((spec) =>
    new Marker({ element: spec.element, anchor: 'center' })
      .setLngLat([spec.lngLat[0], spec.lngLat[1]])
      .addTo(map),
  );
}
