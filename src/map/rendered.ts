/** What the map has drawn near a point on screen: for hit tests and for keeping clear of labels. */
import type { Map as MapLibreMap, MapGeoJSONFeature } from 'maplibre-gl';
import type { ScreenPoint } from '../lib/screen/types';
import type { DrawnLabel, LngLat } from '../state/map-view';

/** The features `layer` drew in the square of `radiusPx` around `point` (none if no such layer). */
export function renderedNear(
  map: MapLibreMap,
  layer: string,
  { x, y }: ScreenPoint,
  radiusPx: number,
): MapGeoJSONFeature[] {
  if (!map.getLayer(layer)) return [];
  const box: [[number, number], [number, number]] = [
    [x - radiusPx, y - radiusPx],
    [x + radiusPx, y + radiusPx],
  ];
  return map.queryRenderedFeatures(box, { layers: [layer] });
}

/**
 * How far a label's text may reach from its point, px: MapLibre finds a label where its text is,
 * so a search for labels by their point must cover their text too (10 ems of the largest label
 * size, 14 px, is 140 px).
 */
const LABEL_REACH_PX = 160;

/**
 * The labels `layer` drew with their point within `radiusPx` of `at` (a neighbour's name written
 * across the point is not one of them).
 */
export function labelsAt(
  map: MapLibreMap,
  layer: string,
  at: ScreenPoint,
  radiusPx: number,
  project: (lngLat: LngLat) => ScreenPoint,
): DrawnLabel[] {
  return renderedNear(map, layer, at, radiusPx + LABEL_REACH_PX).flatMap((feature) => {
    if (feature.geometry.type !== 'Point') return [];
    const [lng, lat] = feature.geometry.coordinates as [number, number];
    const { x, y } = project([lng, lat]);
    const near = Math.abs(x - at.x) <= radiusPx && Math.abs(y - at.y) <= radiusPx;
    return near ? [{ lngLat: [lng, lat] as const, properties: feature.properties ?? {} }] : [];
  });
}
