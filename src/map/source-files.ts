/**
 * The map sources that load a data file (a URL in the style), so that one that failed (a dropped
 * connection, a server error) can load it again when the reader asks (app/faults.ts).
 */
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { StyleSpecification } from '@maplibre/maplibre-gl-style-spec';

/** Each source of the style that loads a file, with the file's URL. */
export function sourceFiles(style: StyleSpecification): ReadonlyMap<string, string> {
  return new Map(
    Object.entries(style.sources).flatMap(([id, source]) =>
      'data' in source && typeof source.data === 'string' ? [[id, source.data] as const] : [],
    ),
  );
}

/** Loads a source's file again; false when the source has no file to reload. */
export function reloadSourceFile(
  map: MapLibreMap,
  files: ReadonlyMap<string, string>,
  sourceId: string,
): boolean {
  const url = files.get(sourceId);
  const source = map.getSource(sourceId) as { setData?(data: string): void } | undefined;
  if (url === undefined || !source?.setData) return false;
  source.setData(url);
  return true;
}
