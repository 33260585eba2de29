/** File helpers shared by the data scripts (Node only). */
import { writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FeatureCollection } from 'geojson';

/** The repository root, wherever the script is started from. */
export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** Upstream datasets (read-only), beside the checkout; override with CORRIDOR_SHARED_DATA. */
export const sharedData = process.env.CORRIDOR_SHARED_DATA ?? resolve(repoRoot, '../shared/data');

/**
 * Writes a FeatureCollection with one feature per line: compact enough to ship, and a data
 * change shows up in a diff as the features it touched. Returns the size in bytes.
 */
export function writeGeoJSON(path: string, fc: FeatureCollection): number {
  const lines = fc.features.map((f) => JSON.stringify(f));
  const text = `{"type":"FeatureCollection","features":[\n${lines.join(',\n')}\n]}\n`;
  writeFileSync(path, text);
  return Buffer.byteLength(text);
}
