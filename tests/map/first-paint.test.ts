import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  FIRST_PAINT_LIMIT_MS,
  FIRST_PAINT_MARK,
  holdFirstPaint,
  type PaintedMap,
} from '../../src/map/first-paint';

/** What released the last hold, as the page's performance timeline records it. */
const lastReason = () =>
  (performance.getEntriesByName(FIRST_PAINT_MARK, 'mark').at(-1) as PerformanceMark | undefined)
    ?.detail;

/**
 * A stand-in for MapLibre's map: `loaded`, `areTilesLoaded` and `isMoving` as set, listeners by
 * type, a painter, and a render loop (`_render`) that counts its frames and draws each.
 */
function fakeMap() {
  const listeners = new Map<string, Set<(event?: unknown) => void>>();
  const errorListeners = new Set<() => void>();
  const painted: unknown[][] = [];
  const state = { loaded: false, tilesLoaded: true, moving: false, repaints: 0, frames: 0 };
  class Painter {
    render(...args: unknown[]) {
      painted.push(args);
    }
  }
  const painter = new Painter();
  const container = { dataset: {} as Record<string, string | undefined> };
  const map = {
    painter,
    container,
    getContainer: () => container,
    _placementDirty: false,
    _styleDirty: false,
    _renderTaskQueue: { _queue: [] as unknown[] },
    loaded: () => state.loaded,
    areTilesLoaded: () => state.tilesLoaded,
    isMoving: () => state.moving,
    on: (type: string, listener: (event?: unknown) => void) => {
      if (!listeners.has(type)) listeners.set(type, new Set());
      listeners.get(type)!.add(listener);
      return map;
    },
    once: (type: string, listener: () => void) => {
      if (type === 'error') errorListeners.add(listener);
      return map;
    },
    off: (type: string, listener: () => void) => {
      if (type === 'error') errorListeners.delete(listener);
      listeners.get(type)?.delete(listener);
      return map;
    },
    triggerRepaint: () => void state.repaints++,
    /** MapLibre's frame: its bookkeeping (counted here), then the draw. */
    _render(n: number) {
      state.frames++;
      painter.render(n);
      return map;
    },
    /** What the browser does at an animation frame MapLibre asked for. */
    frame: (n: number) => map._render(n),
    fire: (type: string, event?: unknown) => {
      for (const listener of [...(listeners.get(type) ?? [])]) listener(event);
    },
    listening: () => [...listeners.values()].reduce((n, set) => n + set.size, 0),
    error: () => {
      const listeners = [...errorListeners];
      errorListeners.clear();
      for (const listener of listeners) listener();
    },
  };
  return { map: map as typeof map & PaintedMap, painted, state, errorListeners };
}

/**
 * The `data` events MapLibre fires: a tile arrived; a source loaded; a source's data changed (a
 * GeoJSON source's setData); the style changed (an image added, a layer's source used or not).
 */
const TILE = { dataType: 'source', tile: {}, coord: {} };
const SOURCE_LOADED = { dataType: 'source', sourceDataType: 'metadata' };
const SOURCE_CHANGED = { dataType: 'source', sourceDataType: 'content' };
const STYLE_CHANGED = { dataType: 'style' };

