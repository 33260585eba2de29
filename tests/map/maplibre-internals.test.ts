/**
 * The MapLibre internals the atlas reaches for, checked on the installed maplibre-gl (issue #27):
 * the first-paint hold (src/map/first-paint.ts) replaces `painter.render` and `_render` and reads
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

/** Where the tile manager class starts (each map source's tiles). */
const TILE_MANAGER_CLASS = source.indexOf('var TileManager = class TileManager extends Evented {');

/** The body of a method of a class, from its signature to the method's end. */
function method(signature: string, classStart = MAP_CLASS): string {
  expect(classStart, 'the bundle defines the class as the test expects').toBeGreaterThan(0);
  const start = source.indexOf(`\n\t${signature} {`, classStart);
  expect(start, `maplibre-gl's class has ${signature}`).toBeGreaterThan(0);
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

  it('a frame is _render: what the frame callback and redraw call, running the queued tasks', () => {
    // The hold skips a frame by skipping _render.
    expect(method('triggerRepaint()')).toContain('this._render(paintStartTimeStamp);');
    expect(method('redraw()')).toContain('this._render(0);');
    const render = method('_render(paintStartTimeStamp)');
    // A camera's animation steps and a gesture's run as tasks of a frame, queued with no event:
    // the hold runs a frame while any is queued.
    expect(render).toContain('this._renderTaskQueue.run(paintStartTimeStamp);');
    expect(method('_requestRenderFrame(callback)')).toContain(
      'return this._renderTaskQueue.add(callback);',
    );
    expect(source).toContain('return this._map._renderTaskQueue.add((timeStamp) => {');
    expect(source).toMatch(/var TaskQueue = class \{\s*constructor\(\) \{\s*this\._queue = \[\];/);
    // A change of style (setLayoutProperty, setFilter…) marks _styleDirty, with no event.
    expect(method('_update(updateStyle)')).toContain('this._styleDirty ||= updateStyle;');
    expect(render).toMatch(
      /if \(this\.style && this\._styleDirty\) \{\s*this\._styleDirty = false;/,
    );
  });

  it('every data event asks for a frame; a tile’s arrival is the one that carries the tile', () => {
    // The map's own listener: each data event (a tile arrived, a source loaded…) asks for a frame.
    expect(source).toContain(
      'this.on("data", (event) => {\n\t\t\tthis._update(event.dataType === "style");',
    );
    const loaded = method(
      '_tileLoaded(tile, id, previousState, hadData, result)',
      TILE_MANAGER_CLASS,
    );
    expect(loaded).toMatch(
      /this\._source\.fire\(new MapSourceDataEvent\("data", \{\s*tile,\s*coord: tile\.tileID\s*\}\)\)/,
    );
    // The event class declares no field, so only a tile's event has a `tile` (`'tile' in event`).
    expect(source).toMatch(
      /var MapSourceDataEvent = class extends MapLibreEvent \{\s*constructor\(type, data = \{\}\) \{\s*super\(type, data\);\s*this\.dataType = "source";\s*\}\s*\};/,
    );
    // areTilesLoaded: every tile in view loaded or failed.
    expect(method('areTilesLoaded()', TILE_MANAGER_CLASS)).toContain(
      'if (!(tile.state === "loaded" || tile.state === "errored")) return false;',
    );
  });

  it('_frameRequest is set while a frame is asked for and cleared when it runs', () => {
    const repaint = method('triggerRepaint()');
    expect(repaint).toContain('if (this.style && !this._frameRequest) {');
    expect(repaint).toContain('this._frameRequest = new AbortController();');
    expect(repaint).toContain('this._frameRequest = null;');
  });
});
