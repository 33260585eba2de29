/**
 * The overlay layers: areas and routes between the basemap's lines and its labels, then labels
 * and points above everything. Their data is in sources.ts.
 */
import type {
  ExpressionSpecification,
  FilterSpecification,
  LayerSpecification,
} from '@maplibre/maplibre-gl-style-spec';
import {
  FONTS,
  OVERLAY_COLOURS,
  OVERLAY_LAYERS,
  OVERLAY_SOURCES,
  PIN_COLOURS,
  PLANNED_ROUTE_ID,
  PIN_ID_PREFIX,
  PIN_ROUTE_IDS,
  SHIP_IMAGES,
} from './ids';
import {
  anchorValue,
  CHOKEPOINT_LABEL,
  LEAD_PORT_LABEL,
  PORT_LABEL,
  sizeValue,
} from './point-labels';
import { byZoom, circlePaint, fillPaint, linePaint } from './paint';
import { ecaLayers } from './eca-layers';
import type { PointLayer } from './sources';

const isPoint = (layer: PointLayer): ExpressionSpecification => ['==', ['get', 'layer'], layer];
const routeIs = (id: string): FilterSpecification => ['==', ['get', 'id'], id];
/** A lead port's value, or another port's (the `lead` flag: portsForMap in lib/map-data.ts). */
const leadOr = (lead: unknown, other: unknown) =>
  ['case', ['get', 'lead'], lead, other] as ExpressionSpecification;
const isPin: FilterSpecification = ['in', ['get', 'id'], ['literal', [...PIN_ROUTE_IDS]]];
// The one cast where the typed style ends: a `match` whose arms are built from a list at run time.
// The spec types `match` as a tuple of fixed shape, which a spread of arms cannot satisfy.
const pinColour: ExpressionSpecification = [
  'match',
  ['get', 'id'],
  ...PIN_ROUTE_IDS.flatMap((id, i) => [id, PIN_COLOURS[i]!]),
  PIN_COLOURS[0],
] as unknown as ExpressionSpecification;
const halo = { 'text-halo-color': 'rgba(255,255,255,0.9)', 'text-halo-width': 1.4 } as const;
const hovered: ExpressionSpecification = ['boolean', ['feature-state', 'hover'], false];
const highlighted: ExpressionSpecification = ['boolean', ['feature-state', 'highlight'], false];
const selected: ExpressionSpecification = ['boolean', ['feature-state', 'selected'], false];

