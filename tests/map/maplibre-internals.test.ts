/**
 * The MapLibre internals the atlas reaches for, checked on the installed maplibre-gl (issue #27):
 * the first-paint hold (src/map/first-paint.ts) replaces `painter.render` and reads
 * `_placementDirty`; the e2e driver's `mapIdle` reads `_frameRequest`. TypeScript catches a rename
 * (they are named through maplibre-gl's declared types); this catches a change of meaning, by
 * reading the order of the steps in the library's own render loop. It fails loudly on an upgrade
 * that moves them: then re-read the loop and adjust the hold, or drop it.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';

const require = createRequire(import.meta.url);
const dist = dirname(require.resolve('maplibre-gl/package.json'));
const source = readFileSync(join(dist, 'dist', 'maplibre-gl-dev.mjs'), 'utf8');
/** Where the Map class starts in the bundle (its methods follow). */
const MAP_CLASS = source.indexOf('var Map$1 = class extends Evented {');

/** The body of a method of the Map class, from its signature to the method's end. */
function method(signature: string): string {
  expect(MAP_CLASS, 'the bundle defines the Map class as the test expects').toBeGreaterThan(0);
  const start = source.indexOf(`\n\t${signature} {`, MAP_CLASS);
  expect(start, `maplibre-gl's Map has ${signature}`).toBeGreaterThan(0);
  const end = source.indexOf('\n\t}\n', start);
  return source.slice(start, end);
}

describe('the MapLibre internals the atlas relies on', () => {
  it('is the minor version the hold was checked against (package.json pins ~6.17)', () => {
    const { version } = require('maplibre-gl/package.json') as { version: string };
    expect(version).toMatch(/^6\.17\./);
  });

  it('draws each frame through painter.render, after placement has set _placementDirty', () => {
    const render = method('_render(paintStartTimeStamp)');
    const placement = render.indexOf('this._placementDirty = this.style?._updatePlacement(');
    const draw = render.indexOf('this.painter.render(this.style');
    expect(placement, '_placementDirty is set by the frame’s placement').toBeGreaterThan(0);
    expect(draw, 'the frame is drawn by painter.render').toBeGreaterThan(0);
    expect(placement, 'placement runs before the draw in the same frame').toBeLessThan(draw);
    // An unfinished placement asks for another frame, so a held frame is always followed by one.
    expect(render).toMatch(/somethingDirty = [^;]*this\._placementDirty/);
    expect(render).toMatch(/if \(somethingDirty[^)]*\) this\.triggerRepaint\(\)/);
  });

  it('loaded() is the style and every source loaded, which a frame checks before idle', () => {
    expect(method('loaded()')).toContain(
      'return !this._styleDirty && !this._sourcesDirty && !!this.style && this.style.loaded();',
    );
  });

  it('_frameRequest is set while a frame is asked for and cleared when it runs', () => {
    const repaint = method('triggerRepaint()');
    expect(repaint).toContain('if (this.style && !this._frameRequest) {');
    expect(repaint).toContain('this._frameRequest = new AbortController();');
    expect(repaint).toContain('this._frameRequest = null;');
  });
});
