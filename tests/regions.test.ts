/**
 * geo/far-east-regions.geojson and geo/far-east-labels.geojson, built by
 * scripts/build-regions.ts from the GIS-Lab / OpenStreetMap subjects (issue #4).
 */
import { readFileSync, statSync } from 'node:fs';
import { check } from '@placemarkio/check-geojson';
import * as turf from '@turf/turf';
import type { Feature, FeatureCollection, MultiPolygon, Point, Position } from 'geojson';
import { describe, expect, it } from 'vitest';

const REGIONS_PATH = new URL('../geo/far-east-regions.geojson', import.meta.url);
const LABELS_PATH = new URL('../geo/far-east-labels.geojson', import.meta.url);

interface RegionProps {
  id: string;
  name_en: string;
  name_ru: string;
  area_km2: number;
}
const regionsText = readFileSync(REGIONS_PATH, 'utf8');
const regions = JSON.parse(regionsText) as FeatureCollection<MultiPolygon, RegionProps>;
const labels = JSON.parse(readFileSync(LABELS_PATH, 'utf8')) as FeatureCollection<
  Point,
  { id: string; name_en: string; bounds: [number, number, number, number] }
>;
const byId = new Map(regions.features.map((f) => [f.properties.id, f]));

/** ISO 3166-2:RU codes of the Far Eastern Federal District, with English and Russian names. */
const EXPECTED: Record<string, [string, string]> = {
  'RU-AMU': ['Amur Oblast', 'Амурская область'],
  'RU-BU': ['Republic of Buryatia', 'Бурятия'],
  'RU-CHU': ['Chukotka Autonomous Okrug', 'Чукотский автономный округ'],
  'RU-KAM': ['Kamchatka Krai', 'Камчатский край'],
  'RU-KHA': ['Khabarovsk Krai', 'Хабаровский край'],
  'RU-MAG': ['Magadan Oblast', 'Магаданская область'],
  'RU-PRI': ['Primorsky Krai', 'Приморский край'],
  'RU-SA': ['Sakha (Yakutia) Republic', 'Республика Саха (Якутия)'],
  'RU-SAK': ['Sakhalin Oblast', 'Сахалинская область'],
  'RU-YEV': ['Jewish Autonomous Oblast', 'Еврейская автономная область'],
  'RU-ZAB': ['Zabaykalsky Krai', 'Забайкальский край'],
};

/**
 * Chukotka's official area, 721,481 km² (ru.wikipedia.org "Чукотский автономный округ", infobox
 * "Площадь", from Rosstat). Our source's coastline differs, so allow 3 %.
 */
const CHUKOTKA_OFFICIAL_KM2 = 721_481;

const km2 = (f: Parameters<typeof turf.area>[0]): number => turf.area(f) / 1e6;
const polygonsOf = (f: Feature<MultiPolygon>) => f.geometry.coordinates.map((p) => turf.polygon(p));

describe('far-east regions: content', () => {
  it('has exactly the 11 subjects, with unique ISO 3166-2 ids and the right names', () => {
    expect(regions.features).toHaveLength(11);
    const ids = regions.features.map((f) => f.properties.id);
    expect(new Set(ids).size).toBe(11);
    expect([...ids].sort()).toEqual(Object.keys(EXPECTED).sort());
    for (const f of regions.features) {
      const [nameEn, nameRu] = EXPECTED[f.properties.id] ?? [];
      expect(f.properties.name_en, f.properties.id).toBe(nameEn);
      expect(f.properties.name_ru, f.properties.id).toBe(nameRu);
      expect(Number.isInteger(f.properties.area_km2)).toBe(true);
    }
  });

  it('stays within the 150 KB web budget', () => {
    expect(statSync(REGIONS_PATH).size).toBeLessThanOrEqual(150 * 1024);
  });
});

describe('far-east regions: geometry validity', () => {
  it('passes check-geojson', () => {
    expect(() => check(regionsText)).not.toThrow();
  });

  // check-geojson does not test coordinate ranges, and Chukotka deliberately has longitudes
  // above 180 (kept continuous across the antimeridian), so ranges are checked here explicitly.
  it('keeps coordinates in range, with only Chukotka past 180°', () => {
    for (const f of regions.features) {
      const coords = turf.coordAll(f);
      const lons = coords.map((c) => c[0] ?? NaN);
      const lats = coords.map((c) => c[1] ?? NaN);
      expect(Math.min(...lats)).toBeGreaterThanOrEqual(-90);
      expect(Math.max(...lats)).toBeLessThanOrEqual(90);
      expect(Math.min(...lons), f.properties.id).toBeGreaterThanOrEqual(0);
      const maxLon = f.properties.id === 'RU-CHU' ? 360 : 180;
      expect(Math.max(...lons), f.properties.id).toBeLessThanOrEqual(maxLon);
    }
  });

  it('winds exterior rings counter-clockwise and holes clockwise (RFC 7946 §3.1.6)', () => {
    for (const f of regions.features) {
      for (const [outer, ...holes] of f.geometry.coordinates) {
        expect(turf.booleanClockwise(outer as Position[]), f.properties.id).toBe(false);
        for (const hole of holes) expect(turf.booleanClockwise(hole), f.properties.id).toBe(true);
      }
    }
  });

  it('has closed rings of at least 4 positions and no self-intersecting polygon', () => {
    for (const f of regions.features) {
      for (const polygon of f.geometry.coordinates) {
        for (const ring of polygon) {
          expect(ring.length).toBeGreaterThanOrEqual(4);
          expect(ring[0]).toEqual(ring[ring.length - 1]);
        }
        expect(turf.kinks(turf.polygon(polygon)).features, f.properties.id).toHaveLength(0);
      }
    }
  });
});

