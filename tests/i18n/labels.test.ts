/**
 * The map's labels in Hindi and Russian (issue #31): the build's rules (scripts/lib/label-names.ts),
 * the built dictionaries (geo/labels/*.json), and the style that reads them.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import { describe, expect, it } from 'vitest';
import { NAMES_HI } from '../../src/content/i18n/names-hi';
import { NAMES_RU } from '../../src/content/i18n/names-ru';
import { DEFAULT_STATE } from '../../src/lib/url/state';
import { portsForMap, toMapData } from '../../src/lib/map-data';
import { LABEL_KINDS, labelTextFields, type LabelNames } from '../../src/lib/style/labels';
import { LAYERS, makeStyle, OVERLAY_LAYERS, SOURCES } from '../../src/lib/style';
import { cityNames, countryNames, sortedRecord } from '../../scripts/lib/label-names';
import { repoRoot } from '../geojson';

const read = (path: string) => JSON.parse(readFileSync(resolve(repoRoot, path), 'utf8'));
const labels = (locale: 'hi' | 'ru') => read(`geo/labels/${locale}.json`) as LabelNames;

describe('label name rules', () => {
  it('names countries from CLDR by their ISO numeric code, and skips codes without a name', () => {
    const alpha2 = (id: string) => ({ '356': 'IN', '643': 'RU' })[id];
    const names = countryNames(['643', '356', '-99'], 'ru', alpha2);
    expect(names).toEqual({
      '356': new Intl.DisplayNames(['ru'], { type: 'region' }).of('IN'),
      '643': new Intl.DisplayNames(['ru'], { type: 'region' }).of('RU'),
    });
    expect(Object.keys(names)).toEqual(['356', '643']);
  });

  it('joins a basemap city to its Natural Earth place by country and point, keyed name|country', () => {
    const names = cityNames(
      [
        { name: 'Hyderabad', country: 'India', lng: 78.476, lat: 17.4 },
        { name: 'Hyderabad', country: 'Pakistan', lng: 68.374, lat: 25.38 },
        { name: 'Nowhere', country: 'India', lng: 1, lat: 1 },
      ],
      [
        { country: 'Pakistan', lng: 68.37366, lat: 25.38002, nameRu: 'Хайдарабад (Пакистан)' },
        { country: 'India', lng: 78.47598, lat: 17.39999, nameRu: 'Хайдарабад' },
        { country: 'India', lng: 1, lat: 1, nameRu: null },
      ],
    );
    expect(names).toEqual({
      'Hyderabad|India': 'Хайдарабад',
      'Hyderabad|Pakistan': 'Хайдарабад (Пакистан)',
    });
    expect(Object.keys(sortedRecord({ b: '1', a: '2' }))).toEqual(['a', 'b']);
  });
});

describe('the built label names (geo/labels)', () => {
  it.each(['hi', 'ru'] as const)(
    '%s: has every kind, in the language, keyed as the map looks',
    (l) => {
      const names = labels(l);
      expect(names.locale).toBe(l);
      for (const kind of LABEL_KINDS)
        expect(Object.keys(names[kind]).length, kind).toBeGreaterThan(0);
      const script = l === 'hi' ? /[\u0900-\u097f]/ : /[\u0400-\u04ff]/;
      for (const kind of LABEL_KINDS) {
        for (const [key, name] of Object.entries(names[kind])) {
          expect(name, `${kind} ${key}`).toMatch(script);
        }
      }
      expect(names.country['356']).toBe(new Intl.DisplayNames([l], { type: 'region' }).of('IN'));
    },
  );

  it('names the ports, chokepoints, seas and regions as the names catalogues do', () => {
    expect(labels('hi').port).toEqual(sortedRecord(NAMES_HI.ports));
    expect(labels('ru').port).toEqual(sortedRecord(NAMES_RU.ports));
    expect(labels('hi').region).toEqual(sortedRecord(NAMES_HI.regions));
    // Russian regions keep the region data's own names.
    const regions = read('geo/far-east-labels.geojson').features as {
      properties: { id: string; name_ru: string };
    }[];
    for (const r of regions)
      expect(labels('ru').region[r.properties.id]).toBe(r.properties.name_ru);
    expect(labels('ru').city['Vladivostok|Russia']).toBe('Владивосток');
    expect(labels('hi').city['Chennai|India']).toBe('चेन्नई');
  });
});

describe('label layers in a language', () => {
  const urls = Object.fromEntries(
    Object.values(SOURCES).map((id) => [id, `https://atlas.test/${id}.geojson`]),
  ) as Parameters<typeof makeStyle>[0]['basemap'];
  const overlays = {
    routes: read('geo/routes.geojson'),
    ports: portsForMap(read('geo/ports.geojson'), new Set(['chennai'])),
    chokepoints: read('geo/chokepoints.geojson'),
    regionsUrl: 'https://atlas.test/regions.geojson',
    ecasUrl: 'https://atlas.test/ecas.geojson',
    regionLabels: read('geo/far-east-labels.geojson'),
  };
  const base = {
    url: DEFAULT_STATE,
    hoverRegion: null,
    selectedRegion: null,
    routes: [],
    ships: [],
  };

  it('are the English names, unchanged, without a language', () => {
    const fields = labelTextFields(null);
    expect(fields[LAYERS.cityLabels]).toEqual(['get', 'name']);
    expect(fields[OVERLAY_LAYERS.regionLabels]).toEqual(['get', 'name_en']);
  });

  it.each(['hi', 'ru'] as const)(
    '%s: look the name up by key and keep the English one where none is given; valid style',
    (l) => {
      const data = toMapData({ ...base, labels: labels(l) }, []);
      const style = makeStyle({ basemap: urls, overlays, initial: data });
      const field = (id: string) =>
        (style.layers.find((layer) => layer.id === id)?.layout as { 'text-field'?: unknown })[
          'text-field'
        ];
      expect(field(LAYERS.countryLabels)).toEqual([
        'coalesce',
        ['get', ['get', 'id'], ['literal', labels(l).country]],
        ['get', 'name'],
      ]);
      // The point labels keep the side the data build fixed (issue #26) under the language's
      // names: only their text changes.
      for (const id of [
        LAYERS.cityLabels,
        OVERLAY_LAYERS.portLabels,
        OVERLAY_LAYERS.chokepointLabels,
      ]) {
        const layout = style.layers.find((layer) => layer.id === id)?.layout as {
          'text-field'?: unknown;
          'text-anchor'?: unknown;
        };
        expect(JSON.stringify(layout['text-field']), id).toContain('"literal"');
        expect(JSON.stringify(layout['text-anchor']), id).toMatch(
          /^\["coalesce",\["get","anchor"\]/,
        );
      }
      expect(validateStyleMin(style as never)).toEqual([]);
    },
  );
});
