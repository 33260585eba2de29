/**
 * The World Port Index on the map (lib/style/world-ports.ts, issue #28): sizes appear in order as
 * the reader zooms in, never at the opening view's zoom, and the map's copy of the catalogue
 * carries only what its layers read.
 */
import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DEFAULT_STATE } from '../src/lib/url/state';
import { toMapData } from '../src/lib/map-data';
import { parsePorts, PORT_SIZES } from '../src/lib/routing/ports';
import {
  LAYER_GROUPS,
  makeStyle,
  OVERLAY_LAYERS,
  OVERLAY_SOURCES,
  worldPortFeatures,
} from '../src/lib/style';
import { WORLD_PORT_ZOOMS } from '../src/lib/style/world-ports';
import { WORLD_PORTS_PATH } from '../scripts/lib/load-network';

const world = parsePorts(JSON.parse(readFileSync(WORLD_PORTS_PATH, 'utf8')));

describe('the world ports layer', () => {
  it('shows larger harbours first: each size from a later zoom, its names later still', () => {
    const zooms = PORT_SIZES.map((s) => WORLD_PORT_ZOOMS[s]);
    for (let i = 1; i < zooms.length; i++) {
      expect(zooms[i]!.dots).toBeGreaterThan(zooms[i - 1]!.dots);
      expect(zooms[i]!.radius).toBeLessThan(zooms[i - 1]!.radius);
    }
    for (const z of zooms) expect(z.labels).toBeGreaterThan(z.dots);
    // The opening view is at zoom 1.9 on a desktop (npm run bench -- load prints its camera), and
    // less on a phone: no port of the layer may draw there even when it is switched on.
    expect(Math.min(...zooms.map((z) => z.dots))).toBeGreaterThanOrEqual(3);
  });

  it('gives every port a dot and the zooms of its size (no size: the very small ones)', () => {
    const fc = worldPortFeatures(world);
    expect(fc.features).toHaveLength(world.length);
    const santos = fc.features.find((f) => f.properties?.id === 'brssz');
    expect(santos?.properties).toEqual({
      id: 'brssz',
      name: 'Santos',
      dots: 3,
      labels: 4,
      radius: 4,
    });
    const unsized = world.findIndex((p) => p.size === undefined);
    expect(fc.features[unsized]!.properties?.dots).toBe(WORLD_PORT_ZOOMS['very-small'].dots);
  });

  it('is off in the opening view, its source empty until the catalogue arrives', () => {
    const initial = toMapData(
      {
        url: DEFAULT_STATE,
        hoverRegion: null,
        selectedRegion: null,
        routes: [],
        ships: [],
      },
      [],
    );
    expect(initial.layers['world-ports']).toBe(false);
    expect(initial.worldPorts).toBeNull();
    const style = makeStyle({
      basemap: { basemap: 'https://atlas.test/basemap.geojson' },
      overlays: {
        routes: { type: 'FeatureCollection', features: [] },
        ports: { type: 'FeatureCollection', features: [] },
        chokepoints: { type: 'FeatureCollection', features: [] },
        regionsUrl: 'https://atlas.test/regions.geojson',
        ecasUrl: 'https://atlas.test/ecas.geojson',
        regionLabels: { type: 'FeatureCollection', features: [] },
      },
      initial,
    });
    expect(validateStyleMin(style as never)).toEqual([]);
    for (const id of LAYER_GROUPS['world-ports']) {
      expect(style.layers.find((l) => l.id === id)?.layout).toMatchObject({ visibility: 'none' });
    }
    const source = style.sources[OVERLAY_SOURCES.worldPorts] as { data: { features: unknown[] } };
    expect(source.data.features).toEqual([]);
    expect(LAYER_GROUPS['world-ports']).toContain(OVERLAY_LAYERS.worldPortDots);
  });
});
