/**
 * The map follows its container's size, as MapLibre's own `trackResize` does, except while the
 * container has no box. Hidden (`display: none`: the print sheet's CSS hides the page on paper),
 * MapLibre would shrink its canvas and view to a 400 × 300 fallback, draw that, and redraw the
 * whole view afterwards; a print begun under print media (Ctrl+P) would copy the map from the
 * shrunken view. A hidden map is left as it was instead.
 */
import type { Map as MapLibreMap } from 'maplibre-gl';

/** What following the size needs of the map (MapLibre's Map, or a stand-in in unit tests). */
export type ResizableMap = Pick<MapLibreMap, 'getContainer' | 'resize' | 'redraw'>;

/** Resizes the map when its container's box changes size; a container without a box changes nothing. */
export function followContainerSize(map: ResizableMap): void {
  const container = map.getContainer();
  let size = [container.clientWidth, container.clientHeight];
  new ResizeObserver(() => {
    const now = [container.clientWidth, container.clientHeight];
    if (now[0] === 0 || now[1] === 0 || (now[0] === size[0] && now[1] === size[1])) return;
    size = now;
    map.resize();
    // At once, as MapLibre does: resizing the canvas clears it.
    map.redraw();
  }).observe(container);
}
