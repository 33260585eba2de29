/**
 * The Far East regions' card facts, read from geo/far-east-labels.geojson (one label point per
 * region, with its names, area and bounds) and checked when loaded.
 */
import type { FeatureCollection, Point } from 'geojson';

/** A Far East region's card facts. */
export interface RegionInfo {
  readonly id: string;
  readonly nameEn: string;
  readonly nameRu: string;
  readonly areaKm2: number;
  readonly label: readonly [number, number];
  /** [[west, south], [east, north]]; east may pass 180 (Chukotka). */
  readonly bounds: readonly [readonly [number, number], readonly [number, number]];
}

/** The number of federal subjects in the Far Eastern Federal District that the map shades. */
export const REGION_COUNT = 11;

/** Checks and reads the region label file; throws with a message naming the file. */
export function parseRegions(fc: FeatureCollection<Point>): RegionInfo[] {
  const regions = fc.features.map((f): RegionInfo => {
    const p = f.properties ?? {};
    if (
      typeof p.id !== 'string' ||
      typeof p.name_en !== 'string' ||
      typeof p.area_km2 !== 'number' ||
      !Array.isArray(p.bounds) ||
      p.bounds.length !== 4 ||
      !p.bounds.every(Number.isFinite)
    ) {
      throw new Error(
        'regions: geo/far-east-labels.geojson has a feature without id, name, area or bounds',
      );
    }
    const [west, south, east, north] = p.bounds as number[];
    const [lng, lat] = f.geometry.coordinates;
    return {
      id: p.id,
      nameEn: p.name_en,
      nameRu: String(p.name_ru ?? ''),
      areaKm2: p.area_km2,
      label: [lng!, lat!],
      bounds: [
        [west!, south!],
        [east!, north!],
      ],
    };
  });
  if (regions.length !== REGION_COUNT) {
    throw new Error(`regions: expected ${REGION_COUNT} Far East regions, found ${regions.length}`);
  }
  return regions;
}