/** Layers drawn between the basemap's lines and its labels: areas and routes. */
export function makeOverlayLineLayers(ecasUrl = ''): LayerSpecification[] {
  return [
    // The ECAs first, under everything.
    ...ecaLayers(ecasUrl),
    {
      id: OVERLAY_LAYERS.regionFill,
      type: 'fill',
      source: OVERLAY_SOURCES.regions,
      paint: fillPaint({
        colour: OVERLAY_COLOURS.region,
        opacity: ['case', selected, 0.45, hovered, 0.4, highlighted, 0.24, 0.1],
      }),
    },
    {
      id: OVERLAY_LAYERS.regionLine,
      type: 'line',
      source: OVERLAY_SOURCES.regions,
      layout: { 'line-join': 'round' },
      paint: linePaint({
        colour: OVERLAY_COLOURS.regionLine,
        width: byZoom(['case', selected, 3, hovered, 2.4, highlighted, 1.4, 0.8]),
        opacity: 0.8,
      }),
    },
    {
      id: OVERLAY_LAYERS.comparison,
      type: 'line',
      source: OVERLAY_SOURCES.routes,
      filter: routeIs('comparison'),
      layout: { 'line-join': 'round', 'line-cap': 'round' },
      paint: linePaint({
        colour: OVERLAY_COLOURS.comparison,
        width: byZoom(1.6, 3),
        opacity: 0.85,
        dash: [2, 1.5],
      }),
    },
    {
      id: OVERLAY_LAYERS.variant,
      type: 'line',
      source: OVERLAY_SOURCES.routes,
      filter: routeIs('variant'),
      layout: { 'line-join': 'round', 'line-cap': 'round' },
      paint: linePaint({ colour: OVERLAY_COLOURS.variant, width: byZoom(1.6, 3), dash: [1, 1.5] }),
    },
    {
      id: OVERLAY_LAYERS.corridorCasing,
      type: 'line',
      source: OVERLAY_SOURCES.routes,
      filter: routeIs('corridor'),
      layout: { 'line-join': 'round', 'line-cap': 'round' },
      paint: linePaint({ colour: '#ffffff', width: byZoom(5, 9), opacity: 0.9 }),
    },
    {
      id: OVERLAY_LAYERS.corridor,
      type: 'line',
      source: OVERLAY_SOURCES.routes,
      filter: routeIs('corridor'),
      layout: { 'line-join': 'round', 'line-cap': 'round' },
      paint: linePaint({ colour: OVERLAY_COLOURS.corridor, width: byZoom(3, 5.5) }),
    },
    {
      // Direction arrows along the corridor, drawn with a glyph of the shipped font (no sprite).
      id: OVERLAY_LAYERS.corridorArrows,
      type: 'symbol',
      source: OVERLAY_SOURCES.routes,
      filter: routeIs('corridor'),
      layout: {
        'symbol-placement': 'line',
        'symbol-spacing': 90,
        'text-field': '›',
        'text-font': [...FONTS.semibold],
        'text-size': ['interpolate', ['linear'], ['zoom'], 1, 16, 6, 24],
        'text-keep-upright': false,
        'text-allow-overlap': true,
        'text-ignore-placement': true,
        'text-offset': [0, -0.08],
      },
      paint: { 'text-color': '#ffffff' },
    },
    // The planner's route last: a planned route along the corridor must not hide under it.
    {
      id: OVERLAY_LAYERS.plannedCasing,
      type: 'line',
      source: OVERLAY_SOURCES.routes,
      filter: routeIs(PLANNED_ROUTE_ID),
      layout: { 'line-join': 'round', 'line-cap': 'round' },
      paint: linePaint({ colour: '#ffffff', width: byZoom(4, 7) }),
    },
    {
      id: OVERLAY_LAYERS.planned,
      type: 'line',
      source: OVERLAY_SOURCES.routes,
      filter: routeIs(PLANNED_ROUTE_ID),
      layout: { 'line-join': 'round', 'line-cap': 'round' },
      paint: linePaint({ colour: OVERLAY_COLOURS.planned, width: byZoom(2.2, 4) }),
    },
    // Pinned routes above the planned one (which is often one of them): one layer for all three,
    // so three pins cost the map what one does.
    {
      id: OVERLAY_LAYERS.pinsCasing,
      type: 'line',
      source: OVERLAY_SOURCES.routes,
      filter: isPin,
      layout: { 'line-join': 'round', 'line-cap': 'round' },
      paint: linePaint({ colour: '#ffffff', width: byZoom(4, 7) }),
    },
    {
      id: OVERLAY_LAYERS.pins,
      type: 'line',
      source: OVERLAY_SOURCES.routes,
      filter: isPin,
      layout: { 'line-join': 'round', 'line-cap': 'round' },
      paint: linePaint({ colour: pinColour, width: byZoom(2.2, 4) }),
    },
    {
      // Each pin's number along its line, for readers who cannot tell the colours apart.
      id: OVERLAY_LAYERS.pinNumbers,
      type: 'symbol',
      source: OVERLAY_SOURCES.routes,
      filter: isPin,
      layout: {
        'symbol-placement': 'line',
        'symbol-spacing': 240,
        'text-field': ['slice', ['get', 'id'], PIN_ID_PREFIX.length],
        'text-font': [...FONTS.semibold],
        'text-size': 14,
        'text-rotation-alignment': 'viewport',
        'text-allow-overlap': false,
      },
      paint: { 'text-color': pinColour, 'text-halo-color': '#ffffff', 'text-halo-width': 2.2 },
    },
  ];
}

