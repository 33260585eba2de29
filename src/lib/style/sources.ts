/**
 * The overlay sources and the data they start with: the routes (published and computed), the
 * regions, the atlas's points (ports, chokepoints, region labels) and the ships.
 */
import type { SourceSpecification } from '@maplibre/maplibre-gl-style-spec';
import type { Feature, FeatureCollection, LineString } from 'geojson';
import { OVERLAY_SOURCES } from './ids';

/**
 * The routes source's data: the three routes of geo/routes.geojson, then the routes computed at run
 * time, each tagged with the id its layer filters on. One source for all (fewer sources load
 * faster); the map replaces its data only when the computed routes change.
 */
export function routesSourceData(
  base: FeatureCollection,
  computed: readonly { readonly id: string; readonly feature: Feature<LineString> }[],
): FeatureCollection {
  if (computed.length === 0) return base;
  return {
    ...base,
    features: [
      ...base.features,
      ...computed.map((r) => ({ ...r.feature, properties: { ...r.feature.properties, id: r.id } })),
    ],
  };
}

/** The ships source's data: a point per ship, with the heading its image turns to. */
export function shipsData(
  ships: readonly {
    readonly id: string;
    readonly lngLat: readonly [number, number];
    readonly heading: number;
  }[],
): FeatureCollection {
  return {
    type: 'FeatureCollection',
    features: ships.map((ship) => ({
      type: 'Feature',
      properties: { id: ship.id, heading: ship.heading },
      geometry: { type: 'Point', coordinates: [ship.lngLat[0], ship.lngLat[1]] },
    })),
  };
}

/** The data each overlay source starts with: URLs for the large files, objects for small ones. */
export interface OverlayData {
  routes: FeatureCollection;
  ports: FeatureCollection;
  chokepoints: FeatureCollection;
  regionsUrl: string;
  regionLabels: FeatureCollection;
}

export type PointLayer = 'port' | 'chokepoint' | 'region';

/** Tags each point with the layer that draws it. */
function points(fc: FeatureCollection, layer: PointLayer): FeatureCollection['features'] {
  return fc.features.map((f) => ({ ...f, properties: { ...f.properties, layer } }));
}

export function makeOverlaySources(data: OverlayData): Record<string, SourceSpecification> {
  const atlasPoints: FeatureCollection = {
    type: 'FeatureCollection',
    features: [
      ...points(data.ports, 'port'),
      ...points(data.chokepoints, 'chokepoint'),
      ...points(data.regionLabels, 'region'),
    ],
  };
  return {
    [OVERLAY_SOURCES.routes]: { type: 'geojson', data: data.routes as never, promoteId: 'id' },
    // promoteId lets hover and claim highlights use feature-state, keyed by ISO 3166-2 code.
    [OVERLAY_SOURCES.regions]: { type: 'geojson', data: data.regionsUrl, promoteId: 'id' },
    [OVERLAY_SOURCES.points]: { type: 'geojson', data: atlasPoints as never },
    [OVERLAY_SOURCES.ships]: { type: 'geojson', data: shipsData([]) as never },
  };
}
