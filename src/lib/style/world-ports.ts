/**
 * The World Port Index ports on the map (issue #28): one dot per port, shown by harbour size as
 * the reader zooms in, so the opening view (zoom about 1.9 on a desktop, less on a phone) never
 * shows them, the 174 Large harbours come first and the 2,000-odd very small ones only close up.
 * The layer is off until the reader switches it on; its source is empty until the catalogue has
 * been fetched (src/app/world-ports.ts), then holds just what these layers read.
 */
import type { LayerSpecification } from '@maplibre/maplibre-gl-style-spec';
import type { FeatureCollection, Point } from 'geojson';
import type { Port, PortSize } from '../routing/ports';
import { FONTS, OVERLAY_COLOURS, OVERLAY_LAYERS, OVERLAY_SOURCES } from './ids';

/**
 * The zoom from which each harbour size is drawn, and its dot's radius (px). At zoom 3 a 1280 px
 * map spans about 56° of longitude: the Large harbours are then a few per coastline; each step in
 * (twice the scale) adds the next size. Ports the WPI gives no size count as very small.
 */
export const WORLD_PORT_ZOOMS: Record<PortSize, { dots: number; labels: number; radius: number }> =
  {
    large: { dots: 3, labels: 4, radius: 4 },
    medium: { dots: 4, labels: 5.5, radius: 3.5 },
    small: { dots: 5, labels: 6.5, radius: 3 },
    'very-small': { dots: 6, labels: 7.5, radius: 2.5 },
  };

/** The map's copy of the catalogue: position, id, name and the zooms its size gives. */
export function worldPortFeatures(ports: readonly Port[]): FeatureCollection<Point> {
  return {
    type: 'FeatureCollection',
    features: ports.map((p) => {
      const z = WORLD_PORT_ZOOMS[p.size ?? 'very-small'];
      return {
        type: 'Feature',
        properties: { id: p.id, name: p.name, dots: z.dots, labels: z.labels, radius: z.radius },
        geometry: { type: 'Point', coordinates: [p.coordinates[0], p.coordinates[1]] },
      };
    }),
  };
}

export const NO_WORLD_PORTS: FeatureCollection<Point> = { type: 'FeatureCollection', features: [] };

/** The dots and the names, under the atlas's own ports (which name a port both have). */
export function makeWorldPortLayers(): LayerSpecification[] {
  return [
    {
      id: OVERLAY_LAYERS.worldPortDots,
      type: 'circle',
      source: OVERLAY_SOURCES.worldPorts,
      layout: { visibility: 'none' },
      filter: ['<=', ['get', 'dots'], ['zoom']],
      paint: {
        'circle-radius': ['get', 'radius'],
        'circle-color': '#ffffff',
        'circle-stroke-color': OVERLAY_COLOURS.worldPort,
        'circle-stroke-width': 1.5,
      },
    },
    {
      id: OVERLAY_LAYERS.worldPortLabels,
      type: 'symbol',
      source: OVERLAY_SOURCES.worldPorts,
      layout: {
        visibility: 'none',
        'text-field': ['get', 'name'],
        'text-font': [...FONTS.regular],
        'text-size': 10.5,
        // One side, always (issue #26: a variable anchor keeps whichever side it chose first, so
        // a name's side would depend on the order the tiles came in): right of the dot.
        'text-anchor': 'left',
        'text-offset': [0.6, 0],
        'text-max-width': 8,
        // Larger harbours win a collision: they appear first as the reader zooms in.
        'symbol-sort-key': ['get', 'dots'],
        'text-optional': true,
      },
      filter: ['<=', ['get', 'labels'], ['zoom']],
      paint: {
        'text-color': OVERLAY_COLOURS.worldPort,
        'text-halo-color': 'rgba(255,255,255,0.9)',
        'text-halo-width': 1.2,
      },
    },
  ];
}