/** Labels and points drawn above everything else, so they win label collisions. */
export function makeOverlayLabelLayers(): LayerSpecification[] {
  return [
    {
      id: OVERLAY_LAYERS.regionLabels,
      type: 'symbol',
      source: OVERLAY_SOURCES.points,
      filter: isPoint('region'),
      minzoom: 2.5,
      layout: {
        'text-field': ['get', 'name_en'],
        'text-font': [...FONTS.semibold],
        'text-size': ['interpolate', ['linear'], ['zoom'], 2.5, 10, 6, 13],
        'text-max-width': 7,
        'text-letter-spacing': 0.04,
      },
      paint: { 'text-color': OVERLAY_COLOURS.regionLine, ...halo },
    },
    {
      id: OVERLAY_LAYERS.chokepointLabels,
      type: 'symbol',
      source: OVERLAY_SOURCES.points,
      filter: isPoint('chokepoint'),
      minzoom: CHOKEPOINT_LABEL.minzoom,
      layout: {
        'text-field': ['get', 'name'],
        'text-font': [...FONTS.italic],
        'text-size': sizeValue(CHOKEPOINT_LABEL),
        'text-anchor': anchorValue(CHOKEPOINT_LABEL),
        'text-radial-offset': CHOKEPOINT_LABEL.offsetEm,
        'text-max-width': 8,
      },
      paint: { 'text-color': OVERLAY_COLOURS.chokepoint, ...halo },
    },
    {
      // Ports and chokepoints in one layer (one draw pass): white-ringed dots for ports, the lead
      // ports larger in the corridor's colour; hollow dots ringed in red for chokepoints.
      id: OVERLAY_LAYERS.dots,
      type: 'circle',
      source: OVERLAY_SOURCES.points,
      filter: [
        'any',
        isPoint('chokepoint'),
        ['all', isPoint('port'), ['<=', ['get', 'minzoom'], ['zoom']]],
      ],
      paint: circlePaint({
        radius: [
          'case',
          isPoint('chokepoint'),
          CHOKEPOINT_LABEL.dot.radius,
          ['get', 'lead'],
          LEAD_PORT_LABEL.dot.radius,
          PORT_LABEL.dot.radius,
        ],
        colour: [
          'case',
          isPoint('chokepoint'),
          '#ffffff',
          ['get', 'lead'],
          OVERLAY_COLOURS.corridor,
          OVERLAY_COLOURS.port,
        ],
        strokeColour: ['case', isPoint('chokepoint'), OVERLAY_COLOURS.chokepoint, '#ffffff'],
        strokeWidth: [
          'case',
          isPoint('chokepoint'),
          CHOKEPOINT_LABEL.dot.stroke,
          ['get', 'lead'],
          LEAD_PORT_LABEL.dot.stroke,
          PORT_LABEL.dot.stroke,
        ],
      }),
    },
    {
      id: OVERLAY_LAYERS.portLabels,
      type: 'symbol',
      source: OVERLAY_SOURCES.points,
      filter: ['all', isPoint('port'), ['<=', ['get', 'minzoom'], ['zoom']]],
      layout: {
        'text-field': ['get', 'name'],
        'text-font': leadOr(['literal', [...FONTS.semibold]], ['literal', [...FONTS.regular]]),
        'text-size': leadOr(sizeValue(LEAD_PORT_LABEL), sizeValue(PORT_LABEL)),
        // Each port's own side, fixed by the data build (point-labels.ts), never above the dot.
        'text-anchor': anchorValue(PORT_LABEL),
        'text-radial-offset': leadOr(LEAD_PORT_LABEL.offsetEm, PORT_LABEL.offsetEm),
        'symbol-sort-key': ['case', ['get', 'lead'], 0, 1],
        'text-max-width': 9,
      },
      paint: { 'text-color': OVERLAY_COLOURS.port, ...halo },
    },
    {
      // Last, above every label: the ships of the tour's voyage, turned to their heading.
      id: OVERLAY_LAYERS.ships,
      type: 'symbol',
      source: OVERLAY_SOURCES.ships,
      layout: {
        'icon-image': [
          'match',
          ['get', 'id'],
          'comparison',
          SHIP_IMAGES.comparison,
          SHIP_IMAGES.corridor,
        ],
        'icon-rotate': ['get', 'heading'],
        'icon-rotation-alignment': 'map',
        'icon-allow-overlap': true,
        'icon-ignore-placement': true,
      },
    },
  ];
}