describe('holdFirstPaint', () => {
  afterEach(() => vi.useRealTimers());

  it('skips drawing until the map has loaded and placed its labels, then draws every frame', () => {
    const { map, painted, state } = fakeMap();
    expect(holdFirstPaint(map)).toBe(true);
    map.frame(1);
    map.frame(2);
    expect(painted).toEqual([]);
    expect(map.container.dataset.firstPaint, 'the container says the paint is held').toBe('held');
    state.loaded = true;
    // Loaded, with labels still being placed: held one more frame.
    map._placementDirty = true;
    map.frame(3);
    expect(painted).toEqual([]);
    map._placementDirty = false;
    map.frame(3);
    // Held no longer, even if a source starts loading again (a later change of the view).
    state.loaded = false;
    map.frame(4);
    expect(painted).toEqual([[3], [4]]);
    expect(map.container.dataset.firstPaint).toBeUndefined();
    expect(state.repaints, 'released inside a frame, it asks for no other').toBe(0);
    expect(lastReason(), 'the first paint is marked as the view having loaded').toBe('loaded');
  });

  it('draws what has loaded after a map error, with a frame asked for', () => {
    const { map, painted, state, errorListeners } = fakeMap();
    holdFirstPaint(map);
    map.frame(1);
    map.error();
    expect(state.repaints).toBe(1);
    map.frame(2);
    expect(painted).toEqual([[2]]);
    expect(errorListeners.size).toBe(0);
    expect(map.container.dataset.firstPaint).toBeUndefined();
    expect(lastReason()).toBe('error');
  });

  it(`draws what has loaded after ${FIRST_PAINT_LIMIT_MS} ms, a slow network's case`, () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const { map, painted, state } = fakeMap();
    holdFirstPaint(map);
    vi.advanceTimersByTime(FIRST_PAINT_LIMIT_MS - 1);
    map.frame(1);
    expect(painted).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(state.repaints).toBe(1);
    map.frame(2);
    expect(painted).toEqual([[2]]);
    expect(lastReason(), 'the backstop says it released the hold').toBe('limit');
  });

  it('leaves no timer or listener behind once released by loading', () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const { map, state, errorListeners } = fakeMap();
    holdFirstPaint(map);
    state.loaded = true;
    map.frame(1);
    expect(errorListeners.size).toBe(0);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('skips a held frame whole when all that happened is a tile arriving with more to come', () => {
    const { map, painted, state } = fakeMap();
    holdFirstPaint(map);
    map.frame(1);
    expect(state.frames, 'the first frame runs (it asks for the tiles)').toBe(1);
    state.tilesLoaded = false;
    map.fire('data', TILE);
    map.frame(2);
    map.fire('data', TILE);
    map.frame(3);
    expect(state.frames, 'frames asked for by tiles arriving, others still to come').toBe(1);
    // Whatever else asks for a frame gets it: a source loaded or changed, a style event, a move.
    for (const [event, payload] of [
      ['data', SOURCE_LOADED],
      ['data', SOURCE_CHANGED],
      ['data', STYLE_CHANGED],
      ['movestart', undefined],
      ['move', undefined],
    ] as const) {
      const before = state.frames;
      map.fire(event, payload);
      map.frame(4);
      expect(state.frames, `a frame after ${event} ${JSON.stringify(payload)}`).toBe(before + 1);
      map.frame(5);
      expect(state.frames, 'and only that one').toBe(before + 1);
    }
    state.moving = true;
    map.frame(6);
    expect(state.frames, 'every frame while the map moves').toBe(7);
    state.moving = false;
    // What asks for a frame with no event: a change of style (setLayoutProperty…) and a camera's
    // or a gesture's next step, queued for the frame.
    map._styleDirty = true;
    map.frame(7);
    map._styleDirty = false;
    map._renderTaskQueue._queue.push(() => {});
    map.frame(8);
    map._renderTaskQueue._queue.length = 0;
    map.frame(9);
    expect(state.frames, 'a frame for each, and none after').toBe(9);
    // The last tile in: frames run again, placing the labels, and the first one after draws.
    state.tilesLoaded = true;
    map.fire('data', TILE);
    map.frame(10);
    expect(state.frames).toBe(10);
    expect(painted, 'nothing drawn while loading').toEqual([]);
    state.loaded = true;
    map.frame(11);
    expect(painted).toEqual([[11]]);
  });

  it('runs every frame once released, and leaves no listener behind', () => {
    const { map, state } = fakeMap();
    holdFirstPaint(map);
    state.loaded = true;
    map.frame(1);
    expect(map.container.dataset.firstPaint).toBeUndefined();
    expect(map.listening(), 'the data and move listeners are gone').toBe(0);
    state.loaded = false;
    state.tilesLoaded = false;
    map.fire('data', TILE);
    map.frame(2);
    map.frame(3);
    expect(state.frames, 'a later load (another view) renders as MapLibre asks').toBe(3);
  });

  it('runs every frame once the backstop released the hold', () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const { map, painted, state } = fakeMap();
    holdFirstPaint(map);
    map.frame(1);
    state.tilesLoaded = false;
    vi.advanceTimersByTime(FIRST_PAINT_LIMIT_MS);
    map.frame(2);
    map.frame(3);
    expect(painted, 'what has loaded is drawn, every frame').toEqual([[2], [3]]);
  });

  it('holds nothing when the map has no painter (another MapLibre version)', () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const { map, painted } = fakeMap();
    const bare = { ...map, painter: undefined } as unknown as PaintedMap;
    expect(holdFirstPaint(bare)).toBe(false);
    expect(map.container.dataset.firstPaint).toBeUndefined();
    expect(vi.getTimerCount()).toBe(0);
    map.frame(1);
    expect(painted).toEqual([[1]]);
  });
});
