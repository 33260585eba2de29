/** Shared checks for the GeoJSON files in geo/. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { check } from '@placemarkio/check-geojson';
import type { FeatureCollection, Position } from 'geojson';

export const repoRoot = resolve(import.meta.dirname, '..');

/** Reads a file of geo/ and validates it as RFC 7946 GeoJSON (throws with the problems). */
export function readGeo(path: string): FeatureCollection {
  const text = readFileSync(resolve(repoRoot, 'geo', path), 'utf8');
  return check(text) as FeatureCollection;
}

/** Every position of a geometry, flattened. */
export function positions(coords: unknown): Position[] {
  if (Array.isArray(coords) && typeof coords[0] === 'number') return [coords as Position];
  return (coords as unknown[]).flatMap(positions);
}
