import type {
  ExpressionSpecification,
  FilterSpecification,
  LayerSpecification,
  SourceSpecification,
} from '@maplibre/maplibre-gl-style-spec';
import { byZoom, circlePaint, fillPaint, linePaint } from './paint';
import { FONTS, LAYERS, SOURCES, type SourceId } from './ids';
import { anchorValue, CAPITAL_LABEL, CITY_LABEL, sizeValue } from './point-labels';
import { THIN_TILE_BUFFER } from './sources';
import { PARTNER_COUNTRY_IDS, THEME } from './theme';

/** Where the basemap's GeoJSON files are served from (URLs, resolved by the bundler). */
export type BasemapUrls = Record<SourceId, string>;

/** The embedded basemap's GeoJSON source; nothing is fetched from another origin. */
export function makeBasemapSources(urls: BasemapUrls): Record<SourceId, SourceSpecification> {
  return {
    [SOURCES.basemap]: {
      type: 'geojson',
      data: urls.basemap,
      tolerance: 0.3,
      // Its points need no margin and its lines are hairlines (see THIN_TILE_BUFFER).
      buffer: THIN_TILE_BUFFER,
    },
  };
}

/** The basemap features of one kind (geo/basemap/basemap.geojson tells them apart by `layer`). */
const isLayer = (
  layer: 'land' | 'coastline' | 'border' | 'country' | 'sea' | 'city',
): ExpressionSpecification => ['==', ['get', 'layer'], layer];

const haloText = {
  'text-halo-color': THEME.halo,
  'text-halo-width': 1.2,
  'text-halo-blur': 0.5,
} as const;

/**
 * The basemap layers, bottom to top. `hideSeaNames` drops sea labels that another layer already
 * names (the chokepoint markers label the Strait of Malacca, for instance).
 */
export function makeBasemapLayers(
  hideSeaNames: readonly string[] = [],
  hideCityNames: readonly string[] = [],
): LayerSpecification[] {
  const cityShown: FilterSpecification = [
    'all',
    isLayer('city'),
    ['<=', ['get', 'minzoom'], ['zoom']],
    ['!', ['in', ['get', 'name'], ['literal', [...hideCityNames]]]],
  ];
  return [
    { id: LAYERS.background, type: 'background', paint: { 'background-color': THEME.ocean } },
    {
      // One fill for all land, the two partner countries tinted by a data-driven colour: one
      // layer and one draw pass instead of two. The coastline layer draws the outline, so the
      // fill needs no antialiased edge of its own.
      id: LAYERS.land,
      type: 'fill',
      source: SOURCES.basemap,
      filter: isLayer('land'),
      paint: fillPaint({
        colour: [
          'case',
          ['in', ['get', 'id'], ['literal', [...PARTNER_COUNTRY_IDS]]],
          THEME.partnerLand,
          THEME.land,
        ],
        opacity: 1,
      }),
    },
    {
      id: LAYERS.coastline,
      type: 'line',
      source: SOURCES.basemap,
      filter: isLayer('coastline'),
      // Hairlines: MapLibre's default miter join looks the same at this width, and its fewer
      // vertices make every frame cheaper on a software GPU than round joins (issue #13).
      paint: linePaint({ colour: THEME.coastline, width: byZoom(0.4, 1.1) }),
    },
    {
      id: LAYERS.borders,
      type: 'line',
      source: SOURCES.basemap,
      filter: isLayer('border'),
      paint: linePaint({ colour: THEME.border, width: byZoom(0.4, 1), dash: [3, 2] }),
    },
    {
      id: LAYERS.countryLabels,
      type: 'symbol',
      source: SOURCES.basemap,
      filter: ['all', isLayer('country'), ['<=', ['get', 'minzoom'], ['zoom']]],
      layout: {
        'text-field': ['get', 'name'],
        'text-font': [...FONTS.semibold],
        'text-size': ['interpolate', ['linear'], ['zoom'], 2, 10, 6, 14],
        'text-transform': 'uppercase',
        'text-letter-spacing': 0.12,
        'text-max-width': 8,
        'symbol-sort-key': ['get', 'rank'],
      },
      paint: { 'text-color': THEME.countryLabel, ...haloText },
    },
    {
      id: LAYERS.cityDots,
      type: 'circle',
      source: SOURCES.basemap,
      filter: cityShown,
      paint: circlePaint({
        radius: ['case', ['get', 'capital'], CAPITAL_LABEL.dot.radius, CITY_LABEL.dot.radius],
        colour: THEME.cityDot,
        strokeColour: '#ffffff',
        strokeWidth: ['case', ['get', 'capital'], CAPITAL_LABEL.dot.stroke, CITY_LABEL.dot.stroke],
      }),
    },
    {
      id: LAYERS.cityLabels,
      type: 'symbol',
      source: SOURCES.basemap,
      filter: cityShown,
      layout: {
        'text-field': ['get', 'name'],
        'text-font': [
          'case',
          ['get', 'capital'],
          ['literal', [...FONTS.semibold]],
          ['literal', [...FONTS.regular]],
        ],
        'text-size': sizeValue(CITY_LABEL),
        // Each city's own side, fixed by the data build (labels.ts): the same map on every load.
        'text-anchor': anchorValue(CITY_LABEL),
        'text-radial-offset': CITY_LABEL.offsetEm,
        'text-justify': 'auto',
        'symbol-sort-key': ['get', 'rank'],
      },
      paint: { 'text-color': THEME.cityLabel, ...haloText },
    },
    // Last, so sea names win label collisions: this is a maritime atlas.
    {
      id: LAYERS.seaLabels,
      type: 'symbol',
      source: SOURCES.basemap,
      // NE's min_label is the zoom at which a sea deserves a label (on a 256 px tile scale).
      filter: [
        'all',
        isLayer('sea'),
        ['<=', ['-', ['get', 'minzoom'], 1.5], ['zoom']],
        ['!', ['in', ['get', 'name'], ['literal', [...hideSeaNames]]]],
      ],
      layout: {
        'text-field': ['get', 'name'],
        'text-font': [...FONTS.italic],
        'text-size': ['match', ['get', 'kind'], 'ocean', 15, 'strait', 11, 'channel', 11, 12.5],
        'text-letter-spacing': ['match', ['get', 'kind'], 'ocean', 0.25, 0.08],
        'text-max-width': 7,
        'symbol-sort-key': ['get', 'rank'],
        'text-padding': 4,
      },
      paint: { 'text-color': THEME.seaLabel, ...haloText, 'text-halo-width': 0.8 },
    },
  ];
}
