/** Node-side loading of geo/eca-extents.geojson for the CLI, the tests and the benchmarks. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseEcaExtents, type EcaShape } from '../../src/lib/eca/index';
import { repoRoot } from './io';

export const ECA_EXTENTS_PATH = resolve(repoRoot, 'geo/eca-extents.geojson');

/** Reads and indexes the ECA extents. */
export function loadEcaShapes(): EcaShape[] {
  return parseEcaExtents(JSON.parse(readFileSync(ECA_EXTENTS_PATH, 'utf8')));
}
