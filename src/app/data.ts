/**
 * The small data files the app needs synchronously (routes, ports, chokepoints), bundled as text
 * and validated when loaded; large files (regions, basemap) stay URLs for MapLibre's worker.
 */
import type { FeatureCollection, LineString, Point } from 'geojson';
import routesText from '../../geo/routes.geojson?raw';
import portsText from '../../geo/ports.geojson?raw';
import chokepointsText from '../../geo/chokepoints.geojson?raw';
import regionsUrl from '../../geo/far-east-regions.geojson?url';
import regionLabelsText from '../../geo/far-east-labels.geojson?raw';
import { PASSAGE_IDS } from '../lib/routing/passages';
import { parsePorts, type Port } from '../lib/routing/ports';
import { parseRoutes, type RouteFeatures } from '../lib/map-data';
import type { UrlCatalogues } from '../lib/url/state';

export interface AtlasData {
  routes: RouteFeatures;
  routesCollection: FeatureCollection<LineString>;
  ports: Port[];
  portsCollection: FeatureCollection<Point>;
  chokepoints: FeatureCollection<Point>;
  regionsUrl: string;
  /** The 11 Far East regions' facts (from the label file), in file order. */
  regions: RegionInfo[];
  regionIds: string[];
  regionLabels: FeatureCollection<Point>;
  catalogues: UrlCatalogues;
}

/** A Far East region's card facts. */
export interface RegionInfo {
  id: string;
  nameEn: string;
  nameRu: string;
  areaKm2: number;
  label: [number, number];
  /** [[west, south], [east, north]]; east may pass 180 (Chukotka). */
  bounds: [[number, number], [number, number]];
}

function parseRegions(fc: FeatureCollection<Point>): RegionInfo[] {
  const regions = fc.features.map((f) => {
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
      label: [lng!, lat!] as [number, number],
      bounds: [
        [west!, south!],
        [east!, north!],
      ] as RegionInfo['bounds'],
    };
  });
  if (regions.length !== 11)
    throw new Error(`regions: expected 11 Far East regions, found ${regions.length}`);
  return regions;
}

const absolute = (url: string) => new URL(url, document.baseURI).href;

/** Parses the bundled data; throws with a clear message when a file is malformed. */
export function loadAtlasData(): AtlasData {
  const routesCollection = JSON.parse(routesText) as FeatureCollection<LineString>;
  const portsCollection = JSON.parse(portsText) as FeatureCollection<Point>;
  const ports = parsePorts(portsCollection);
  const regionLabels = JSON.parse(regionLabelsText) as FeatureCollection<Point>;
  const regions = parseRegions(regionLabels);
  return {
    routes: parseRoutes(routesCollection),
    routesCollection,
    ports,
    portsCollection,
    chokepoints: JSON.parse(chokepointsText) as FeatureCollection<Point>,
    regionsUrl: absolute(regionsUrl),
    regions,
    regionIds: regions.map((r) => r.id),
    regionLabels,
    catalogues: {
      portIds: new Set(ports.map((p) => p.id)),
      passageIds: new Set<string>(PASSAGE_IDS),
    },
  };
}
