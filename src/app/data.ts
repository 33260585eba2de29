/**
 * The small data files the app needs synchronously (routes, ports, chokepoints), bundled as text
 * and validated when loaded; large files (regions, basemap) stay URLs for MapLibre's worker.
 */
import type { FeatureCollection, LineString, Point } from 'geojson';
import routesText from '../../geo/routes.geojson?raw';
import portsText from '../../geo/ports.geojson?raw';
import chokepointsText from '../../geo/chokepoints.geojson?raw';
import placeLabelsText from '../../geo/place-labels.geojson?raw';
import regionsUrl from '../../geo/far-east-regions.geojson?url';
import regionLabelsText from '../../geo/far-east-labels.geojson?raw';
import { parsePorts } from '../lib/routing/ports';
import { parseRoutes } from '../lib/map-data';
import { parseRegions } from '../lib/regions';
import type { AtlasData } from '../state/data';

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
    placeLabels: JSON.parse(placeLabelsText) as FeatureCollection<Point>,
    regionsUrl: absolute(regionsUrl),
    regions,
    regionIds: regions.map((r) => r.id),
    regionLabels,
    catalogues: { portIds: new Set(ports.map((p) => p.id)) },
  };
}
