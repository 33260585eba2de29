import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { FeatureCollection, LineString, Point } from 'geojson';
import { describe, expect, it } from 'vitest';
import { LAYER_IDS } from '../src/content/ids';
import { parseRoutes, portsForMap, toMapData, type MapInputs } from '../src/lib/map-data';
import { DEFAULT_STATE } from '../src/lib/url/state';
import { initialAppState } from '../src/state/app-state';
import { mapDataSelector } from '../src/state/map-data';
import { repoRoot } from './geojson';

const REGION_IDS = [
  'RU-AMU',
  'RU-BU',
  'RU-CHU',
  'RU-KAM',
  'RU-KHA',
  'RU-MAG',
  'RU-PRI',
  'RU-SA',
  'RU-SAK',
  'RU-YEV',
  'RU-ZAB',
];
const state = (url: Partial<MapInputs['url']> = {}): MapInputs => ({
  url: { ...DEFAULT_STATE, ...url },
  hoverRegion: null,
  selectedRegion: null,
  routes: [],
  ships: [],
});
const read = <T>(path: string) => JSON.parse(readFileSync(resolve(repoRoot, path), 'utf8')) as T;

describe('toMapData', () => {
  it('shows the preset layers when the link names none', () => {
    const data = toMapData(state({ view: 'comparison' }), REGION_IDS);
    expect(LAYER_IDS.filter((id) => data.layers[id])).toEqual(['corridor', 'comparison', 'ports']);
    expect(data.highlightRegions).toEqual([]);
  });

  it('follows layers= over the preset, and hides everything for an empty list', () => {
    expect(toMapData(state({ layers: ['variant'] }), REGION_IDS).layers.variant).toBe(true);
    const none = toMapData(state({ layers: [] }), REGION_IDS);
    expect(LAYER_IDS.some((id) => none.layers[id])).toBe(false);
  });

  it('highlights all 11 regions for the Vibrant Gujarat claim, and shows the regions layer', () => {
    const data = toMapData(state({ view: 'comparison', claim: 'vibrant-gujarat' }), REGION_IDS);
    expect(data.highlightRegions).toEqual([...REGION_IDS].sort());
    expect(data.layers.regions).toBe(true);
  });

  it('draws the corridor for the sea-route claim even when its layer is off', () => {
    const data = toMapData(state({ layers: [], claim: 'chennai-vladivostok' }), REGION_IDS);
    expect(data.layers.corridor).toBe(true);
    expect(data.layers.comparison).toBe(false);
  });

  it('restores the map when the claim is closed', () => {
    const data = toMapData(state({ layers: [], claim: null }), REGION_IDS);
    expect(data.highlightRegions).toEqual([]);
    expect(data.layers.corridor).toBe(false);
  });
});

describe('route and port data for the map', () => {
  const routes = read<FeatureCollection<LineString>>('geo/routes.geojson');

  it('parses the three routes of geo/routes.geojson with their numbers', () => {
    const parsed = parseRoutes(routes);
    expect(parsed.corridor.origin).toBe('chennai');
    expect(parsed.corridor.destination).toBe('vladivostok');
    expect(parsed.comparison.passages).toContain('suez');
    expect(parsed.variant.km).toBeGreaterThan(parsed.corridor.km);
  });

  it('rejects a routes file that lacks a route or its length', () => {
    const withoutVariant = {
      ...routes,
      features: routes.features.filter((f) => f.properties?.id !== 'variant'),
    };
    expect(() => parseRoutes(withoutVariant)).toThrow(/variant/);
    const broken = {
      ...routes,
      features: routes.features.map((f) => ({ ...f, properties: { ...f.properties, km: 'far' } })),
    };
    expect(() => parseRoutes(broken)).toThrow(/km/);
  });

  it('marks the routes’ end ports as lead ports, shown at every zoom', () => {
    const ports = portsForMap(
      read<FeatureCollection<Point>>('geo/ports.geojson'),
      new Set(['chennai']),
    );
    const chennai = ports.features.find((f) => f.properties?.id === 'chennai')!;
    const busan = ports.features.find((f) => f.properties?.id === 'busan')!;
    // The label's side from the data build travels with the port (issue #26).
    expect(chennai.properties).toMatchObject({ lead: true, minzoom: 0, anchor: 'left' });
    expect(busan.properties).toMatchObject({ lead: false });
    expect(busan.properties!.minzoom).toBeGreaterThan(0);
  });
});

describe('computed routes', () => {
  it('pass through toMapData as the same array, so the map redraws them only when they change', () => {
    const routes = [
      {
        id: 'planned',
        feature: {
          type: 'Feature' as const,
          properties: {},
          geometry: {
            type: 'LineString' as const,
            coordinates: [
              [80, 13],
              [90, 10],
            ],
          },
        },
        label: 'A → B',
      },
    ];
    expect(toMapData({ ...state(), routes }, REGION_IDS).routes).toBe(routes);
  });
});

describe('mapDataSelector (issue #27: derived once per state change, shared)', () => {
  it('answers the same object for the same state, and recomputes for a new one', () => {
    const select = mapDataSelector(REGION_IDS);
    const first = initialAppState();
    const a = select(first);
    expect(select(first)).toBe(a);
    expect(a).toEqual(toMapData(first, REGION_IDS));
    const next = initialAppState({ ...DEFAULT_STATE, claim: 'relos' });
    const b = select(next);
    expect(b).not.toBe(a);
    expect(b).toEqual(toMapData(next, REGION_IDS));
  });
});
