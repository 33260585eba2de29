/**
 * The layering of docs/architecture.md, checked on the source: every relative import of every file
 * in src/ against the one table of scripts/lib/layers.js (which ESLint applies too), only src/map
 * imports the MapLibre runtime, and no logic module grows past 300 lines (the content catalogues
 * are data).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importProblem, LAYERS, layerOf } from '../scripts/lib/layers.js';

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
  name: relative(SRC, path).split('\\').join('/'),
  path,
  text: readFileSync(path, 'utf8'),
}));

/** Static imports, re-exports and dynamic import()s with a string specifier. */
const IMPORT = /(?:\bfrom\s*|\bimport\s*\(\s*|^import\s+)'([^']+)'/gm;

/** Every import a file makes that the table does not allow, as "file → target: why". */
function problems(file: { name: string; path: string; text: string }): string[] {
  return [...file.text.matchAll(IMPORT)].flatMap(([, spec]) => {
    if (!spec!.startsWith('.')) return [];
    const base = resolve(dirname(file.path), spec!.split('?')[0]!);
    const target = [base, `${base}.ts`, `${base}/index.ts`].find(
      (p) => existsSync(p) && !readdirSafe(p),
    );
    if (!target) return [`${file.name} → ${spec}: not found`];
    const problem = importProblem(file.name, relative(SRC, target).split('\\').join('/'));
    return problem ? [`${file.name} → ${spec}: ${problem}`] : [];
  });
}

function readdirSafe(path: string): boolean {
  try {
    readdirSync(path);
    return true;
  } catch {
    return false;
  }
}

describe('layers', () => {
  it('finds the source, and every file belongs to a layer of the table', () => {
    expect(files.length).toBeGreaterThan(100);
    expect(files.filter((f) => !layerOf(f.name)).map((f) => f.name)).toEqual([]);
  });

  it('every import in src/ follows the table of scripts/lib/layers.js', () => {
    expect(files.flatMap(problems)).toEqual([]);
  });

  // The checker itself: one import each layer must not make, and one it may.
  it.each([
    ['content/ids.ts', 'lib/map-data.ts'],
    ['lib/map-data.ts', 'state/store.ts'],
    ['lib/url/codec.ts', 'ui/frame/dom.ts'],
    ['io/fetch-json.ts', 'state/store.ts'],
    ['state/context.ts', 'ui/frame/notices.ts'],
    ['state/context.ts', 'map/atlas-map.ts'],
    ['map/atlas-map.ts', 'ui/claims/index.ts'],
    ['map/atlas-map.ts', 'app/app.ts'],
    ['route-worker/client.ts', 'ui/frame/dom.ts'],
    ['ui/frame/dom.ts', 'ui/claims/index.ts'],
    ['ui/claims/claim-card.ts', 'map/atlas-map.ts'],
    ['ui/planner/lazy/planner-view.ts', 'route-worker/client.ts'],
    ['ui/tour/tour.ts', 'ui/routes/figure-check-table.ts'],
    ['ui/claims/claims-panel.ts', 'app/actions.ts'],
    ['main.ts', 'map/atlas-map.ts'],
  ])('refuses %s → %s', (from, target) => {
    expect(importProblem(from, target)).toMatch(/may not import|through its index\.ts/);
  });

  it.each([
    ['lib/map-data.ts', 'content/ids.ts'],
    ['state/context.ts', 'lib/url/state.ts'],
    ['map/atlas-map.ts', 'state/map-view.ts'],
    ['ui/tour/tour.ts', 'ui/routes/index.ts'],
    ['ui/planner/lazy/planner-view.ts', 'ui/planner/planner-panel.ts'],
    ['app/app.ts', 'route-worker/client.ts'],
  ])('allows %s → %s', (from, target) => {
    expect(importProblem(from, target)).toBeNull();
  });

  it('lists every folder of src/ in the table', () => {
    const folders = readdirSync(SRC, { withFileTypes: true })
      .filter((e) => e.isDirectory() && e.name !== 'ui')
      .map((e) => e.name);
    const listed = LAYERS.map((l) => l.folder);
    expect(folders.filter((f) => !listed.includes(f))).toEqual([]);
  });

  it('only src/map imports the MapLibre runtime', () => {
    const outside = files.filter((f) => !f.name.startsWith('map/'));
    expect(
      outside
        .filter((f) => /^import (?!type )[^;]*from 'maplibre-gl'/m.test(f.text))
        .map((f) => f.name),
    ).toEqual([]);
  });

  it(`no logic module is over ${MAX_LINES} lines`, () => {
    const long = files
      .filter((f) => !f.name.startsWith('content/'))
      .map((f) => ({ name: f.name, lines: f.text.split('\n').length - 1 }))
      .filter((f) => f.lines > MAX_LINES);
    expect(long).toEqual([]);
  });
});
