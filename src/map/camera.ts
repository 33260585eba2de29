/** Camera moves of the atlas's map: framing that keeps clear of the panel, and animations. */
import type { LngLatBoundsLike, Map } from 'maplibre-gl';
import type { BoundsCamera, Camera } from '../lib/url/state';
import type { Insets } from '../state/map-view';

/** Padding that keeps framed content clear of the map's edges, its controls and the panel. */
export function framePadding(container: HTMLElement, insets: Insets): Insets {
  const { clientWidth, clientHeight } = container;
  const margin = Math.round(Math.min(clientWidth, clientHeight) * 0.05) + 8;
  const pad = {
    top: insets.top + margin,
    right: insets.right + margin,
    bottom: insets.bottom + margin,
    left: insets.left + margin,
  };
  // On a very small map, framing wins over keeping clear of the panel.
  if (pad.left + pad.right > clientWidth * 0.8) pad.left = pad.right = margin;
  if (pad.top + pad.bottom > clientHeight * 0.8) pad.top = pad.bottom = margin;
  return pad;
}

/** The options that open a map at a camera. */
export function initialCamera(target: Camera | BoundsCamera, padding: Insets) {
  return 'bounds' in target
    ? {
        bounds: target.bounds as LngLatBoundsLike,
        fitBoundsOptions: { padding },
        bearing: target.bearing ?? 0,
        pitch: target.pitch ?? 0,
      }
    : {
        center: [target.lng, target.lat] as [number, number],
        zoom: target.zoom,
        bearing: target.bearing,
        pitch: target.pitch,
      };
}

/** Moves to a camera at once, or flies there (the caller says which: never under reduced motion). */
export function moveCamera(
  map: Map,
  target: Camera | BoundsCamera,
  animate: boolean,
  padding: Insets,
): void {
  const duration = animate ? 1200 : 0;
  if ('bounds' in target) {
    map.fitBounds(target.bounds as LngLatBoundsLike, {
      padding,
      bearing: target.bearing ?? 0,
      pitch: target.pitch ?? 0,
      duration,
    });
    return;
  }
  const camera = {
    center: [target.lng, target.lat] as [number, number],
    zoom: target.zoom,
    bearing: target.bearing,
    pitch: target.pitch,
  };
  if (duration) map.flyTo({ ...camera, duration });
  else map.jumpTo(camera);
}

/** The map's camera in the URL's terms. */
export function readCamera(map: Map): Camera {
  const center = map.getCenter();
  return {
    zoom: map.getZoom(),
    lat: center.lat,
    lng: center.lng,
    bearing: map.getBearing(),
    pitch: map.getPitch(),
  };
}
