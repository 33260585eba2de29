import { readFileSync } from 'node:fs';
import { check } from '@placemarkio/check-geojson';
import type { FeatureCollection } from 'geojson';
import { describe, expect, it } from 'vitest';
import { DATA_SOURCES, type DataSource } from '../../src/content/sources';
import { licenceText, routesAndRegionsGeoJSON } from '../../src/lib/export/data-package';

function geo(name: string): FeatureCollection {
  return JSON.parse(
    readFileSync(new URL(`../../geo/${name}`, import.meta.url), 'utf8'),
  ) as FeatureCollection;
}
const routes = geo('routes.geojson');
const regions = geo('far-east-regions.geojson');
const pkg = routesAndRegionsGeoJSON({ routes, regions, sources: DATA_SOURCES });
const text = JSON.stringify(pkg);

describe('routesAndRegionsGeoJSON', () => {
  it('is valid RFC 7946 GeoJSON', () => {
    expect(() => check(text)).not.toThrow();
    expect(pkg.type).toBe('FeatureCollection');
  });

  it('holds the three routes, then the 11 regions, with their ids and properties', () => {
    expect(pkg.features.map((f) => f.properties?.id)).toEqual([
      'corridor',
      'comparison',
      'variant',
      ...regions.features.map((f) => f.properties?.id),
    ]);
    expect(pkg.features).toHaveLength(14);
    // Exactly the map's features: same properties, same coordinates, nothing added.
    expect(pkg.features).toEqual([...routes.features, ...regions.features]);
    expect(JSON.parse(text).features).toEqual([...routes.features, ...regions.features]);
  });

  it('states each part’s sources and licences beside the features, not in a geometry', () => {
    const parsed = JSON.parse(text) as Record<string, unknown>;
    expect(parsed.licence).toContain('European Union Public Licence (EUPL) 1.2');
    expect(parsed.licence).toContain('Open Database License (ODbL) 1.0');
    expect(parsed.attribution).toContain('© OpenStreetMap contributors, GIS-Lab (ODbL 1.0)');
    expect(parsed.attribution).toContain('Eurostat SeaRoute (EUPL-1.2)');
    const datasets = parsed.datasets as {
      title: string;
      featureIds: string[];
      licence: string;
      sources: { name: string; licence: string; url: string }[];
    }[];
    expect(datasets.map((d) => d.featureIds)).toEqual([
      ['corridor', 'comparison', 'variant'],
      regions.features.map((f) => f.properties?.id),
    ]);
    expect(datasets[0]!.sources.map((s) => s.url)).toContain(
      'https://github.com/eurostat/searoute',
    );
    expect(datasets[1]!.sources).toEqual([
      {
        name: DATA_SOURCES.find((s) => s.id === 'far-east-regions')!.name,
        licence: 'Open Database License (ODbL) 1.0',
        url: 'https://www.openstreetmap.org/copyright',
      },
    ]);
    for (const f of pkg.features)
      expect(Object.keys(f.geometry ?? {})).toEqual(['type', 'coordinates']);
  });

  it('fails loudly when a source it names is missing from the catalogue', () => {
    const without = DATA_SOURCES.filter((s) => s.id !== 'far-east-regions');
    expect(() => routesAndRegionsGeoJSON({ routes, regions, sources: without })).toThrow(
      /far-east-regions/,
    );
  });
});

describe('licenceText', () => {
  it('names every source with its licence', () => {
    expect(licenceText(DATA_SOURCES)).toBe(
      'Sources: Natural Earth (public domain) · Noto Sans (SIL OFL 1.1) · ' +
        '© OpenStreetMap contributors, GIS-Lab (ODbL 1.0) · Eurostat SeaRoute (EUPL-1.2) · ' +
        'NGA World Port Index (US government work, public domain) · Ports: searoute-py (MIT)',
    );
  });

  it('writes a licence in the reader’s language when given one', () => {
    const nga = DATA_SOURCES.filter((s) => s.id === 'nga-wpi');
    expect(
      licenceText(nga, {
        attribution: (s) => s.attribution,
        licence: () => 'общественное достояние',
        line: (list) => list,
      }),
    ).toBe('NGA World Port Index (общественное достояние)');
    expect(licenceText(nga)).toBe(
      'Sources: NGA World Port Index (US government work, public domain)',
    );
  });

  it('adds the licence to an attribution that lacks it', () => {
    const source: DataSource = {
      id: 'x',
      name: 'X',
      use: 'x',
      licence: 'Creative Commons Attribution 4.0',
      attribution: '© Someone',
      url: 'https://example.org/',
      onMap: true,
    };
    expect(licenceText([source])).toBe('Sources: © Someone (Creative Commons Attribution 4.0)');
  });
});
