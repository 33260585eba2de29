/**
 * The embedded data, as URLs the bundler emits beside the app (same origin, content-hashed).
 * MapLibre's worker fetches and parses them off the main thread.
 */
import countries from '../../geo/basemap/countries.geojson?url';
import countryLabels from '../../geo/basemap/country-labels.geojson?url';
import borders from '../../geo/basemap/borders.geojson?url';
import coastline from '../../geo/basemap/coastline.geojson?url';
import seas from '../../geo/basemap/seas.geojson?url';
import cities from '../../geo/basemap/cities.geojson?url';
import type { BasemapUrls } from '../lib/style/basemap';

/** Absolute URLs: MapLibre resolves GeoJSON `data` in its worker, where relative URLs fail. */
function absolute(url: string): string {
  return new URL(url, document.baseURI).href;
}

export function basemapUrls(): BasemapUrls {
  return {
    countries: absolute(countries),
    'country-labels': absolute(countryLabels),
    borders: absolute(borders),
    coastline: absolute(coastline),
    seas: absolute(seas),
    cities: absolute(cities),
  };
}
