/**
 * The pointer on the map: hover over a Far East region (with the pointer cursor), and clicks,
 * offered first to the click listeners (the planner's pick) and then reported as a region click.
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
    const layers = map.getLayer(OVERLAY_LAYERS.regionFill) ? [OVERLAY_LAYERS.regionFill] : [];
    const [region] = layers.length ? map.queryRenderedFeatures(event.point, { layers }) : [];
    handlers.onRegionClick?.(region?.id === undefined ? null : String(region.id));
  });
}
