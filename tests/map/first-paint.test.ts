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

/** A stand-in for MapLibre's map: `loaded` as set, one-time `error` listeners, a painter. */
function fakeMap() {
  const errorListeners = new Set<() => void>();
  const painted: unknown[][] = [];
  const state = { loaded: false, repaints: 0 };
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
    loaded: () => state.loaded,
    once: (type: string, listener: () => void) => {
      if (type === 'error') errorListeners.add(listener);
      return map;
    },
    off: (type: string, listener: () => void) => {
      if (type === 'error') errorListeners.delete(listener);
      return map;
    },
    triggerRepaint: () => void state.repaints++,
    /** What MapLibre's render loop does each frame. */
    frame: (n: number) => painter.render(n),
    error: () => {
      const listeners = [...errorListeners];
      errorListeners.clear();
      for (const listener of listeners) listener();
    },
  };
  return { map: map as typeof map & PaintedMap, painted, state, errorListeners };
}

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
