/**
 * The map's first paint waits for its opening data. While the sources' tiles arrive MapLibre draws
 * a frame after each batch: the land, then the routes, then the labels. On a GPU a frame costs a
 * millisecond; on a software renderer (SwiftShader, a browser with no usable GPU) it costs
 * 0.1–0.2 s of CPU, taken from the worker that is cutting the very tiles still to come. Holding
 * the paint until everything has loaded makes the whole map appear sooner there, and the page's
 * ocean-coloured background stands in for the blank map meanwhile (npm run bench -- load), with
 * the markers hidden until the map under them is drawn.
 *
 * Everything else about a frame still runs (tile requests, label placement, the `render` event):
 * only the drawing is skipped. A frame with nothing to do is skipped whole, though: one asked for
 * only because a tile arrived, with other tiles still loading, no source loaded or changed, no
 * change of style waiting, no camera or gesture task queued and the map not moving. Each redid the
 * sources' bookkeeping and a label placement that the next tile undoes, 2–3 ms of main-thread time
 * (issue #26, part 5). Frames run as before once the tiles are in. The hold ends at the first frame
 * with everything loaded and the labels placed (placement spreads over frames, a few milliseconds
 * each), at a map error (a data file that failed: what did load is drawn), or after `limitMs`, a
 * backstop for a data file that stalls without failing. The backstop is far above a load's time
 * (2–5 s on a busy 2-core machine with no GPU), so that a slow machine still sees its first frame
 * whole; on a slow network the map appears once its data has arrived, not land first.
 */
import type { MapEventType, Map as MapLibreMap } from 'maplibre-gl';

/** How long the hold may last; past it the map draws what it has (see above). */
export const FIRST_PAINT_LIMIT_MS = 15_000;

/** The performance mark set when the map first draws; its detail says what released the hold. */
export const FIRST_PAINT_MARK = 'atlas:first-paint';

/** What released the hold: the opening view loaded, a map error, or the backstop. */
export type FirstPaintReason = 'loaded' | 'error' | 'limit';

/**
 * What the hold needs of the map (MapLibre's Map, or a stand-in in the unit tests). `painter`,
 * `_placementDirty`, `_styleDirty`, `_renderTaskQueue` and `_render` are MapLibre internals, named
 * through its declared types so that `tsc` fails the day they are renamed;
 * tests/map/maplibre-internals.test.ts checks, on the installed maplibre-gl, that they still mean
 * what this relies on. No public API can skip a frame's drawing, or a frame: a hidden canvas would
 * still draw every frame while the tiles arrive, which is the cost this saves on a software GPU.
 * Upstream has no way to pause drawing; the nearest threads are
 * https://github.com/maplibre/maplibre-gl-js/issues/4213 (stop rendering when nothing changes,
 * closed) and https://github.com/maplibre/maplibre-gl-js/issues/1876 (the cost of the first draws
 * while a page loads). maplibre-gl is pinned to a minor range while this reach exists.
 */
export type PaintedMap = Pick<
  MapLibreMap,
  | 'loaded'
  | 'on'
  | 'once'
  | 'off'
  | 'triggerRepaint'
  | 'getContainer'
  | 'areTilesLoaded'
  | 'isMoving'
  | 'painter'
  | '_placementDirty'
  | '_styleDirty'
  | '_renderTaskQueue'
  | '_render'
>;

type Render = MapLibreMap['painter']['render'];
type Frame = MapLibreMap['_render'];

/**
 * A `data` event that says only that a tile arrived (MapLibre's tile manager fires it with the
 * tile): not a source loaded, its data changed, or a change of style.
 */
const tileArrived = (event: MapEventType['data']) => 'tile' in event;

/**
 * Skips the map's drawing until it has loaded. Returns false, holding nothing, when the map has
 * no painter to hold: the map then paints as it loads.
 */
export function holdFirstPaint(map: PaintedMap, limitMs = FIRST_PAINT_LIMIT_MS): boolean {
  const painter = map.painter as MapLibreMap['painter'] | undefined;
  if (typeof painter?.render !== 'function') return false;
  const paint: Render = painter.render;
  // While held, the container says so: the page hides the map's markers, which would otherwise
  // float over an empty sea, and after a moment says the map is loading (ui/frame/styles.css).
  const container = map.getContainer();
  container.dataset.firstPaint = 'held';
  // A frame is due unless all that happened since the last one is tiles arriving, and it can do
  // nothing while others are still loading (see above). A change of style (`setLayoutProperty`…)
  // and a camera's or a gesture's step fire no event before their frame: read from the map.
  const frame: Frame = map._render;
  let due = true;
  const onData = (event: MapEventType['data']) => {
    if (!tileArrived(event)) due = true;
  };
  const onMove = () => (due = true);
  map.on('data', onData);
  map.on('movestart', onMove);
  map.on('move', onMove);
  map._render = function (this: MapLibreMap, ...args: Parameters<Frame>) {
    const waiting = map._styleDirty || map._renderTaskQueue._queue.length > 0 || map.isMoving();
    if (!due && !waiting && !map.areTilesLoaded()) return this;
    due = false;
    return frame.apply(this, args);
  };
  const release = (reason: FirstPaintReason) => {
    delete container.dataset.firstPaint;
    painter.render = paint;
    map._render = frame;
    map.off('data', onData);
    map.off('movestart', onMove);
    map.off('move', onMove);
    clearTimeout(timer);
    map.off('error', onError);
    performance.mark(FIRST_PAINT_MARK, { detail: reason });
  };
  // Released from outside a frame: ask for one, to draw what has loaded.
  const releaseNow = (reason: FirstPaintReason) => {
    release(reason);
    map.triggerRepaint();
  };
  const onError = () => releaseNow('error');
  const timer = setTimeout(() => releaseNow('limit'), limitMs);
  map.once('error', onError);
  painter.render = function (this: MapLibreMap['painter'], ...args: Parameters<Render>) {
    // Label placement runs before the draw in each frame and spreads over frames: hold until it
    // is done too, so the labels appear with the map, not a frame or two after it.
    if (!map.loaded() || map._placementDirty) return;
    release('loaded');
    paint.apply(this, args);
  };
  return true;
}
