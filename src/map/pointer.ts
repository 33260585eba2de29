/**
 * The pointer on the map: hover over a Far East region (with the pointer cursor), and clicks,
 * offered first to the click listeners (the planner's pick) and then reported as a region click
 * and an Emission Control Area click (hidden layers draw nothing, so they are never hit).
 */
import type { Map as MapLibreMap } from 'maplibre-gl';
import { OVERLAY_LAYERS } from '../lib/style/ids';
import type { ClickListener } from '../state/map-view';
import type { AtlasMapHandlers } from './atlas-map';

/** The properties of the features `layer` draws within `radius` px of a point, nearest first. */
export function featuresNear(
  map: MapLibreMap,
  layer: string,
  at: { x: number; y: number },
  radius: number,
): Record<string, unknown>[] {
  if (!map.getLayer(layer)) return [];
  const box: [[number, number], [number, number]] = [
    [at.x - radius, at.y - radius],
    [at.x + radius, at.y + radius],
  ];
  const far = (f: { geometry: { type: string; coordinates?: unknown } }) => {
    if (f.geometry.type !== 'Point') return 0;
    const p = map.project(f.geometry.coordinates as [number, number]);
    return Math.hypot(p.x - at.x, p.y - at.y);
  };
  return map
    .queryRenderedFeatures(box, { layers: [layer] })
    .map((f) => ({ f, d: far(f) }))
    .sort((a, b) => a.d - b.d)
    .map(({ f }) => f.properties);
}

export function listenToPointer(
  map: MapLibreMap,
  clickListeners: ReadonlySet<ClickListener>,
  handlers: AtlasMapHandlers,
): void {
  let hovered: string | null = null;
  const setHover = (id: string | null) => {
    if (id === hovered) return;
    hovered = id;
    map.getCanvas().style.cursor = id ? 'pointer' : '';
    handlers.onRegionHover?.(id);
  };
  map.on('mousemove', OVERLAY_LAYERS.regionFill, (event) => {
    const id = event.features?.[0]?.id;
    setHover(id === undefined ? null : String(id));
  });
  map.on('mouseleave', OVERLAY_LAYERS.regionFill, () => setHover(null));
  map.on('click', (event) => {
    for (const listener of clickListeners) {
      if (listener([event.lngLat.lng, event.lngLat.lat]) === true) return;
    }
    const hit = (layer: string) => {
      if (!map.getLayer(layer)) return null;
      const [feature] = map.queryRenderedFeatures(event.point, { layers: [layer] });
      return feature?.id === undefined ? null : String(feature.id);
    };
    const region = hit(OVERLAY_LAYERS.regionFill);
    handlers.onRegionClick?.(region);
    // A region lies above an ECA: the click is the region's. Elsewhere it closes an ECA's card.
    handlers.onEcaClick?.(region === null ? hit(OVERLAY_LAYERS.ecaFill) : null);
  });
}
