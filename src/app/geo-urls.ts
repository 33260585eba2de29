/**
 * The embedded data, as URLs the bundler emits beside the app (same origin, content-hashed).
 * MapLibre's worker fetches and parses them off the main thread.
 */
import basemap from '../../geo/basemap/basemap.geojson?url';
import ecas from '../../geo/ecas.geojson?url';
import type { BasemapUrls } from '../lib/style/basemap';

/** Absolute URLs: MapLibre resolves GeoJSON `data` in its worker, where relative URLs fail. */
function absolute(url: string): string {
  return new URL(url, document.baseURI).href;
}

/** geo/ecas.geojson (189 KB): the map fetches it when the ECA layer is first shown. */
export const ecasUrl = (): string => absolute(ecas);

export function basemapUrls(): BasemapUrls {
  return {
    basemap: absolute(basemap),
  };
}
