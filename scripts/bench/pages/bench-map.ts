/**
 * What the load benchmark's pages share: the camera and map size they open at, read from the page
 * URL (`?c=lng,lat,zoom,bearing,pitch&size=width,height`, written by scripts/bench/load.ts from
 * the app's own first view), so that each draws exactly what the app draws.
 */
import type { Map as MapLibreMap } from 'maplibre-gl';

/** The mark the benchmark waits for (the app sets the same one, src/app/app.ts). */
const FIRST_IDLE = 'atlas:first-idle';

function numbers(key: string, count: number): number[] {
  const values = (new URLSearchParams(location.search).get(key) ?? '').split(',').map(Number);
  if (values.length !== count || values.some((v) => !Number.isFinite(v)))
    throw new Error(`the page URL needs ?${key}= with ${count} numbers`);
  return values;
}

/** The container, sized like the app's map, and the camera options to open the map at. */
export function benchMapOptions() {
  const [lng, lat, zoom, bearing, pitch] = numbers('c', 5) as [
    number,
    number,
    number,
    number,
    number,
  ];
  const [width, height] = numbers('size', 2) as [number, number];
  const container = document.getElementById('map')!;
  container.style.width = `${width}px`;
  container.style.height = `${height}px`;
  return { container, center: [lng, lat] as [number, number], zoom, bearing, pitch };
}

/** Marks the map's first `idle`, as the app does. */
export function markFirstIdle(map: MapLibreMap): void {
  map.once('idle', () => performance.mark(FIRST_IDLE));
}
