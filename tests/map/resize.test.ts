import { afterEach, describe, expect, it, vi } from 'vitest';
import { followContainerSize, type ResizableMap } from '../../src/map/resize';

/** The ResizeObserver the page would give: its callback, called by the test as the page would. */
function stubResizeObserver() {
  const observers: (() => void)[] = [];
  vi.stubGlobal(
    'ResizeObserver',
    class {
      constructor(callback: () => void) {
        observers.push(callback);
      }
      observe() {}
      disconnect() {}
    },
  );
  return { notify: () => observers.forEach((callback) => callback()) };
}

/** A container of a given box, and a map that counts its resizes and draws. */
function fakeMap(width: number, height: number) {
  const container = { clientWidth: width, clientHeight: height };
  const calls: string[] = [];
  const map = {
    getContainer: () => container,
    resize: () => void calls.push('resize'),
    redraw: () => void calls.push('redraw'),
  };
  return { map: map as unknown as ResizableMap, container, calls };
}

describe('followContainerSize', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('resizes and redraws the map when its container changes size', () => {
    const page = stubResizeObserver();
    const { map, container, calls } = fakeMap(1280, 744);
    followContainerSize(map);
    page.notify();
    expect(calls, 'the first report, at the size the map has').toEqual([]);
    container.clientWidth = 900;
    page.notify();
    expect(calls).toEqual(['resize', 'redraw']);
  });

  it('leaves the map as it was while the container has no box (hidden, as on paper)', () => {
    const page = stubResizeObserver();
    const { map, container, calls } = fakeMap(1280, 744);
    followContainerSize(map);
    Object.assign(container, { clientWidth: 0, clientHeight: 0 });
    page.notify();
    expect(calls).toEqual([]);
    // Shown again at its size: nothing to do; at another size: resized.
    Object.assign(container, { clientWidth: 1280, clientHeight: 744 });
    page.notify();
    expect(calls).toEqual([]);
    container.clientHeight = 600;
    page.notify();
    expect(calls).toEqual(['resize', 'redraw']);
  });
});
