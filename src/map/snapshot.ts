/** The map as an image, and its scale, for the exported PNG and its scale bars. */
import type { Map as MapLibreMap } from 'maplibre-gl';

/** A copy of the map's canvas drawn at `scale` device pixels per CSS pixel. */
export function snapshotCanvas(map: MapLibreMap, scale: number): HTMLCanvasElement {
  const before = map.getPixelRatio();
  if (scale !== before) map.setPixelRatio(scale);
  // A synchronous draw: the WebGL buffer holds the frame until this task ends.
  map.redraw();
  const source = map.getCanvas();
  const copy = document.createElement('canvas');
  copy.width = source.width;
  copy.height = source.height;
  copy.getContext('2d')?.drawImage(source, 0, 0);
  if (scale !== before) {
    map.setPixelRatio(before);
    map.redraw();
  }
  return copy;
}

/** Metres across one CSS pixel at the centre, as MapLibre's own scale bar measures it. */
export function metresPerPixel(map: MapLibreMap, container: HTMLElement): number {
  const { clientWidth, clientHeight } = container;
  const y = clientHeight / 2;
  const left = map.unproject([clientWidth / 2 - 50, y]);
  const right = map.unproject([clientWidth / 2 + 50, y]);
  return left.distanceTo(right) / 100;
}
