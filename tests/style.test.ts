import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { LAYER_IDS } from '../src/content/ids';
import { portsForMap, toMapData, type MapInputs } from '../src/lib/map-data';
import { DEFAULT_STATE, type UrlState } from '../src/lib/url/state';
import {
  LAYER_GROUPS,
  LAYERS,
  makeStyle,
  OVERLAY_LAYERS,
  OVERLAY_SOURCES,
  PLANNED_ROUTE_ID,
  SOURCES,
} from '../src/lib/style';
import { repoRoot } from './geojson';

const urls = Object.fromEntries(
  Object.values(SOURCES).map((id) => [id, `https://atlas.test/${id}.geojson`]),
) as Parameters<typeof makeStyle>[0]['basemap'];

const read = (path: string) => JSON.parse(readFileSync(resolve(repoRoot, path), 'utf8'));
const overlays = {
  routes: read('geo/routes.geojson'),
  ports: portsForMap(
    read('geo/ports.geojson'),
    new Set(['chennai', 'vladivostok', 'st-petersburg']),
  ),
  chokepoints: read('geo/chokepoints.geojson'),
  regionsUrl: 'https://atlas.test/regions.geojson',
  ecasUrl: 'https://atlas.test/ecas.geojson',
  regionLabels: read('geo/far-east-labels.geojson'),
};

/** MapLibre's GeoJSON tile margin when a source sets none (style spec, `buffer`). */
const MAPLIBRE_DEFAULT_BUFFER = 128;

/** The largest width a `line-width` value gives, at any zoom, for any feature. */
function widest(value: unknown): number {
  if (typeof value === 'number') return value;
  if (!Array.isArray(value)) return 0;
  // ['interpolate', kind, input, stop, output, stop, output…]: the stops are zooms, not widths.
  const outputs = value[0] === 'interpolate' ? value.slice(4).filter((_, i) => i % 2 === 0) : value;
  return Math.max(0, ...outputs.map(widest));
}

