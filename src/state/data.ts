/**
 * The atlas's data as the app holds it once loaded and checked (src/app/data.ts loads it): the
 * small files parsed, the large ones as URLs that MapLibre's worker fetches.
 */
import type { FeatureCollection, LineString, Point } from 'geojson';
import type { RouteFeatures } from '../lib/map-data';
import type { RegionInfo } from '../lib/regions';
import type { Port } from '../lib/routing/ports';
import type { UrlCatalogues } from '../lib/url/state';

export interface AtlasData {
  readonly routes: RouteFeatures;
  readonly routesCollection: FeatureCollection<LineString>;
  readonly ports: readonly Port[];
  readonly portsCollection: FeatureCollection<Point>;
  readonly chokepoints: FeatureCollection<Point>;
  /** The basemap's labels of the claims' places, with their sides (geo/place-labels.geojson). */
  readonly placeLabels: FeatureCollection<Point>;
  readonly regionsUrl: string;
  /** The 11 Far East regions' facts (from the label file), in file order. */
  readonly regions: readonly RegionInfo[];
  readonly regionIds: readonly string[];
  readonly regionLabels: FeatureCollection<Point>;
  readonly catalogues: UrlCatalogues;
}
