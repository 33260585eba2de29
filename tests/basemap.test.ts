import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Geometry } from 'geojson';
import { describe, expect, it } from 'vitest';
import { labelSafe, tidySeaName } from '../scripts/lib/labels';
import { positions, readGeo, repoRoot } from './geojson';

const basemap = () => readGeo('basemap/basemap.geojson').features;
const ofLayer = (layer: string) => basemap().filter((f) => f.properties?.layer === layer);

describe('basemap data (geo/basemap/basemap.geojson)', () => {
  it('is valid RFC 7946 GeoJSON with coordinates in range', () => {
    const features = basemap();
    expect(features.length).toBeGreaterThan(0);
    for (const f of features) {
      for (const [lon, lat] of positions(
        (f.geometry as Exclude<Geometry, { type: 'GeometryCollection' }>).coordinates,
      )) {
        // Longitudes up to 195° are the deliberate antimeridian unwrap (geo/README.md).
        expect(lon).toBeGreaterThanOrEqual(-180);
        expect(lon).toBeLessThanOrEqual(195);
        expect(Math.abs(lat!)).toBeLessThanOrEqual(90);
      }
    }
  });

  it('tags every feature with the layer that draws it, and that layer with one geometry type', () => {
    const types: Record<string, string[]> = {
      land: ['Polygon', 'MultiPolygon'],
      coastline: ['MultiLineString'],
      border: ['MultiLineString'],
      country: ['Point'],
      sea: ['Point'],
      city: ['Point'],
    };
    for (const f of basemap()) {
      const layer = String(f.properties?.layer);
      expect(Object.keys(types), JSON.stringify(f.properties)).toContain(layer);
      expect(types[layer], `${layer}: ${f.properties?.name}`).toContain(f.geometry.type);
    }
  });

  it('keeps every country, the smallest included (Singapore, Maldives, Bahrain)', () => {
    const names = ofLayer('land').map((f) => f.properties?.name);
    expect(names).toHaveLength(241);
    expect(names).toEqual(
      expect.arrayContaining(['Singapore', 'Maldives', 'Bahrain', 'India', 'Russia']),
    );
  });

  it('draws no line across the antimeridian or along its cut', () => {
    for (const kind of ['coastline', 'border']) {
      const features = ofLayer(kind);
      expect(features).toHaveLength(1);
      const lines = features.flatMap(
        (f) => (f.geometry as { coordinates: number[][][] }).coordinates,
      );
      for (const line of lines) {
        for (let i = 1; i < line.length; i++) {
          expect(Math.abs(line[i]![0]! - line[i - 1]![0]!)).toBeLessThan(180);
        }
      }
    }
  });

  it('names the seas the corridor crosses', () => {
    const seas = ofLayer('sea').map((f) => f.properties?.name);
    expect(ofLayer('country')).toHaveLength(241);
    expect(ofLayer('city').length).toBeGreaterThan(400);
    expect(seas).toEqual(
      expect.arrayContaining([
        'Bay of Bengal',
        'Strait of Malacca',
        'South China Sea',
        'Sea of Japan',
        'Indian Ocean',
      ]),
    );
    expect(seas.every((n) => !/\s{2}/.test(n))).toBe(true);
  });

  it('stays within its byte budget', () => {
    expect(statSync(resolve(repoRoot, 'geo/basemap/basemap.geojson')).size).toBeLessThan(
      700 * 1024,
    );
  });
});

describe('label text helpers', () => {
  it('title-cases Natural Earth ocean names and folds double spaces', () => {
    expect(tidySeaName('NORTH PACIFIC OCEAN')).toBe('North Pacific Ocean');
    expect(tidySeaName('Caribbean  Sea')).toBe('Caribbean Sea');
  });

  it('keeps names the shipped font subsets cover, and folds the others', () => {
    expect(labelSafe('São Paulo')).toBe('São Paulo');
    expect(labelSafe('Владивосток')).toBe('Владивосток');
    expect(labelSafe('Łódź', 'Lodz')).toBe('Lodz');
    expect(labelSafe('Hà Nội')).toBe('Ha Noi');
  });
});
