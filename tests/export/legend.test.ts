/** The legend names what the map draws, in the map's colours (exports and embeds draw it). */
import type { Feature, LineString } from 'geojson';
import { describe, expect, it } from 'vitest';
import { CATEGORY_IDS } from '../../src/content/claim-types';
import { CATEGORIES, CLAIMS } from '../../src/content/claims';
import { legendEntries } from '../../src/lib/export/legend';
import { toMapData, type RuntimeRoute } from '../../src/lib/map-data';
import { OVERLAY_COLOURS, PIN_COLOURS, PLANNED_ROUTE_ID, pinRouteId } from '../../src/lib/style';
import { DEFAULT_STATE } from '../../src/lib/url/state';

const line: Feature<LineString> = {
  type: 'Feature',
  properties: {},
  geometry: {
    type: 'LineString',
    coordinates: [
      [80, 13],
      [90, 10],
    ],
  },
};
const route = (id: string, label: string): RuntimeRoute => ({ id, label, feature: line });

const legendFor = (routes: RuntimeRoute[], layers: string[] = ['corridor']) =>
  legendEntries(
    toMapData(
      {
        url: { ...DEFAULT_STATE, layers: layers as never },
        hoverRegion: null,
        selectedRegion: null,
        routes,
        ships: [],
      },
      [],
    ),
  );

describe('legendEntries', () => {
  it('lists the shown layers only', () => {
    expect(legendFor([]).map((e) => e.label)).toEqual(['Chennai–Vladivostok corridor']);
    expect(legendFor([], ['ports']).map((e) => e.label)).toEqual(['Ports', 'Straits and canals']);
  });

  it('numbers each pinned route in its pin colour, and names the planned route', () => {
    const entries = legendFor([
      route(PLANNED_ROUTE_ID, 'Chennai → Busan'),
      route(pinRouteId(0), 'Mumbai → St Petersburg'),
      route(pinRouteId(1), 'Mumbai → St Petersburg, Suez Canal closed'),
      route(pinRouteId(2), 'Murmansk → Vladivostok'),
    ]);
    expect(entries.slice(1).map((e) => [e.label, e.swatch.colour])).toEqual([
      ['Planned route: Chennai → Busan', OVERLAY_COLOURS.planned],
      ['1. Mumbai → St Petersburg', PIN_COLOURS[0]],
      ['2. Mumbai → St Petersburg, Suez Canal closed', PIN_COLOURS[1]],
      ['3. Murmansk → Vladivostok', PIN_COLOURS[2]],
    ]);
  });

  it('lists a planned route that is also pinned once, as its pin', () => {
    const entries = legendFor([
      route(PLANNED_ROUTE_ID, 'Mumbai → St Petersburg'),
      route(pinRouteId(0), 'Mumbai → St Petersburg'),
    ]);
    expect(entries.slice(1).map((e) => e.label)).toEqual(['1. Mumbai → St Petersburg']);
  });

  it('ends with the category of each claim marker shown, as its badge, in legend order', () => {
    // The claims layer: all four categories, after the map's own layers.
    expect(
      legendFor([], ['corridor', 'claims']).map(({ label, swatch }) => [
        label,
        swatch.kind,
        swatch.kind === 'badge' ? swatch.category : undefined,
      ]),
    ).toEqual([
      ['Chennai–Vladivostok corridor', 'line', undefined],
      ['Defence', 'badge', 'defence'],
      ['Connectivity', 'badge', 'connectivity'],
      ['Energy & investment', 'badge', 'energy-investment'],
      ['Diplomacy', 'badge', 'diplomacy'],
    ]);
    expect(legendFor([], ['claims']).map((e) => e.swatch.colour)).toEqual(
      CATEGORY_IDS.map((id) => CATEGORIES[id].colour),
    );
    // With the layer off, an open claim keeps its marker: its category alone.
    const relos = legendEntries(
      toMapData(
        {
          url: { ...DEFAULT_STATE, layers: ['corridor'], claim: 'relos' },
          hoverRegion: null,
          selectedRegion: null,
          routes: [],
          ships: [],
        },
        [],
      ),
    );
    expect(relos.filter((e) => e.swatch.kind === 'badge').map((e) => e.label)).toEqual([
      CATEGORIES[CLAIMS.relos.category].label,
    ]);
    expect(legendFor([], ['corridor']).some((e) => e.swatch.kind === 'badge')).toBe(false);
  });
});
