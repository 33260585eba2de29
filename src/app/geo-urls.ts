/**
 * The embedded data, as URLs the bundler emits beside the app (same origin, content-hashed).
 * MapLibre's worker fetches and parses them off the main thread.
 */
import basemap from '../../geo/basemap/basemap.geojson?url';
import type { BasemapUrls } from '../lib/style/basemap';

/** Absolute URLs: MapLibre resolves GeoJSON `data` in its worker, where relative URLs fail. */
function absolute(url: string): string {
  return new URL(url, document.baseURI).href;
}

export function basemapUrls(): BasemapUrls {
  return {
    basemap: absolute(basemap),
  };
}
