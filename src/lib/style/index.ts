import type { StyleSpecification } from '@maplibre/maplibre-gl-style-spec';
import { makeBasemapLayers, makeBasemapSources, type BasemapUrls } from './basemap';

export { SOURCES, LAYERS, FONTS } from './ids';
export { THEME } from './theme';
export type { BasemapUrls } from './basemap';

/**
 * The whole map style. No `glyphs` URL: MapLibre draws labels locally with the fonts the app
 * ships, so the map needs no glyph server and makes no request to another origin.
 */
export function makeStyle(urls: { basemap: BasemapUrls }): StyleSpecification {
  return {
    version: 8,
    name: 'Corridor Atlas',
    sources: { ...makeBasemapSources(urls.basemap) },
    layers: [...makeBasemapLayers()],
  };
}