describe('far-east regions: Chukotka across the antimeridian', () => {
  const chukotka = byId.get('RU-CHU')!;

  it('is continuous: its mainland is one polygon that spans 180°', () => {
    const spanning = polygonsOf(chukotka).filter((p) => {
      const [minX, , maxX] = turf.bbox(p);
      return minX < 180 && maxX > 180;
    });
    expect(spanning.length).toBeGreaterThanOrEqual(1);
    const mainland = spanning.reduce((a, b) => (km2(a) > km2(b) ? a : b));
    expect(km2(mainland)).toBeGreaterThan(0.9 * km2(chukotka));
    // No part is left at the far (negative-longitude) end of the map.
    expect(Math.min(...turf.coordAll(chukotka).map((c) => c[0] ?? NaN))).toBeGreaterThan(150);
  });

  it('has an area within 3 % of the official 721,481 km²', () => {
    const diff = (km2(chukotka) - CHUKOTKA_OFFICIAL_KM2) / CHUKOTKA_OFFICIAL_KM2;
    expect(Math.abs(diff)).toBeLessThan(0.03);
    expect(
      Math.abs(chukotka.properties.area_km2 - CHUKOTKA_OFFICIAL_KM2) / CHUKOTKA_OFFICIAL_KM2,
    ).toBeLessThan(0.03);
  });
});

describe('far-east regions: simplification', () => {
  it('moves no region’s area more than 1 % from the unsimplified source (area_km2)', () => {
    for (const f of regions.features) {
      const drift = (km2(f) - f.properties.area_km2) / f.properties.area_km2;
      expect(Math.abs(drift), f.properties.id).toBeLessThan(0.01);
    }
  });

  it('leaves no overlap between neighbours', () => {
    const boxes = regions.features.map((f) => turf.bboxPolygon(turf.bbox(f)));
    let pairsChecked = 0;
    for (let i = 0; i < regions.features.length; i++) {
      for (let j = i + 1; j < regions.features.length; j++) {
        if (!turf.booleanIntersects(boxes[i]!, boxes[j]!)) continue;
        const a = regions.features[i]!;
        const b = regions.features[j]!;
        pairsChecked++;
        const overlap = turf.intersect(turf.featureCollection([a, b]));
        const overlapKm2 = overlap ? km2(overlap) : 0;
        // Shared borders are identical, so any overlap is floating-point dust (< 1 km²).
        expect(overlapKm2, `${a.properties.id} × ${b.properties.id}`).toBeLessThan(1);
      }
    }
    expect(pairsChecked).toBeGreaterThanOrEqual(13); // at least the 13 neighbouring pairs
  });

  it('leaves no gap: the union has the areas and holes of the parts, nothing more', () => {
    const union = turf.union(turf.featureCollection(regions.features));
    expect(union).not.toBeNull();
    const sum = regions.features.reduce((s, f) => s + km2(f), 0);
    expect(Math.abs(km2(union!) - sum)).toBeLessThan(5);
    // A sliver between neighbours would show up as a hole in the union that no region has.
    const holeArea = (polygons: Position[][][]) =>
      polygons.flatMap((p) => p.slice(1)).reduce((s, ring) => s + km2(turf.polygon([ring])), 0);
    const unionPolys =
      union!.geometry.type === 'Polygon'
        ? [union!.geometry.coordinates]
        : union!.geometry.coordinates;
    const partsHoles = regions.features.reduce((s, f) => s + holeArea(f.geometry.coordinates), 0);
    expect(Math.abs(holeArea(unionPolys) - partsHoles)).toBeLessThan(1);
  });
});

describe('far-east labels', () => {
  it('has one point per region, inside that region', () => {
    expect(labels.features).toHaveLength(11);
    expect(labels.features.map((f) => f.properties.id).sort()).toEqual(
      Object.keys(EXPECTED).sort(),
    );
    for (const label of labels.features) {
      const region = byId.get(label.properties.id)!;
      expect(label.properties.name_en).toBe(region.properties.name_en);
      expect(turf.booleanPointInPolygon(label, region), label.properties.id).toBe(true);
    }
  });

  it("carries each region's bounds [west, south, east, north], to 0.001°", () => {
    for (const label of labels.features) {
      const bbox = turf.bbox(byId.get(label.properties.id)!);
      // Rounded to 0.001°: at most half a unit off.
      label.properties.bounds.forEach((x, i) =>
        expect(Math.abs(x - bbox[i]!)).toBeLessThanOrEqual(0.0005 + 1e-9),
      );
      // Chukotka crosses 180°: its east edge stays unwrapped (> 180) so the box does not span
      // the whole world.
      const [west, , east] = label.properties.bounds;
      expect(east - west, label.properties.id).toBeLessThan(60);
    }
  });

  it('keeps labels away from borders (at least 15 km inside)', () => {
    for (const label of labels.features) {
      const region = byId.get(label.properties.id)!;
      // Turf returns a negative distance for points inside the polygon.
      const nearestKm = -turf.pointToPolygonDistance(label, region, { units: 'kilometers' });
      expect(nearestKm, label.properties.id).toBeGreaterThan(15);
    }
  });
});
