/** Source and layer ids of the map style: one place, so the map, UI and tests agree. */
import type { LayerId } from '../../content/ids';

export const SOURCES = {
  /**
   * The whole basemap in one source (geo/basemap/basemap.geojson): land polygons, coastlines and
   * borders, country, sea and city label points, told apart by `layer`.
   */
  basemap: 'basemap',
} as const;
export type SourceId = (typeof SOURCES)[keyof typeof SOURCES];

export const LAYERS = {
  background: 'ocean',
  land: 'land',
  coastline: 'coastline',
  borders: 'borders',
  seaLabels: 'sea-labels',
  countryLabels: 'country-labels',
  cityDots: 'city-dots',
  cityLabels: 'city-labels',
} as const;

/** Label text uses fonts the app ships (see src/ui/fonts.css); names carry the weight. */
export const FONTS = {
  regular: ['Noto Sans Regular'],
  semibold: ['Noto Sans Semibold'],
  italic: ['Noto Sans Italic'],
} as const;

/** Colours of the atlas's own layers: the corridor leads, everything else steps back. */
export const OVERLAY_COLOURS = {
  corridor: '#d9480f',
  comparison: '#4c5f8a',
  variant: '#7048a8',
  planned: '#0b7285',
  region: '#9c36b5',
  regionLine: '#862e9c',
  port: '#1f2a33',
  chokepoint: '#a61e4d',
  /** The World Port Index's ports: a quieter slate than the atlas's own ports. */
  worldPort: '#52606d',
  /** The Emission Control Areas: a quiet green, under everything else. */
  eca: '#2b8a3e',
} as const;

export const OVERLAY_SOURCES = {
  /** The three routes of geo/routes.geojson, and the planner's route (id `planned`) when set. */
  routes: 'routes',
  regions: 'regions',
  /** The Emission Control Areas: empty until the layer is first shown (geo/ecas.geojson). */
  ecas: 'ecas',
  /** Ports, chokepoints and region labels, told apart by `layer`. */
  points: 'atlas-points',
  /** The animated voyage's ships (the tour). */
  ships: 'ships',
  /** Every World Port Index port (empty until the catalogue is fetched, src/app/world-ports.ts). */
  worldPorts: 'world-ports',
} as const;

/** The feature id of the planner's route in the routes source. */
export const PLANNED_ROUTE_ID = 'planned';

/**
 * Colours of the routes pinned in the planner (issue #17), in pin order: blue, bluish green and
 * reddish purple of Okabe and Ito's colour-universal palette ("Color Universal Design", 2008),
 * told apart with every common colour-vision deficiency and unlike the corridor's vermilion.
 * Each line also carries its number, so the legend still reads in greyscale print.
 */
export const PIN_COLOURS = ['#0072B2', '#009E73', '#CC79A7'] as const;

/** What a pinned route's feature id starts with; the rest is its number. */
export const PIN_ID_PREFIX = 'pin-';

/** The feature id of pinned route `index` (0-based) in the routes source: pin-1, pin-2, pin-3. */
export const pinRouteId = (index: number): string => `${PIN_ID_PREFIX}${index + 1}`;

/** Every pinned route's feature id, in pin order. */
export const PIN_ROUTE_IDS: readonly string[] = PIN_COLOURS.map((_, i) => pinRouteId(i));

export const OVERLAY_LAYERS = {
  ecaFill: 'ecas-fill',
  ecaLine: 'ecas-line',
  regionFill: 'regions-fill',
  regionLine: 'regions-line',
  comparison: 'route-comparison',
  variant: 'route-variant',
  planned: 'route-planned',
  plannedCasing: 'route-planned-casing',
  pinsCasing: 'route-pins-casing',
  /** The pinned routes: one layer, coloured by pin. */
  pins: 'route-pins',
  pinNumbers: 'route-pin-numbers',
  corridorCasing: 'route-corridor-casing',
  corridor: 'route-corridor',
  corridorArrows: 'route-corridor-arrows',
  regionLabels: 'region-labels',
  chokepointLabels: 'chokepoint-labels',
  /** Ports and chokepoints: one circle layer. */
  dots: 'atlas-dots',
  portLabels: 'port-labels',
  ships: 'ships',
  worldPortDots: 'world-port-dots',
  worldPortLabels: 'world-port-labels',
} as const;
export type OverlayLayerId = (typeof OVERLAY_LAYERS)[keyof typeof OVERLAY_LAYERS];

/** The style layers behind each layer a user can switch (claims are HTML markers, not layers). */
export const LAYER_GROUPS: Record<LayerId, readonly OverlayLayerId[]> = {
  corridor: [OVERLAY_LAYERS.corridorCasing, OVERLAY_LAYERS.corridor, OVERLAY_LAYERS.corridorArrows],
  comparison: [OVERLAY_LAYERS.comparison],
  variant: [OVERLAY_LAYERS.variant],
  regions: [OVERLAY_LAYERS.regionFill, OVERLAY_LAYERS.regionLine, OVERLAY_LAYERS.regionLabels],
  ports: [OVERLAY_LAYERS.dots, OVERLAY_LAYERS.portLabels, OVERLAY_LAYERS.chokepointLabels],
  claims: [],
  'world-ports': [OVERLAY_LAYERS.worldPortDots, OVERLAY_LAYERS.worldPortLabels],
  ecas: [OVERLAY_LAYERS.ecaFill, OVERLAY_LAYERS.ecaLine],
};

/**
 * Where a lazily loaded layer's data is, in its first style layer's `metadata`: the map sets it
 * on the source the first time the layer is shown (the opening view never fetches it).
 */
export const LAZY_DATA_KEY = 'atlas:data';

/** The map image of the ship sailing each route (drawn by src/map/ship-images.ts). */
export const SHIP_IMAGES = { corridor: 'ship-corridor', comparison: 'ship-comparison' } as const;
