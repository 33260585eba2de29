/**
 * The Emission Control Areas' map layer (issue #32): off by default, its data (geo/ecas.geojson,
 * 189 KB) out of the opening view's style and set by the map when the layer is first shown, in
 * the legend when shown, drawn from every area of the file.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { GeoJSONSourceSpecification } from '@maplibre/maplibre-gl-style-spec';
import { describe, expect, it } from 'vitest';
import { ECA_IDS } from '../src/content/ecas';
import { PRESETS } from '../src/content/presets';
import { TOUR_STEPS } from '../src/content/tour';
import { legendEntries } from '../src/lib/export/legend';
import { parseRoutes, portsForMap, toMapData } from '../src/lib/map-data';
import {
  LAZY_DATA_KEY,
  makeStyle,
  OVERLAY_COLOURS,
  OVERLAY_LAYERS,
  OVERLAY_SOURCES,
  SOURCES,
} from '../src/lib/style';
import { shownLayers } from '../src/lib/url/navigation';
import { DEFAULT_STATE, type UrlState } from '../src/lib/url/state';
import { repoRoot } from './geojson';

const read = (path: string) => JSON.parse(readFileSync(resolve(repoRoot, path), 'utf8'));
const ECAS_URL = 'https://atlas.test/ecas.geojson';
const overlays = {
  routes: read('geo/routes.geojson'),
  ports: portsForMap(read('geo/ports.geojson'), new Set(['chennai'])),
  chokepoints: read('geo/chokepoints.geojson'),
  regionsUrl: 'https://atlas.test/regions.geojson',
  ecasUrl: ECAS_URL,
  regionLabels: read('geo/far-east-labels.geojson'),
};
const basemap = Object.fromEntries(
  Object.values(SOURCES).map((id) => [id, `https://atlas.test/${id}.geojson`]),
) as Parameters<typeof makeStyle>[0]['basemap'];
const mapData = (url: Partial<UrlState>) =>
  toMapData(
    {
      url: { ...DEFAULT_STATE, ...url },
      hoverRegion: null,
      selectedRegion: null,
      routes: [],
      ships: [],
    },
    [],
  );
const styleFor = (url: Partial<UrlState>) =>
  makeStyle({ basemap, overlays, initial: mapData(url) });
const ecaSource = (url: Partial<UrlState>) =>
  styleFor(url).sources[OVERLAY_SOURCES.ecas] as GeoJSONSourceSpecification;

describe('the ECA layer', () => {
  it('is off in every preset and tour step, so the opening view never shows it', () => {
    expect(shownLayers(DEFAULT_STATE)).not.toContain('ecas');
    for (const preset of Object.values(PRESETS)) expect(preset.layers).not.toContain('ecas');
    for (const step of TOUR_STEPS) expect(step.layers).not.toContain('ecas');
  });

  it('keeps the file out of the opening style, and names it for the map to load when shown', () => {
    expect(ecaSource({}).data).toEqual({ type: 'FeatureCollection', features: [] });
    const fill = styleFor({}).layers.find((l) => l.id === OVERLAY_LAYERS.ecaFill);
    expect(fill?.metadata).toEqual({ [LAZY_DATA_KEY]: ECAS_URL });
    expect(JSON.stringify(styleFor({}).sources)).not.toContain(ECAS_URL);
  });

  it('loads the file at once for a link that opens with the layer shown', () => {
    expect(ecaSource({ layers: ['corridor', 'ecas'] }).data).toBe(ECAS_URL);
  });

  it('is in the legend when shown, in the map colour', () => {
    const entry = legendEntries(mapData({ layers: ['ecas'] }));
    expect(entry).toEqual([
      { label: 'Emission Control Areas', swatch: { kind: 'fill', colour: OVERLAY_COLOURS.eca } },
    ]);
    expect(legendEntries(mapData({ layers: ['corridor'] })).map((e) => e.label)).not.toContain(
      'Emission Control Areas',
    );
  });

  it('draws every area of the catalogue, each keyed by the id its card reads', () => {
    const ids = read('geo/ecas.geojson').features.map(
      (f: { properties: { id: string } }) => f.properties.id,
    );
    expect(ids).toEqual([...ECA_IDS]);
    expect(ecaSource({}).promoteId).toBe('id');
  });
});

describe('the atlas routes’ ECA km (geo/routes.geojson)', () => {
  const fc = read('geo/routes.geojson');
  it('are read with the routes: none on the corridor, three areas on the Suez route', () => {
    const routes = parseRoutes(fc);
    expect(routes.corridor.ecaKm).toBe(0);
    expect(routes.variant.ecas).toEqual([]);
    expect(routes.comparison.ecas.map((e) => e.id)).toEqual([
      'baltic-sea',
      'north-sea',
      'mediterranean',
    ]);
    const sum = routes.comparison.ecas.reduce((s, e) => s + e.km, 0);
    expect(sum).toBeCloseTo(routes.comparison.ecaKm, 0);
  });
  it('refuse a file whose ECA km do not add up or pass the route’s length', () => {
    const damaged = (change: Record<string, unknown>) => ({
      ...fc,
      features: fc.features.map((f: { properties: { id: string } }) =>
        f.properties.id === 'comparison' ? { ...f, properties: { ...f.properties, ...change } } : f,
      ),
    });
    expect(() => parseRoutes(damaged({ ecaKm: 99999 }))).toThrow('no valid ECA km');
    expect(() => parseRoutes(damaged({ ecaKm: 100 }))).toThrow('no valid ECA km');
    expect(() => parseRoutes(damaged({ ecaKm: 'x' }))).toThrow('no valid ECA km');
  });
});
