/**
 * The overlay sources and the data they start with: the routes (published and computed), the
 * regions, the atlas's points (ports, chokepoints, region labels) and the ships.
 */
import type { SourceSpecification } from '@maplibre/maplibre-gl-style-spec';
import type { Feature, FeatureCollection, LineString } from 'geojson';
import { OVERLAY_SOURCES } from './ids';
import { NO_WORLD_PORTS } from './world-ports';

/**
 * How far a tile's geometry reaches past its edge, in tile pixels (a tile is 512), for the sources
 * drawn only as fills, thin lines and points: the basemap and the regions. MapLibre clips each
 * tile's fills and lines to the tile, so the margin needs to hold only a line's half-width and its
 * antialiasing (the widest of these lines, a selected region's outline, is 3 px), and it draws a
 * point's circle or label only from the tile the point is in. MapLibre's default margin, 128,
 * makes each tile carry a quarter of its neighbours on every side, vertices that a software GPU
 * draws again in every frame: with this one, a frame of the opening view costs about a quarter less
 * on SwiftShader (issue #13). The routes keep the default: their lines are wide and carry arrows.
 */
export const THIN_TILE_BUFFER = 16;

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
  /** geo/ecas.geojson, fetched only when the ECA layer is first shown. */
  ecasUrl: string;
}

const EMPTY: FeatureCollection = { type: 'FeatureCollection', features: [] };

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
    [OVERLAY_SOURCES.routes]: { type: 'geojson', data: data.routes, promoteId: 'id' },
    // promoteId lets hover and claim highlights use feature-state, keyed by ISO 3166-2 code.
    [OVERLAY_SOURCES.regions]: {
      type: 'geojson',
      data: data.regionsUrl,
      promoteId: 'id',
      buffer: THIN_TILE_BUFFER,
    },
    [OVERLAY_SOURCES.ecas]: {
      type: 'geojson',
      data: EMPTY,
      promoteId: 'id',
      buffer: THIN_TILE_BUFFER,
    },
    [OVERLAY_SOURCES.points]: { type: 'geojson', data: atlasPoints },
    [OVERLAY_SOURCES.ships]: { type: 'geojson', data: shipsData([]) },
    [OVERLAY_SOURCES.worldPorts]: { type: 'geojson', data: NO_WORLD_PORTS },
  };
}
