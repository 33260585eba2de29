import type {
  GeoJSONSourceSpecification,
  StyleSpecification,
} from '@maplibre/maplibre-gl-style-spec';
import { makeBasemapLayers, makeBasemapSources, type BasemapUrls } from './basemap';
import { LAYER_IDS } from '../../content/ids';
import type { MapData } from '../map-data';
import { LAYER_GROUPS, OVERLAY_SOURCES } from './ids';
import { cityNamesOfPorts } from './point-labels';
import { makeOverlayLabelLayers, makeOverlayLineLayers } from './overlays';
import { makeOverlaySources, routesSourceData, type OverlayData } from './sources';
import { labelTextFields } from './labels';
import { makeWorldPortLayers } from './world-ports';

export {
  FONTS,
  LAZY_DATA_KEY,
  LAYER_GROUPS,
  LAYERS,
  OVERLAY_COLOURS,
  OVERLAY_LAYERS,
  OVERLAY_SOURCES,
  PIN_COLOURS,
  PLANNED_ROUTE_ID,
  SHIP_IMAGES,
  SOURCES,
  pinRouteId,
} from './ids';
export { routesSourceData, shipsData } from './sources';
export { NO_WORLD_PORTS, worldPortFeatures } from './world-ports';
export type { BasemapUrls } from './basemap';
export type { OverlayData } from './sources';
export { labelTextFields, type LabelNames } from './labels';

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
  /**
   * What the map shows first. Its layer visibility and computed routes go into the style itself,
   * so the map draws them from the start: changing them after the load would reload every
   * overlay tile and place the labels again (issue #13).
   */
  initial?: MapData;
}): StyleSpecification {
  // Cities that are also lead ports are named once, by the port layer.
  const leadPortNames = (data.overlays?.ports.features ?? [])
    .filter((f) => f.properties?.lead)
    .map((f) => String(f.properties?.name));
  const basemap = makeBasemapLayers(
    data.overlays ? NAMED_BY_CHOKEPOINTS : [],
    cityNamesOfPorts(leadPortNames),
  );
  const isLabel = (type: string) => type === 'symbol';
  const style: StyleSpecification = {
    version: 8,
    name: 'Corridor Atlas',
    sources: {
      ...makeBasemapSources(data.basemap),
      ...(data.overlays ? makeOverlaySources(data.overlays) : {}),
    },
    layers: [
      ...basemap.filter((l) => !isLabel(l.type)),
      ...(data.overlays ? makeOverlayLineLayers(data.overlays.ecasUrl) : []),
      ...basemap.filter((l) => isLabel(l.type)),
      ...(data.overlays ? [...makeWorldPortLayers(), ...makeOverlayLabelLayers()] : []),
    ],
  };
  return data.initial && data.overlays ? withMapData(style, data.overlays, data.initial) : style;
}

/** `style` showing `initial`: each switchable layer's visibility, and the computed routes. */
function withMapData(
  style: StyleSpecification,
  overlays: OverlayData,
  initial: MapData,
): StyleSpecification {
  const visibility = new Map<string, 'visible' | 'none'>();
  for (const id of LAYER_IDS) {
    for (const layer of LAYER_GROUPS[id])
      visibility.set(layer, initial.layers[id] ? 'visible' : 'none');
  }
  const routes = style.sources[OVERLAY_SOURCES.routes] as GeoJSONSourceSpecification;
  // The labels' language is in the style from the start, so they are placed once.
  const textFields = initial.labels ? labelTextFields(initial.labels) : {};
  return {
    ...style,
    sources: {
      ...style.sources,
      [OVERLAY_SOURCES.routes]: {
        ...routes,
        data: routesSourceData(overlays.routes, initial.routes),
      },
      // A link that opens with the ECAs shown loads them at once.
      ...(initial.layers.ecas
        ? {
            [OVERLAY_SOURCES.ecas]: {
              ...(style.sources[OVERLAY_SOURCES.ecas] as GeoJSONSourceSpecification),
              data: overlays.ecasUrl,
            },
          }
        : {}),
    },
    ...(initial.projection === 'globe' ? { projection: { type: 'globe' } } : {}),
    layers: style.layers.map((layer) => {
      const shown = visibility.get(layer.id);
      const text = textFields[layer.id];
      const layout = {
        ...layer.layout,
        ...(shown && layer.type !== 'background' ? { visibility: shown } : {}),
        ...(text && layer.type === 'symbol' ? { 'text-field': text } : {}),
      };
      return shown || text ? ({ ...layer, layout } as typeof layer) : layer;
    }),
  };
}
