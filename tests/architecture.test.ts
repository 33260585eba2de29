/**
 * The layering of docs/architecture.md, checked on the source (issue #12): nothing below the app
 * imports it, content imports no lib, only src/map talks to MapLibre, and no logic module grows
 * past 300 lines (the content catalogues are data).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = join(import.meta.dirname, '..', 'src');
const MAX_LINES = 300;

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    return /\.ts$/.test(entry.name) ? [path] : [];
  });
}

const files = sources(SRC).map((path) => ({
  name: relative(SRC, path),
  text: readFileSync(path, 'utf8'),
}));
const under = (...folders: string[]) =>
  files.filter((f) => folders.some((folder) => f.name.startsWith(`${folder}/`)));
const importing = (pattern: RegExp, list: typeof files) =>
  list.filter((f) => pattern.test(f.text)).map((f) => f.name);

describe('layers', () => {
  it('finds the source', () => {
    expect(files.length).toBeGreaterThan(100);
  });

  it('nothing in ui, map, lib or content imports src/app', () => {
    expect(importing(/from '\.\.\/(\.\.\/)?app\//, under('ui', 'map', 'lib', 'content'))).toEqual(
      [],
    );
  });

  it('content imports nothing from lib', () => {
    expect(importing(/from '\.\.\/(\.\.\/)?lib\//, under('content'))).toEqual([]);
  });

  it('only src/map imports the MapLibre runtime', () => {
    const outside = files.filter((f) => !f.name.startsWith('map/'));
    expect(importing(/^import (?!type )[^;]*from 'maplibre-gl'/m, outside)).toEqual([]);
  });

  it(`no logic module is over ${MAX_LINES} lines`, () => {
    const long = files
      .filter((f) => !f.name.startsWith('content/'))
      .map((f) => ({ name: f.name, lines: f.text.split('\n').length - 1 }))
      .filter((f) => f.lines > MAX_LINES);
    expect(long).toEqual([]);
  });
});