describe('the map style', () => {
  const style = makeStyle({ basemap: urls, overlays });

  it('passes the MapLibre style-spec validator with no errors', () => {
    expect(validateStyleMin(style as never)).toEqual([]);
  });

  it('has no glyphs URL, so labels are drawn locally with the shipped fonts', () => {
    expect(style).not.toHaveProperty('glyphs');
    const fonts = new Set(
      style.layers.flatMap((layer) =>
        layer.type === 'symbol'
          ? ((JSON.stringify(layer.layout?.['text-font']) ?? '').match(/Noto Sans \w+/g) ?? [])
          : [],
      ),
    );
    expect([...fonts].sort()).toEqual([
      'Noto Sans Italic',
      'Noto Sans Regular',
      'Noto Sans Semibold',
    ]);
  });

  it('uses every declared layer id once and references only declared sources', () => {
    const ids = style.layers.map((l) => l.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual(
      expect.arrayContaining([...Object.values(LAYERS), ...Object.values(OVERLAY_LAYERS)]),
    );
    // Every switchable layer's style layers exist.
    for (const group of Object.values(LAYER_GROUPS))
      expect(ids).toEqual(expect.arrayContaining([...group]));
    for (const layer of style.layers) {
      if ('source' in layer) expect(Object.keys(style.sources)).toContain(layer.source);
    }
  });

  it('draws the corridor above the other routes and the atlas labels above the basemap labels', () => {
    const ids = style.layers.map((l) => l.id);
    expect(ids.indexOf(OVERLAY_LAYERS.corridor)).toBeGreaterThan(
      ids.indexOf(OVERLAY_LAYERS.comparison),
    );
    expect(ids.indexOf(OVERLAY_LAYERS.portLabels)).toBeGreaterThan(ids.indexOf(LAYERS.seaLabels));
  });

  it('names a city that is also a lead port once, with the port', () => {
    const cityLabels = style.layers.find((l) => l.id === LAYERS.cityLabels);
    const filter = JSON.stringify(cityLabels && 'filter' in cityLabels ? cityLabels.filter : null);
    expect(filter).toContain('"Chennai"');
    expect(filter).toContain('"St. Petersburg"');
    expect(filter).not.toContain('"Busan"');
  });

  it('bug: labels settled on either side by the order tiles arrived in; each now has one side', () => {
    // MapLibre keeps the first side a variable anchor chose (issue #26): no layer may use one.
    const json = JSON.stringify(style.layers);
    expect(json).not.toContain('text-variable-anchor');
    for (const id of [
      LAYERS.cityLabels,
      OVERLAY_LAYERS.portLabels,
      OVERLAY_LAYERS.chokepointLabels,
    ]) {
      const layer = style.layers.find((l) => l.id === id);
      const layout = layer && 'layout' in layer ? layer.layout : undefined;
      expect(JSON.stringify(layout?.['text-anchor' as keyof typeof layout]), id).toContain(
        '["get","anchor"]',
      );
    }
  });

  it('gives every source a tile margin that holds its widest line, and a thin one where it can', () => {
    const margins = Object.fromEntries(
      Object.entries(style.sources).map(([id, source]) => [
        id,
        (source as { buffer?: number }).buffer ?? MAPLIBRE_DEFAULT_BUFFER,
      ]),
    );
    for (const layer of style.layers) {
      if (layer.type !== 'line') continue;
      // Half the line and a pixel of antialiasing, in screen pixels; a tile pixel is 1–2 of them.
      const reach = widest(layer.paint?.['line-width'] ?? 1) / 2 + 1;
      expect(reach, layer.id).toBeLessThanOrEqual(margins[layer.source]!);
    }
    // The sources of fills, hairlines and points carry no more of their neighbours than that.
    for (const id of [SOURCES.basemap, OVERLAY_SOURCES.regions])
      expect(margins[id], id).toBeLessThanOrEqual(16);
  });

  it('can fail: the validator reports a broken layer', () => {
    const broken = {
      ...style,
      layers: [...style.layers, { id: 'x', type: 'line', source: 'nope' }],
    };
    expect(validateStyleMin(broken as never).length).toBeGreaterThan(0);
  });
});

describe('the style built for a state', () => {
  const regionIds = read('geo/far-east-labels.geojson').features.map(
    (f: { properties: { id: string } }) => f.properties.id,
  );
  const state = (url: Partial<UrlState>, routes: MapInputs['routes'] = []): MapInputs => ({
    url: { ...DEFAULT_STATE, ...url },
    hoverRegion: null,
    selectedRegion: null,
    routes,
    ships: [],
  });
  const visibility = (style: ReturnType<typeof makeStyle>, layer: string) =>
    (style.layers.find((l) => l.id === layer)?.layout as { visibility?: string } | undefined)
      ?.visibility;

  it.each([
    ['the opening view', {}],
    ['the comparison view', { view: 'comparison' }],
    ['every layer off', { layers: [] }],
    ['a claim whose route is off', { layers: ['claims'], claim: 'chennai-vladivostok' }],
    ['the Far East with its claim', { view: 'far-east' }],
  ] as [string, Partial<UrlState>][])(
    'already shows %s as toMapData says, so nothing changes after the load',
    (_, url) => {
      const data = toMapData(state(url), regionIds);
      const style = makeStyle({ basemap: urls, overlays, initial: data });
      for (const id of LAYER_IDS) {
        for (const layer of LAYER_GROUPS[id]) {
          expect(visibility(style, layer), `${id}: ${layer}`).toBe(
            data.layers[id] ? 'visible' : 'none',
          );
        }
      }
      expect(validateStyleMin(style as never)).toEqual([]);
    },
  );

  it('carries the computed routes in the routes source, tagged with their layer ids', () => {
    const feature = {
      type: 'Feature' as const,
      properties: { km: 1 },
      geometry: {
        type: 'LineString' as const,
        coordinates: [
          [80, 13],
          [90, 10],
        ],
      },
    };
    const data = toMapData(
      state({}, [{ id: PLANNED_ROUTE_ID, feature, label: 'A → B' }]),
      regionIds,
    );
    const style = makeStyle({ basemap: urls, overlays, initial: data });
    const source = style.sources[OVERLAY_SOURCES.routes] as { data: { features: unknown[] } };
    expect(source.data.features).toHaveLength(overlays.routes.features.length + 1);
    expect(source.data.features.at(-1)).toMatchObject({
      properties: { id: PLANNED_ROUTE_ID, km: 1 },
    });
  });
});
