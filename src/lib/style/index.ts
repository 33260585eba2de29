import type { StyleSpecification } from '@maplibre/maplibre-gl-style-spec';
import { makeBasemapLayers, makeBasemapSources, type BasemapUrls } from './basemap';
import {
  makeOverlayLabelLayers,
  makeOverlayLineLayers,
  makeOverlaySources,
  type OverlayData,
} from './overlays';

export { SOURCES, LAYERS, FONTS } from './ids';
export { THEME } from './theme';
export {
  LAYER_GROUPS,
  OVERLAY_COLOURS,
  OVERLAY_LAYERS,
  OVERLAY_SOURCES,
  PLANNED_ROUTE_ID,
} from './overlays';
export type { BasemapUrls } from './basemap';
export type { OverlayData } from './overlays';

/** Sea names that the chokepoint markers label themselves (Natural Earth spelling). */
const NAMED_BY_CHOKEPOINTS = [
  'Strait of Malacca',
  'Strait of Singapore',
  'Korea Strait',
  'Strait of Gibraltar',
];

/**
 * The whole map style: basemap areas and lines, the atlas's routes and regions, then all labels
 * (basemap first, the atlas's last so they win collisions). No `glyphs` URL: MapLibre draws
 * labels locally with the fonts the app ships, and makes no request to another origin.
 */
export function makeStyle(data: {
  basemap: BasemapUrls;
  overlays?: OverlayData;
}): StyleSpecification {
  // Cities that are also lead ports are named once, by the port layer.
  const leadPortNames = (data.overlays?.ports.features ?? [])
    .filter((f) => f.properties?.lead)
    .map((f) => String(f.properties?.name))
    // Natural Earth writes "St. Petersburg" where the port catalogue has "St Petersburg".
    .flatMap((name) => [name, name.replace(/^St /, 'St. ')]);
  const basemap = makeBasemapLayers(data.overlays ? NAMED_BY_CHOKEPOINTS : [], leadPortNames);
  const isLabel = (type: string) => type === 'symbol';
  return {
    version: 8,
    name: 'Corridor Atlas',
    sources: {
      ...makeBasemapSources(data.basemap),
      ...(data.overlays ? makeOverlaySources(data.overlays) : {}),
    },
    layers: [
      ...basemap.filter((l) => !isLabel(l.type)),
      ...(data.overlays ? makeOverlayLineLayers() : []),
      ...basemap.filter((l) => isLabel(l.type)),
      ...(data.overlays ? makeOverlayLabelLayers() : []),
    ],
  };
}
