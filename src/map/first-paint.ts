/**
 * The map's first paint waits for its opening data. While the sources' tiles arrive MapLibre
 * draws a frame after each batch: the land, then the routes, then the labels. On a GPU a frame
 * costs a millisecond; on a software renderer (SwiftShader, a browser with no usable GPU) it
 * costs 0.1–0.2 s of CPU, taken from the worker that is cutting the very tiles still to come.
 * Holding the paint until everything has loaded makes the whole map appear sooner there, and the
 * page's ocean-coloured background stands in for the blank map meanwhile (npm run bench -- load),
 * with the markers hidden until the map under them is drawn.
 *
 * Everything else about a frame still runs (tile requests, label placement, the `render` event):
 * only the drawing is skipped. The hold ends at the first frame with everything loaded and the
 * labels placed (placement spreads over frames, a few milliseconds each), at a map error (a data
 * file that failed: what did load is drawn), or after `limitMs`, a backstop for a data file that
 * stalls without failing. The backstop is far above a load's time (2–5 s on a busy 2-core machine
 * with no GPU), so that a slow machine still sees its first frame whole; on a slow network the
 * map appears once its data has arrived, not land first.
 */
import type { Map as MapLibreMap } from 'maplibre-gl';

/** How long the hold may last; past it the map draws what it has (see above). */
export const FIRST_PAINT_LIMIT_MS = 15_000;

/** The part of MapLibre's internal painter this touches: the call that draws a frame. */
interface Painter {
  render(...args: unknown[]): void;
}

/** What the hold needs of the map (MapLibre's Map, or a stand-in in the unit tests). */
export type PaintedMap = Pick<
  MapLibreMap,
  'loaded' | 'once' | 'off' | 'triggerRepaint' | 'getContainer'
>;

/**
 * Whether this frame's label placement is unfinished: MapLibre's own flag, set before it draws
 * (not in its types). Without it, placement is taken as done.
 */
function placing(map: PaintedMap): boolean {
  return (map as unknown as { _placementDirty?: unknown })._placementDirty === true;
}

/**
 * Skips the map's drawing until it has loaded. Returns false, holding nothing, when the map has
 * no painter to hold (a MapLibre version that renamed it): the map then paints as it loads.
 */
export function holdFirstPaint(map: PaintedMap, limitMs = FIRST_PAINT_LIMIT_MS): boolean {
  const painter = (map as unknown as { painter?: Partial<Painter> }).painter;
  if (typeof painter?.render !== 'function') return false;
  const held = painter as Painter;
  const paint = held.render;
  // While held, the container says so: the page hides the map's markers, which would otherwise
  // float over an empty sea, and after a moment says the map is loading (src/ui/styles.css).
  const container = map.getContainer();
  container.dataset.firstPaint = 'held';
  const release = () => {
    delete container.dataset.firstPaint;
    held.render = paint;
    clearTimeout(timer);
    map.off('error', releaseNow);
  };
  // Released from outside a frame: ask for one, to draw what has loaded.
  const releaseNow = () => {
    release();
    map.triggerRepaint();
  };
  const timer = setTimeout(releaseNow, limitMs);
  map.once('error', releaseNow);
  held.render = function (this: Painter, ...args: unknown[]) {
    if (!map.loaded() || placing(map)) return;
    release();
    paint.apply(this, args);
  };
  return true;
}
