/**
 * The data files the app ships (geo/), read as the app reads them (its own parsers), so the
 * tests' expectations come from the data, never typed in. Each file is read once per worker.
 */
import { readFileSync } from 'node:fs';
import type { FeatureCollection, LineString, MultiPolygon, Point, Polygon } from 'geojson';
import type { RouteId } from '../../src/content/ids';
import { parseRoutes, type RouteInfo } from '../../src/lib/map-data';
import { parseRegions, type RegionInfo } from '../../src/lib/regions';
import { parsePorts, type LonLat, type Port } from '../../src/lib/routing/ports';

const read = <T>(path: string): T =>
  JSON.parse(readFileSync(new URL(`../../geo/${path}`, import.meta.url), 'utf8')) as T;

const once = <T>(load: () => T): (() => T) => {
  let value: T | undefined;
  return () => (value ??= load());
};

const routes = once(() => parseRoutes(read<FeatureCollection<LineString>>('routes.geojson')));
const regions = once(() => parseRegions(read<FeatureCollection<Point>>('far-east-labels.geojson')));
const shapes = once(() =>
  read<FeatureCollection<Polygon | MultiPolygon>>('far-east-regions.geojson'),
);
const ports = once(() => parsePorts(read<unknown>('ports.geojson')));
const worldPorts = once(() => parsePorts(read<unknown>('world-ports.geojson')));

/** A route of geo/routes.geojson: its line, length, passages, ends and stretches. */
export function route(id: RouteId): RouteInfo {
  return routes()[id];
}

/** The route's vertices, as [lng, lat]. */
export function routeLine(id: RouteId): LonLat[] {
  return route(id).feature.geometry.coordinates.map(([lng, lat]) => [lng!, lat!]);
}

/** The Far East regions' card facts (geo/far-east-labels.geojson), in the file's order. */
export function farEastRegions(): RegionInfo[] {
  return regions();
}

export function farEastRegion(id: string): RegionInfo {
  const region = regions().find((r) => r.id === id);
  if (!region) throw new Error(`no Far East region ${id} in geo/far-east-labels.geojson`);
  return region;
}

/** A Far East region's outline (geo/far-east-regions.geojson). */
export function farEastShape(id: string): Polygon | MultiPolygon {
  const shape = shapes().features.find((f) => f.properties?.id === id);
  if (!shape) throw new Error(`no Far East region ${id} in geo/far-east-regions.geojson`);
  return shape.geometry;
}

/** A port of the World Port Index (geo/world-ports.geojson), with its WPI facts. */
export function worldPort(id: string): Port {
  const port = worldPorts().find((p) => p.id === id);
  if (!port) throw new Error(`no port ${id} in geo/world-ports.geojson`);
  return port;
}

/** Where a port of geo/ports.geojson lies. */
export function portAt(id: string): LonLat {
  const port = ports().find((p) => p.id === id);
  if (!port) throw new Error(`no port ${id} in geo/ports.geojson`);
  return port.coordinates;
}

/** The ids of geo/ports.geojson, as the app's link parser knows them. */
export function portIds(): Set<string> {
  return new Set(ports().map((p) => p.id));
}
