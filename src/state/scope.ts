/**
 * The lifetime of one build of the panels (issue #31): switching language builds every panel,
 * card and marker again in the new language, and ends the old build's listeners with it. The
 * context's store and map doors are wrapped so that what a panel subscribes to through them is
 * dropped when its build ends; listeners on the document take the build's `signal`.
 */
import type { MapView } from './map-view';
import type { StateStore } from './store';

/** A store whose subscriptions end with `signal`. */
export function scopedStore<S>(store: StateStore<S>, signal: AbortSignal): StateStore<S> {
  return {
    get state() {
      return store.state;
    },
    update: (update) => store.update(update),
    subscribe(listener) {
      const off = store.subscribe(listener);
      signal.addEventListener('abort', off);
      return off;
    },
  };
}

/** The map's door, its listeners and markers ending with `signal`. */
export function scopedMap(map: MapView, signal: AbortSignal): MapView {
  const scoped =
    <A extends unknown[]>(on: (...args: A) => () => void) =>
    (...args: A) => {
      const off = on(...args);
      signal.addEventListener('abort', off);
      return off;
    };
  signal.addEventListener('abort', () => map.setMarkers([]));
  return {
    ready: map.ready,
    container: () => map.container(),
    project: (lngLat) => map.project(lngLat),
    unproject: (point) => map.unproject(point),
    camera: () => map.camera(),
    controls: () => map.controls(),
    coveredInsets: (options) => map.coveredInsets(options),
    moveTo: (target, animate) => map.moveTo(target, animate),
    setMarkers: (specs) => {
      if (!signal.aborted) map.setMarkers(specs);
    },
    drawsNear: (layer, lngLat, radius) => map.drawsNear(layer, lngLat, radius),
    featuresNear: (layer, lngLat, radius) => map.featuresNear(layer, lngLat, radius),
    afterDraw: (callback) =>
      map.afterDraw(() => {
        if (!signal.aborted) callback();
      }),
    whenIdle: () => map.whenIdle(),
    snapshot: (scale) => map.snapshot(scale),
    drawnFrames: () => map.drawnFrames(),
    metresPerPixel: () => map.metresPerPixel(),
    focus: () => map.focus(),
    onClick: scoped((listener: Parameters<MapView['onClick']>[0]) => map.onClick(listener)),
    onHover: scoped(
      (layer: Parameters<MapView['onHover']>[0], listener: Parameters<MapView['onHover']>[1]) =>
        map.onHover(layer, listener),
    ),
    onMove: scoped((listener: () => void) => map.onMove(listener)),
    onMoveStart: scoped((listener: () => void) => map.onMoveStart(listener)),
    onMoveEnd: scoped((listener: () => void) => map.onMoveEnd(listener)),
    onResize: scoped((listener: () => void) => map.onResize(listener)),
  };
}
